package dev.plumb.rules.migration;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.migration.Migration;
import dev.plumb.core.model.migration.MigrationTrace;
import dev.plumb.core.model.migration.MigrationVersion;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Two migrations with one version: the tool refuses the whole set, or applies one and silently skips the other. */
@RuleInfo(
    id = "duplicate-migration-version",
    severity = Severity.ERROR,
    category = "migration",
    summary = "Two migrations have the same version",
    description = "Two migrations carry the same version, however it is written (`V2` and `V002` are the same "
        + "version, so are `1.0` and `1`). Flyway and golang-migrate refuse to run such a set; tools that record "
        + "applied versions apply one and skip the other for good. The usual cause is a backup copy left in the "
        + "migrations folder, such as `006_add_index_OLD.sql` or `006_add_index_clean.sql` beside "
        + "`006_add_index.sql`, or two branches that picked the same next number. The finding points at the later "
        + "of the two in apply order and names the other.",
    remediation = "If the file is a backup copy, delete it (version control keeps the history). Otherwise rename "
        + "one of the two to a version after the last one, so that each version is used once.")
public final class DuplicateMigrationVersion implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    Optional<MigrationTrace> trace = context.migrations();
    if (trace.isEmpty()) {
      return;
    }
    Optional<Migration> last = trace.get().migrations().stream().filter(m -> m.version().isPresent())
        .max(Comparator.comparing(m -> m.version().get()));
    Map<MigrationVersion, Migration> firstByVersion = new HashMap<>();
    for (Migration migration : trace.get().migrations()) {
      if (migration.version().isEmpty()) {
        continue;
      }
      Migration first = firstByVersion.putIfAbsent(migration.version().get(), migration);
      if (first != null) {
        report(context, migration, first, last.orElseThrow());
      }
    }
  }

  private static void report(RuleContext context, Migration copy, Migration first, Migration last) {
    String version = copy.version().orElseThrow().text();
    boolean backup = isBackupOf(copy, first);
    String message = copy.name() + " has version " + version + ", the same as " + first.name()
        + (backup ? "; it looks like a backup copy of it" : "");
    FindingBuilder finding = context.report(Location.of(SourceSpan.fileStart(copy.upFile())), message)
        .related(SourceSpan.fileStart(first.upFile()), "version " + first.version().orElseThrow().text()
            + " is first used here");
    if (backup) {
      finding.remediation("Delete " + copy.upFile() + ": a copy in the migrations folder is applied as a "
          + "migration (or stops the tool). Version control keeps the old text.");
    } else {
      finding.remediation("Rename " + copy.name() + " to a version after the last one ("
          + last.version().orElseThrow().text() + "), or delete it if " + first.name() + " already does its work.");
    }
  }

  /** {@code 006_x_OLD} beside {@code 006_x}: the copy's description extends the original's. */
  private static boolean isBackupOf(Migration copy, Migration first) {
    return !first.description().isEmpty() && copy.description().length() > first.description().length()
        && copy.description().startsWith(first.description());
  }
}
