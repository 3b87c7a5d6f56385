package dev.plumb.cli;

import dev.plumb.core.engine.PostgresVersion;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How the migrations will be run, where the SQL alone cannot tell; each option overrides plumb.yml. */
final class MigrationSettingsOptions {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(names = "--postgres-version", paramLabel = "N", description = "PostgreSQL major version the migrations "
      + "run on, such as 16 (default: postgresVersion in plumb.yml, else 14).")
  private String postgresVersion;

  @Option(names = "--assume-in-transaction", paramLabel = "true|false", description = "Whether each migration "
      + "file runs in a transaction (default: assumeInTransaction in plumb.yml, else what the layout's tool does).")
  private String assumeInTransaction;

  Optional<Integer> postgresVersion() {
    if (postgresVersion == null) {
      return Optional.empty();
    }
    return Optional.of(PostgresVersion.major(postgresVersion).orElseThrow(() -> new ParameterException(
        spec.commandLine(), "--postgres-version must be " + PostgresVersion.EXPECTED + ", got '" + postgresVersion
        + "'")));
  }

  Optional<Boolean> assumeInTransaction() {
    if (assumeInTransaction == null) {
      return Optional.empty();
    }
    return switch (assumeInTransaction.toLowerCase(Locale.ROOT)) {
      case "true" -> Optional.of(true);
      case "false" -> Optional.of(false);
      default -> throw new ParameterException(spec.commandLine(), "--assume-in-transaction must be true or false, "
          + "got '" + assumeInTransaction + "'");
    };
  }
}
