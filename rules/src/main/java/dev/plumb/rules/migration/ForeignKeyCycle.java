package dev.plumb.rules.migration;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.ForeignKey;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.migration.MigrationTrace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Tables whose foreign keys form a cycle cannot be filled, emptied or restored one after another: every order
 * breaks a key, unless one of them is deferred.
 */
@RuleInfo(
    id = "foreign-key-cycle",
    severity = Severity.NOTE,
    category = "migration",
    summary = "Foreign keys form a cycle between tables",
    description = "In the final schema, table A references B, B references C, ... and the last references A "
        + "again. Inserting the first rows, deleting data, truncating, or restoring a dump table by table needs "
        + "a deferred key or a key that starts out NULL; tools that sort tables by their foreign keys give up on "
        + "the cycle. Each cycle is reported once, at the first key of its path; a table that references itself "
        + "is not a cycle.",
    remediation = "Make one key of the cycle `DEFERRABLE INITIALLY DEFERRED`, or nullable and set after both rows "
        + "exist, or drop the key the application does not need.")
public final class ForeignKeyCycle implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    Schema schema = context.actual();
    Optional<MigrationTrace> trace = context.migrations();
    Optional<TraceFacts.Uncertainty> uncertainty = trace.map(TraceFacts.Uncertainty::new);
    int end = trace.map(t -> t.steps().size()).orElse(0);
    for (List<ObjectPath> component : new ForeignKeyGraph(schema).cycles()) {
      boolean uncertain = uncertainty.filter(u -> component.stream()
          .anyMatch(table -> u.before(end, table.name()))).isPresent();
      if (!uncertain) {
        report(context, schema, component);
      }
    }
  }

  private static void report(RuleContext context, Schema schema, List<ObjectPath> cycle) {
    List<ForeignKey> keys = new ArrayList<>();
    for (int i = 0; i < cycle.size(); i++) {
      ObjectPath to = cycle.get((i + 1) % cycle.size());
      schema.table(cycle.get(i)).flatMap(t -> t.foreignKeys().stream()
          .filter(k -> k.referencedTable().equals(to)).findFirst()).ifPresent(keys::add);
    }
    String path = cycle.stream().map(ObjectPath::toString).collect(Collectors.joining(" -> ")) + " -> "
        + cycle.get(0);
    ObjectPath first = cycle.get(0);
    Optional<Table> firstTable = schema.table(first);
    FindingBuilder finding = context.report(Location.of(keys.get(0).span()
        .or(() -> firstTable.flatMap(Table::span)), first), "Foreign keys form a cycle: " + path);
    for (int i = 1; i < keys.size(); i++) {
      ForeignKey key = keys.get(i);
      ObjectPath from = cycle.get(i);
      key.span().ifPresent(span -> finding.related(span, "foreign key " + key.name().map(n -> n + " ").orElse("")
          + "of " + from + " references " + key.referencedTable()));
    }
    finding.remediation("Make one of these foreign keys DEFERRABLE INITIALLY DEFERRED, or nullable and set after "
        + "both rows exist.");
  }
}
