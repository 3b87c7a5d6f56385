package dev.plumb.rules.live;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.ddl.DdlWriter;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.live.LiveFacts;
import java.util.Optional;

/** An invalid index costs every write and helps no query, and a unique one may not be enforcing anything. */
@RuleInfo(
    id = "invalid-index",
    severity = Severity.ERROR,
    category = "live",
    summary = "An index is invalid, left behind by a failed CREATE INDEX CONCURRENTLY",
    description = "When `CREATE INDEX CONCURRENTLY` or `REINDEX CONCURRENTLY` fails (a deadlock, a unique "
        + "violation, a cancelled statement, a lost connection) PostgreSQL leaves the index behind marked invalid "
        + "(`pg_index.indisvalid = false`). Queries never use it, yet every insert and update still maintains it, "
        + "and the migration that created it counts as applied, so nobody notices that the index the application "
        + "relies on is missing. The rule reads the live database's catalog; schemas from files have no invalid "
        + "indexes.",
    remediation = "Drop the index with DROP INDEX CONCURRENTLY and create it again with CREATE INDEX "
        + "CONCURRENTLY, after fixing what made it fail (duplicate values for a unique index); or rebuild it in "
        + "place with REINDEX INDEX CONCURRENTLY (PostgreSQL 12 and later).",
    safeExample = "DROP INDEX CONCURRENTLY orders_user_id_idx;\n"
        + "CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);",
    equivalents = {"pghero invalid indexes"})
public final class InvalidIndex implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    DdlWriter ddl = new DdlWriter(context.dialect());
    for (LiveFacts.InvalidIndex invalid : context.liveFacts().invalidIndexes()) {
      Optional<Index> index = context.actual().table(invalid.table())
          .flatMap(t -> t.indexes().stream().filter(i -> i.path().equals(invalid.index())).findFirst());
      String name = qualified(ddl, invalid.index().parent().name(), invalid.index().name(), context);
      var finding = context.report(Location.of(index.flatMap(Index::span), invalid.index()), "Index "
          + invalid.index() + " on " + invalid.table() + " is invalid: a CREATE INDEX CONCURRENTLY or REINDEX "
          + "CONCURRENTLY failed and left it; queries do not use it, but every write still maintains it");
      index.ifPresent(i -> finding.remediation((i.unique() ? "Remove the duplicate keys that made it fail, then "
          + "drop it and create it again" : "Drop it and create it again") + ", without locking out writes (outside "
          + "a transaction):", ddl.dropIndex(i) + "\n" + ddl.createIndexOnline(i)));
      finding.remediation("Or rebuild it in place (PostgreSQL 12 and later):",
          "REINDEX INDEX CONCURRENTLY " + name + ";");
    }
  }

  /** The index's name as DROP INDEX writes it: the default schema left out, as the DdlWriter does. */
  private static String qualified(DdlWriter ddl, String schema, String name, RuleContext context) {
    boolean qualify = !schema.isEmpty() && !schema.equals(context.dialect().defaultSchema());
    return (qualify ? ddl.name(schema) + "." : "") + ddl.name(name);
  }
}
