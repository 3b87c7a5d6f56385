package dev.plumb.core.source.migration;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.source.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the files of a migration set: named files as they are (with the Flyway script config beside a named
 * script), folders searched recursively for {@code *.sql}, Flyway script configs and drizzle journals, minus
 * those matching an exclude glob ({@code db/legacy/**}, relative to the working directory). Named files keep
 * the order given; a folder's files follow in path order.
 */
final class MigrationFileFinder {

  /** A file to read, with the name findings show. */
  record Found(Path path, String name, boolean named) {
  }

  private final Path workingDirectory;
  private final List<PathMatcher> excludes;

  MigrationFileFinder(Path workingDirectory, List<String> excludeGlobs) {
    this.workingDirectory = requireNonNull(workingDirectory, "no working directory given").toAbsolutePath()
        .normalize();
    this.excludes = requireNonNull(excludeGlobs, "no exclude globs given").stream()
        .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
        .toList();
  }

  /** @throws InputException for a path that does not exist or a folder that cannot be read */
  List<Found> find(List<Path> paths) throws InputException {
    requireNonNull(paths, "no paths given");
    Map<Path, Boolean> files = new LinkedHashMap<>();
    for (Path given : paths) {
      Path resolved = workingDirectory.resolve(given).normalize();
      if (!Files.exists(resolved)) {
        throw new InputException(name(shown(resolved)), "no such file or directory");
      }
      if (Files.isDirectory(resolved)) {
        for (Path file : filesUnder(resolved)) {
          files.putIfAbsent(file, false);
        }
      } else {
        files.put(resolved, true);
        // Flyway reads a named script's config too, and so must Plumb, or the script's settings are lost.
        Path config = resolved.resolveSibling(resolved.getFileName() + ".conf");
        if (isSql(resolved) && Files.isRegularFile(config)) {
          files.putIfAbsent(config, false);
        }
      }
    }
    List<Found> found = new ArrayList<>();
    files.forEach((file, named) -> {
      Path shown = shown(file);
      if (excludes.stream().noneMatch(matcher -> matcher.matches(shown))) {
        found.add(new Found(file, name(shown), named));
      }
    });
    return found;
  }

  private List<Path> filesUnder(Path folder) throws InputException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).filter(MigrationFileFinder::belongsToASet).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(name(shown(folder)), "cannot read folder: " + e.getMessage());
    }
  }

  private static boolean belongsToASet(Path file) {
    String fileName = file.getFileName().toString();
    Path parent = file.getParent();
    boolean journal = fileName.equals("_journal.json") && parent != null && parent.getFileName() != null
        && parent.getFileName().toString().equals("meta");
    return journal || isSql(file) || fileName.toLowerCase(Locale.ROOT).endsWith(FlywayScriptConfig.SUFFIX);
  }

  private static boolean isSql(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql");
  }

  private Path shown(Path absolute) {
    return absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
  }

  private static String name(Path shown) {
    return shown.toString().replace('\\', '/');
  }
}
