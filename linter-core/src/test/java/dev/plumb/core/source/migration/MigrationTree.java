package dev.plumb.core.source.migration;

import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.migration.Migration;
import dev.plumb.core.source.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A project folder written for a test, and the migration set Plumb reads from it, described in one line each. */
final class MigrationTree {

  private final Path root;

  MigrationTree(Path root) {
    this.root = root;
  }

  MigrationTree file(String name, String content) {
    try {
      Path path = root.resolve(name);
      Files.createDirectories(path.getParent());
      Files.writeString(path, content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Files that each hold one harmless statement. */
  MigrationTree files(String... names) {
    Stream.of(names).forEach(name -> file(name, "SELECT 1;\n"));
    return this;
  }

  MigrationSet read(String... paths) throws InputException {
    return read(Optional.empty(), List.of(), paths);
  }

  MigrationSet read(Optional<String> layout, List<String> excludes, String... paths) throws InputException {
    return new MigrationSetReader(root, excludes, layout).read(Stream.of(paths).map(Path::of).toList());
  }

  /**
   * One line per migration in apply order: version (or {@code -}), up file, and {@code / down file} when there
   * is one; repeatable and unversioned ones say so.
   */
  static List<String> describe(MigrationSet set) {
    return set.migrations().stream().map(MigrationTree::describe).toList();
  }

  private static String describe(MigrationSource source) {
    Migration migration = source.migration();
    String version = migration.version().map(Object::toString).orElse("-");
    String down = migration.downFile().map(file -> " / " + file).orElse("");
    String kind = switch (migration.kind()) {
      case VERSIONED -> "";
      case REPEATABLE -> " (repeatable)";
      case UNVERSIONED -> " (unversioned)";
    };
    return version + " " + migration.upFile() + down + kind;
  }

  /** {@code file:line:column kind: message} for each problem. */
  static List<String> problems(MigrationSet set) {
    return set.problems().stream().map(MigrationTree::describe).toList();
  }

  private static String describe(SourceProblem problem) {
    return problem.span() + " " + problem.kind() + ": " + problem.message();
  }
}
