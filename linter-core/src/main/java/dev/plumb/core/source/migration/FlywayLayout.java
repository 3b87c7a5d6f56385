package dev.plumb.core.source.migration;

import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.migration.MigrationKind;
import dev.plumb.core.model.migration.MigrationVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flyway: versioned {@code V<version>__<description>.sql}, their undos {@code U<version>__<description>.sql},
 * and repeatable {@code R__<description>.sql}, applied after all versioned ones in name order. The set has
 * downs when the project keeps undo migrations at all; most Flyway projects do not. A script config
 * ({@code V3__x.sql.conf}) with {@code executeInTransaction=false} runs its script outside a transaction.
 */
final class FlywayLayout implements LayoutReader {

  private static final Pattern VERSIONED = Pattern.compile("([VvUu])(\\d+(?:[._]\\d+)*)__(.*)\\.sql",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern REPEATABLE = Pattern.compile("[Rr]__(.*)\\.sql", Pattern.CASE_INSENSITIVE);
  /** Flyway runs these around migrations (afterMigrate.sql grants, say); they are no migrations of their own. */
  private static final Pattern CALLBACK = Pattern.compile("(?:before|after)[A-Z][A-Za-z]*(?:__.*)?\\.sql");

  @Override
  public String id() {
    return "flyway";
  }

  @Override
  public String expectedNames() {
    return "V<version>__<description>.sql, U<version>__<description>.sql or R__<description>.sql";
  }

  @Override
  public boolean marks(MigrationFile file) {
    return VERSIONED.matcher(file.fileName()).matches() || REPEATABLE.matcher(file.fileName()).matches();
  }

  @Override
  public LayoutResult read(List<MigrationFile> files) {
    List<VersionedFile> ups = new ArrayList<>();
    List<VersionedFile> undos = new ArrayList<>();
    List<MigrationSource> repeatable = new ArrayList<>();
    List<MigrationFile> unused = new ArrayList<>();
    Map<String, MigrationFile> scriptConfigs = new HashMap<>();
    for (MigrationFile file : files) {
      if (FlywayScriptConfig.isScriptConfig(file)) {
        scriptConfigs.put(FlywayScriptConfig.scriptName(file), file);
        continue;
      }
      Matcher versioned = VERSIONED.matcher(file.fileName());
      Matcher again = REPEATABLE.matcher(file.fileName());
      if (versioned.matches()) {
        MigrationVersion version = Migrations.version(versioned.group(2));
        VersionedFile read = new VersionedFile(version, Migrations.description(versioned.group(3)),
            file.fileName(), file);
        (versioned.group(1).equalsIgnoreCase("U") ? undos : ups).add(read);
      } else if (again.matches()) {
        repeatable.add(Migrations.unversioned(file, MigrationKind.REPEATABLE, Migrations.description(again.group(1))));
      } else if (!CALLBACK.matcher(file.fileName()).matches()) {
        unused.add(file);
      }
    }
    DownPairing.Paired paired = DownPairing.pair(ups, undos, DownPairing.Matching.BY_VERSION,
        undo -> "undo migration for version " + undo.version() + ", but there is no V" + undo.version()
            + "__ migration it could undo; it is not replayed");
    List<MigrationSource> migrations = new ArrayList<>(paired.migrations());
    repeatable.sort(Comparator.comparing((MigrationSource s) -> s.migration().name())
        .thenComparing(s -> s.migration().upFile()));
    migrations.addAll(repeatable);
    List<SourceProblem> problems = new ArrayList<>(paired.problems());
    List<MigrationSource> configured = new ArrayList<>();
    for (MigrationSource migration : migrations) {
      configured.add(withScriptConfig(migration, scriptConfigs, problems));
    }
    return new LayoutResult(configured, !undos.isEmpty(), problems, unused);
  }

  /** A script config without its script is ignored, as Flyway ignores it. */
  private static MigrationSource withScriptConfig(MigrationSource source, Map<String, MigrationFile> scriptConfigs,
                                                  List<SourceProblem> problems) {
    MigrationFile config = scriptConfigs.get(source.migration().upFile());
    if (config == null) {
      return source;
    }
    Optional<Boolean> inTransaction = FlywayScriptConfig.executeInTransaction(config, problems);
    return new MigrationSource(source.migration().withTransactional(inTransaction), source.up(), source.down());
  }
}
