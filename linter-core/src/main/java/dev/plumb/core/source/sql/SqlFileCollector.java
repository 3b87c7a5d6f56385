package dev.plumb.core.source.sql;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.source.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the SQL files to replay: named files as they are, folders searched recursively for {@code *.sql},
 * minus the files matching an exclude glob ({@code db/legacy/**}, relative to the working directory), in
 * {@link MigrationOrder}.
 */
public final class SqlFileCollector {

  private final Path workingDirectory;
  private final List<PathMatcher> excludes;

  public SqlFileCollector(Path workingDirectory, List<String> excludeGlobs) {
    this.workingDirectory = requireNonNull(workingDirectory, "no working directory given").toAbsolutePath().normalize();
    this.excludes = requireNonNull(excludeGlobs, "no exclude globs given").stream()
        .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
        .toList();
  }

  /**
   * The files in replay order, relative to the working directory where they lie inside it.
   *
   * @throws InputException for a path that does not exist or cannot be read
   */
  public List<Path> collect(List<Path> paths) throws InputException {
    requireNonNull(paths, "no paths given");
    Set<Path> files = new LinkedHashSet<>();
    for (Path given : paths) {
      Path resolved = workingDirectory.resolve(given).normalize();
      if (!Files.exists(resolved)) {
        throw new InputException(given.toString(), "no such file or directory");
      }
      if (Files.isDirectory(resolved)) {
        files.addAll(sqlFilesUnder(given, resolved));
      } else {
        files.add(shown(resolved));
      }
    }
    return MigrationOrder.sort(files.stream().filter(file -> !excluded(file)).toList());
  }

  private List<Path> sqlFilesUnder(Path given, Path folder) throws InputException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql"))
          .map(this::shown)
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(given.toString(), "cannot read folder: " + e.getMessage());
    }
  }

  private Path shown(Path absolute) {
    return absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
  }

  private boolean excluded(Path file) {
    return excludes.stream().anyMatch(matcher -> matcher.matches(file));
  }
}
