package dev.plumb.core.source.migration;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.source.InputException;
import dev.plumb.core.source.sql.SqlFileReader;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the paths a run was given into a {@link MigrationSet}: finds the files, reads them as text, and reads
 * them in the forced or detected layout ({@link MigrationLayouts}). A path that does not exist stops the run;
 * anything else it cannot use (a file that is not UTF-8, a down without its up) is a problem and the run goes on.
 */
public final class MigrationSetReader {

  private final MigrationFileFinder finder;
  private final Optional<String> layout;

  /**
   * @param excludeGlobs globs of files to skip, relative to the working directory
   * @param layout a layout id from {@link MigrationLayouts#ids()} to use instead of detecting one
   */
  public MigrationSetReader(Path workingDirectory, List<String> excludeGlobs, Optional<String> layout) {
    this.finder = new MigrationFileFinder(workingDirectory, excludeGlobs);
    this.layout = requireNonNull(layout, "layout is Optional, not null");
    layout.filter(id -> !MigrationLayouts.isKnown(id)).ifPresent(id -> {
      throw new IllegalArgumentException("unknown layout '" + id + "'; known: " + MigrationLayouts.ids());
    });
  }

  /**
   * @param paths files and folders, absolute or relative to the working directory
   * @throws InputException for a path that does not exist or a folder that cannot be read
   */
  public MigrationSet read(List<Path> paths) throws InputException {
    List<MigrationFile> files = new ArrayList<>();
    List<SourceProblem> problems = new ArrayList<>();
    for (MigrationFileFinder.Found found : finder.find(paths)) {
      SqlFileReader.Content text = readText(found);
      text.problem().ifPresent(problems::add);
      // A file that is not text stays in the set, empty, so that its version still counts.
      files.add(new MigrationFile(found.name(), text.text().orElse(""), found.named()));
    }
    MigrationSet set = MigrationLayouts.read(files, layout);
    problems.addAll(set.problems());
    return new MigrationSet(set.layout(), set.hasDowns(), set.migrations(), problems);
  }

  /** An unreadable file stays in the set, empty, so that its version still counts. */
  private static SqlFileReader.Content readText(MigrationFileFinder.Found found) {
    try {
      return SqlFileReader.decode(Files.readAllBytes(found.path()), found.name());
    } catch (AccessDeniedException e) {
      return unreadable(found, "permission denied");
    } catch (IOException e) {
      return unreadable(found, String.valueOf(e.getMessage()));
    }
  }

  private static SqlFileReader.Content unreadable(MigrationFileFinder.Found found, String reason) {
    return new SqlFileReader.Content(Optional.empty(), Optional.of(Migrations.problem(found.name(), "cannot read: " + reason
        + "; it is not replayed")));
  }
}
