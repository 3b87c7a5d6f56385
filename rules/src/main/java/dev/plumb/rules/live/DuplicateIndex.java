package dev.plumb.rules.live;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.ddl.DdlWriter;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.IndexKey;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Every index is written on every insert and update; a second copy of one doubles that cost for nothing. */
@RuleInfo(
    id = "duplicate-index",
    severity = Severity.WARNING,
    category = "live",
    summary = "An index has the same keys as another index or key constraint of its table",
    description = "Two indexes of a table are duplicates when they have the same keys in the same order and "
        + "direction (columns or expressions), the same method and the same WHERE; the primary key and unique "
        + "constraints count as unique btree indexes on their columns. Of a group of duplicates the rule keeps a "
        + "key constraint, else a unique index, else the first declared, and reports the others: a non-unique "
        + "index beside a unique one on the same keys serves no query the unique one does not. An index whose "
        + "keys are only a leading prefix of another's is not reported: it is smaller and can be deliberate. The "
        + "rule reads the schema under check, whatever it came from: a live database or replayed migrations.",
    remediation = "Drop the duplicate; in PostgreSQL with DROP INDEX CONCURRENTLY, outside a transaction. Check "
        + "first that no query hint or constraint names it.",
    badExample = "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n"
        + "CREATE INDEX users_email_idx ON users (email);\nCREATE INDEX users_email_idx2 ON users (email);",
    safeExample = "DROP INDEX CONCURRENTLY users_email_idx2;",
    equivalents = {"pg_idx_advisor duplicate indexes", "SchemaCrawler LinterRedundantIndexes"})
public final class DuplicateIndex implements SchemaRule {

  /** What makes two indexes interchangeable for every query. */
  private record Shape(List<IndexKey> keys, String method, String predicate) {
  }

  /** An index or key constraint of a table, as a candidate to keep or to drop. */
  private record Candidate(String name, ObjectPath object, boolean constraint, boolean unique,
                           Optional<SourceSpan> span, Optional<Index> index) {

    /** Higher is better to keep: a constraint, then a unique index. */
    int rank() {
      return constraint ? 2 : unique ? 1 : 0;
    }
  }

  @Override
  public void check(RuleContext context) {
    DdlWriter ddl = new DdlWriter(context.dialect());
    for (Table table : context.actual().allTables()) {
      for (List<Candidate> group : groups(table).values()) {
        if (group.size() < 2) {
          continue;
        }
        Candidate kept = group.get(0);
        for (Candidate candidate : group) {
          if (candidate.rank() > kept.rank()) {
            kept = candidate;
          }
        }
        for (Candidate duplicate : group) {
          if (duplicate != kept && duplicate.index().isPresent()) {
            report(context, ddl, table, duplicate, kept);
          }
        }
      }
    }
  }

  private static Map<Shape, List<Candidate>> groups(Table table) {
    Map<Shape, List<Candidate>> groups = new LinkedHashMap<>();
    List<String> constraintNames = new ArrayList<>();
    table.primaryKey().ifPresent(key -> {
      key.name().ifPresent(constraintNames::add);
      add(groups, constraintShape(key.columns()), new Candidate(key.name().orElse("primary key"),
          table.path().child(key.name().orElse("PRIMARY KEY")), true, true, key.span(), Optional.empty()));
    });
    table.uniqueConstraints().forEach(unique -> {
      unique.name().ifPresent(constraintNames::add);
      String name = unique.name().orElse("unique (" + String.join(", ", unique.columns()) + ")");
      add(groups, constraintShape(unique.columns()), new Candidate(name, table.path().child(name), true, true,
          unique.span(), Optional.empty()));
    });
    for (Index index : table.indexes()) {
      // A live database lists the index behind each key constraint under the constraint's name.
      if (!index.valid() || constraintNames.contains(index.name())) {
        continue;
      }
      Shape shape = new Shape(index.keys(), index.method().orElse("btree").toLowerCase(Locale.ROOT),
          index.predicate().map(p -> p.replaceAll("\\s+", " ").strip()).orElse(""));
      add(groups, shape, new Candidate(index.name(), index.path(), false, index.unique(), index.span(),
          Optional.of(index)));
    }
    return groups;
  }

  private static Shape constraintShape(List<String> columns) {
    return new Shape(columns.stream().map(IndexKey::column).toList(), "btree", "");
  }

  private static void add(Map<Shape, List<Candidate>> groups, Shape shape, Candidate candidate) {
    groups.computeIfAbsent(shape, s -> new ArrayList<>()).add(candidate);
  }

  private static void report(RuleContext context, DdlWriter ddl, Table table, Candidate duplicate, Candidate kept) {
    Index index = duplicate.index().orElseThrow();
    String keys = String.join(", ", index.keys().stream().map(IndexKey::text).toList());
    FindingBuilder finding = context.report(Location.of(duplicate.span(), duplicate.object()), "Index "
        + index.path() + " on " + table.path() + " (" + keys + ") duplicates " + (kept.constraint() ? "" : "index ")
        + kept.name() + ": every write maintains both, queries need one");
    kept.span().ifPresent(span -> finding.related(span, kept.name() + " is declared here"));
    finding.remediation("Drop the duplicate:", dropSql(ddl, context.dialect(), index));
  }

  private static String dropSql(DdlWriter ddl, Dialect dialect, Index index) {
    if (dialect.isMysqlFamily()) {
      return "ALTER TABLE " + ddl.tableName(index.table()) + " DROP INDEX " + ddl.name(index.name()) + ";";
    }
    String name = ddl.tableName(index.path());
    return dialect == Dialect.POSTGRESQL ? "DROP INDEX CONCURRENTLY " + name + ";" : "DROP INDEX " + name + ";";
  }
}
