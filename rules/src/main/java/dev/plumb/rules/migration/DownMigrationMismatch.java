package dev.plumb.rules.migration;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.migration.DownReplay;
import dev.plumb.core.model.migration.Migration;
import java.util.List;
import java.util.stream.Collectors;

/** A down that does not undo its up leaves a rolled-back database in a state no migration describes. */
@RuleInfo(
    id = "down-migration-mismatch",
    severity = Severity.WARNING,
    category = "migration",
    summary = "A down migration does not undo its up migration",
    description = "The down is replayed right after its up: the schema it leaves differs from the schema before "
        + "the up. The finding names every table, column, index, constraint, view, type, function, trigger, "
        + "sequence, schema or extension that is left over or missing, and columns whose type, nullability or "
        + "default differ. A rollback then leaves the database in a state the next up does not expect. Only "
        + "migrations whose up and down Plumb understood completely are compared.",
    remediation = "Make the down drop what the up creates and restore what it drops or changes, in reverse order.")
public final class DownMigrationMismatch implements SchemaRule {

  /** More differences than this are counted, not listed: the first ones say what is wrong. */
  private static final int LISTED = 8;

  @Override
  public void check(RuleContext context) {
    context.migrations().ifPresent(trace -> {
      for (DownReplay down : trace.downs()) {
        if (!down.complete()) {
          continue;
        }
        List<SchemaDifferences.Difference> differences = SchemaDifferences.between(down.beforeUp(),
            down.afterDown());
        if (!differences.isEmpty()) {
          Migration migration = trace.migrations().get(down.migration());
          SourceSpan at = down.downStart()
              .orElseGet(() -> SourceSpan.fileStart(migration.downFile().orElse(migration.upFile())));
          report(context, at, migration, differences);
        }
      }
    });
  }

  private static void report(RuleContext context, SourceSpan at, Migration migration,
                             List<SchemaDifferences.Difference> differences) {
    String listed = differences.stream().limit(LISTED).map(SchemaDifferences.Difference::text)
        .collect(Collectors.joining("; "));
    String more = differences.size() > LISTED ? "; and " + (differences.size() - LISTED) + " more" : "";
    FindingBuilder finding = context.report(Location.of(at), "The down of "
        + migration.name() + " does not undo its up: " + listed + more);
    for (SchemaDifferences.Difference difference : differences) {
      difference.span().ifPresent(span -> finding.related(span, difference.text() + ", created here"));
    }
    finding.remediation("Make the down drop what the up creates and restore what it drops or changes.");
  }
}
