package dev.plumb.cli;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.source.migration.MigrationLayouts;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How the commands that read migrations find and read them: config, dialect, layout, base directory. */
final class InputOptions {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Configuration file (default: plumb.yml in the base directory, if there is one).")
  private Path config;

  @Option(names = "--dialect", paramLabel = "NAME",
      description = "SQL dialect: postgresql (default), mysql, mariadb, sqlite, h2.")
  private String dialect;

  @Option(names = "--layout", paramLabel = "NAME", description = "Migration layout, instead of detecting it: "
      + "flyway, golang-migrate, dbmate, folder-per-migration, drizzle, numbered or files.")
  private String layout;

  @Option(names = "--base-dir", paramLabel = "DIR", description = "Directory that file names in the output are "
      + "relative to, e.g. the repository root for SARIF (default: the working directory). plumb.yml is looked for "
      + "here.")
  private Path baseDirectory;

  Optional<Dialect> dialect() {
    if (dialect == null) {
      return Optional.empty();
    }
    return Optional.of(Dialect.fromId(dialect).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "unknown dialect '" + dialect + "'; known: " + Dialect.knownIds())));
  }

  Optional<String> layout() {
    if (layout != null && !MigrationLayouts.isKnown(layout)) {
      throw new ParameterException(spec.commandLine(), "unknown layout '" + layout + "'; known: "
          + String.join(", ", MigrationLayouts.ids()));
    }
    return Optional.ofNullable(layout);
  }

  Optional<Path> config() {
    return Optional.ofNullable(config).map(InputOptions::absolute);
  }

  Path workingDirectory() {
    return absolute(baseDirectory == null ? Path.of("") : baseDirectory);
  }

  static List<Path> absolute(List<Path> paths) {
    return paths.stream().map(InputOptions::absolute).toList();
  }

  static Path absolute(Path path) {
    return path.toAbsolutePath().normalize();
  }
}
