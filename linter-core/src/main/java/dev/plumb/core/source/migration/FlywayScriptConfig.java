package dev.plumb.core.source.migration;

import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.SourceSpan;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Flyway script config: {@code V3__x.sql.conf} beside {@code V3__x.sql}, {@code key=value} lines of settings
 * for that one script. Plumb reads {@code executeInTransaction}, the setting that lets a script run
 * {@code CREATE INDEX CONCURRENTLY}; the other keys change nothing Plumb checks.
 */
final class FlywayScriptConfig {

  static final String SUFFIX = ".sql.conf";
  private static final String EXECUTE_IN_TRANSACTION = "executeInTransaction";

  private FlywayScriptConfig() {
  }

  static boolean isScriptConfig(MigrationFile file) {
    return file.fileName().toLowerCase(Locale.ROOT).endsWith(SUFFIX);
  }

  /** The name of the script the config is for: {@code db/V3__x.sql} for {@code db/V3__x.sql.conf}. */
  static String scriptName(MigrationFile config) {
    return config.name().substring(0, config.name().length() - ".conf".length());
  }

  /**
   * What the config says about running the script in a transaction; empty when it says nothing. Flyway refuses a
   * value other than {@code true} or {@code false}, so such a value is a problem and counts as unsaid.
   */
  static Optional<Boolean> executeInTransaction(MigrationFile config, List<SourceProblem> problems) {
    Optional<Boolean> setting = Optional.empty();
    String[] lines = config.content().split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      int equals = line.indexOf('=');
      if (line.startsWith("#") || equals < 0 || !line.substring(0, equals).strip().equals(EXECUTE_IN_TRANSACTION)) {
        continue;
      }
      String value = line.substring(equals + 1).strip();
      if (value.equals("true") || value.equals("false")) {
        setting = Optional.of(Boolean.valueOf(value));
      } else {
        int column = lines[i].indexOf(value, lines[i].indexOf('=') + 1) + 1;
        problems.add(Migrations.problem(SourceSpan.at(config.name(), i + 1, column), EXECUTE_IN_TRANSACTION
            + " must be true or false, got '" + value + "'; Flyway refuses this config, Plumb ignores the setting"));
      }
    }
    return setting;
  }
}
