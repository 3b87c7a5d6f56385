package dev.plumb.rules.design;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.ddl.DdlWriter;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ForeignKey;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Without an index on the referencing columns, every delete of a parent row scans the whole child table. */
@RuleInfo(
    id = "foreign-key-without-index",
    severity = Severity.NOTE,
    category = "design",
    enabledByDefault = false,
    summary = "A foreign key's columns are not indexed on the referencing table",
    description = "When a row of the referenced (parent) table is deleted, or its key updated, the database "
        + "looks for referencing rows in the child table, and joins usually follow the same path. PostgreSQL and "
        + "SQLite do not index the referencing columns by themselves: without an index each such delete scans "
        + "the whole child table, while holding its locks. A foreign key counts as indexed when its columns, in "
        + "any order, are the leading columns of a valid, non-partial index, the primary key or a unique "
        + "constraint of the referencing table. The check reads the final schema, whatever it came from. MySQL, "
        + "MariaDB and H2 index foreign key columns themselves, so the rule says nothing there."
        + " Off by default, like all design advice: switch it on under `rules:` in plumb.yml.",
    remediation = "Create an index on the referencing columns; in PostgreSQL with CONCURRENTLY, in a migration "
        + "that does not run in a transaction.",
    badExample = "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));",
    safeExample = "CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);",
    equivalents = {"SchemaCrawler LinterForeignKeyWithNoIndexes", "active_record_doctor unindexed_foreign_keys"})
public final class ForeignKeyWithoutIndex implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    Dialect dialect = context.dialect();
    if (dialect != Dialect.POSTGRESQL && dialect != Dialect.SQLITE) {
      return;
    }
    Set<String> uncertain = uncertainNames(context);
    DdlWriter ddl = new DdlWriter(dialect);
    for (Table table : context.actual().allTables()) {
      if (uncertain.contains(table.name())) {
        continue;
      }
      for (ForeignKey key : table.foreignKeys()) {
        if (key.columns().isEmpty() || indexed(table, key.columns())) {
          continue;
        }
        String columns = String.join(", ", key.columns());
        String index = table.name() + "_" + String.join("_", key.columns()) + "_idx";
        ObjectPath object = table.path().child(key.name().orElse("(" + columns + ")"));
        context.report(Location.of(key.span().or(table::span), object), "Foreign key " + table.path() + " ("
                + columns + ") -> " + key.referencedTable() + " has no index on its columns, so each delete or "
                + "key update in " + key.referencedTable() + " scans " + table.path())
            .remediation("Index the referencing columns in a new migration:",
                ddl.createIndexOnline(table.path(), index, key.columns(), false));
      }
    }
  }

  /** Whether some index the table has serves lookups by exactly these columns. */
  private static boolean indexed(Table table, List<String> columns) {
    List<List<String>> keys = new ArrayList<>();
    table.primaryKey().ifPresent(k -> keys.add(k.columns()));
    table.uniqueConstraints().forEach(u -> keys.add(u.columns()));
    table.indexes().stream().filter(i -> i.valid() && i.predicate().isEmpty()).map(Index::columnNames)
        .forEach(keys::add);
    Set<String> wanted = new HashSet<>(columns);
    return keys.stream().anyMatch(k -> k.size() >= columns.size()
        && new HashSet<>(k.subList(0, columns.size())).equals(wanted));
  }

  /** Tables a statement the replay could not follow may have indexed. */
  private static Set<String> uncertainNames(RuleContext context) {
    Set<String> names = new HashSet<>();
    context.migrations().stream().flatMap(t -> t.steps().stream())
        .flatMap(s -> s.uncertainNames().stream()).forEach(names::add);
    return names;
  }
}
