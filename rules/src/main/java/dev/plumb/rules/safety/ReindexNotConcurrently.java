package dev.plumb.rules.safety;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.operation.Operation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A plain REINDEX blocks writes to the table, and the queries that would use the index, while it rebuilds. */
@RuleInfo(
    id = "reindex-not-concurrently",
    severity = Severity.WARNING,
    category = "safety",
    summary = "REINDEX without CONCURRENTLY blocks writes, and queries using the index, while it rebuilds",
    description = "REINDEX INDEX and REINDEX TABLE take a SHARE lock on the table, which blocks INSERT, UPDATE "
        + "and DELETE, and an ACCESS EXCLUSIVE lock on each index while it is rebuilt, which blocks every query "
        + "whose plan would consider that index (in practice most reads of the table). REINDEX SCHEMA and "
        + "DATABASE do this to every table in turn. Since PostgreSQL 12, REINDEX ... CONCURRENTLY rebuilds the "
        + "index beside the old one and swaps them with only brief locks; it cannot run inside a transaction "
        + "block. Below 12 (postgresVersion), the rule still reports and suggests building a new index "
        + "concurrently and swapping it in. Tables created earlier in the same migration are not reported. "
        + "PostgreSQL only.",
    remediation = "Write REINDEX ... CONCURRENTLY (PostgreSQL 12 and later), in a migration the tool runs without "
        + "a transaction. Before 12: CREATE INDEX CONCURRENTLY a copy, DROP INDEX CONCURRENTLY the old one, and "
        + "rename the copy.",
    lock = "SHARE on the table (blocks INSERT, UPDATE and DELETE) and ACCESS EXCLUSIVE on the index being rebuilt "
        + "(blocks queries that would use it)",
    badExample = "REINDEX INDEX orders_customer_id_idx;",
    safeExample = "-- in a migration that runs outside a transaction\n"
        + "REINDEX INDEX CONCURRENTLY orders_customer_id_idx;",
    equivalents = {})
public final class ReindexNotConcurrently implements SchemaRule {

  /** REINDEX SYSTEM has no concurrent form, and rebuilds only catalogs. */
  private static final Set<String> TARGETS = Set.of("INDEX", "TABLE", "SCHEMA", "DATABASE");
  private static final int CONCURRENT_SINCE = 12;

  @Override
  public void check(RuleContext context) {
    if (context.dialect() != Dialect.POSTGRESQL) {
      return;
    }
    for (SafetyStep step : SafetySteps.of(context)) {
      for (Operation operation : step.operations()) {
        if (operation instanceof Operation.Reindex reindex && !reindex.concurrently()
            && TARGETS.contains(reindex.target()) && touchesExistingTable(step, reindex)) {
          report(context, step, reindex);
        }
      }
    }
  }

  private static boolean touchesExistingTable(SafetyStep step, Operation.Reindex reindex) {
    return table(step, reindex).map(step::isExistingTable).orElse(true);
  }

  /** The table rebuilt; empty for a schema or database, or an index the replay does not know. */
  private static Optional<ObjectPath> table(SafetyStep step, Operation.Reindex reindex) {
    return switch (reindex.target()) {
      case "TABLE" -> Optional.of(reindex.name());
      case "INDEX" -> step.step().before().index(reindex.name()).map(Index::table);
      default -> Optional.empty();
    };
  }

  private static void report(RuleContext context, SafetyStep step, Operation.Reindex reindex) {
    Dialect dialect = context.dialect();
    String name = ConcurrentSql.target(reindex, dialect);
    String table = table(step, reindex).map(t -> "existing table " + SqlNames.of(t, dialect))
        .orElse(reindex.target().equals("INDEX") ? "the index's table" : "each table in turn");
    FindingBuilder finding = context.report(Location.of(reindex.span(), reindex.name()), "REINDEX "
        + reindex.target() + name + " takes a SHARE lock on " + table + ", which blocks INSERT, UPDATE and "
        + "DELETE, and an ACCESS EXCLUSIVE lock on each index while it is rebuilt, which blocks the queries that "
        + "would use it");
    int version = context.settings().postgresVersion();
    if (version >= CONCURRENT_SINCE) {
      boolean flywayKnows = !reindex.target().equals("INDEX") && !reindex.target().equals("TABLE");
      String transaction = ToolTransactions.outsideNote(context, step, flywayKnows);
      finding.remediation("Rebuild with CONCURRENTLY, which builds the new index beside the old one and swaps "
              + "them with only brief locks." + transaction, ConcurrentSql.reindex(reindex, dialect))
          .fix("Add CONCURRENTLY", List.of(TextEdit.insertAfter(reindex.targetKeyword(), " CONCURRENTLY")));
    } else {
      Optional<Index> known = reindex.target().equals("INDEX") ? step.step().before().index(reindex.name())
          : Optional.empty();
      String how = "REINDEX CONCURRENTLY needs PostgreSQL 12 (postgresVersion is " + version + "): for each index, "
          + "build a copy with CREATE INDEX CONCURRENTLY, drop the old one with DROP INDEX CONCURRENTLY, and give "
          + "the copy its name.";
      known.ifPresentOrElse(index -> finding.remediation(how, swap(index, dialect)),
          () -> finding.remediation(how));
    }
  }

  /** The pre-12 way: a concurrently built twin, then the swap. */
  private static String swap(Index index, Dialect dialect) {
    String copy = index.name() + "_new";
    return ConcurrentSql.createCopy(index, copy, dialect) + "\nDROP INDEX CONCURRENTLY "
        + SqlNames.of(index.path(), dialect) + ";\nALTER INDEX " + SqlNames.of(index.path().parent().child(copy),
        dialect) + " RENAME TO " + SqlNames.of(index.name(), dialect) + ";";
  }
}
