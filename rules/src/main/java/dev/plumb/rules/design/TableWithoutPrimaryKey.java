package dev.plumb.rules.design;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.ddl.DdlWriter;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A table without a primary key cannot be replicated, deduplicated or mapped by an ORM reliably. */
@RuleInfo(
    id = "table-without-primary-key",
    severity = Severity.NOTE,
    category = "design",
    enabledByDefault = false,
    summary = "A table has no primary key",
    description = "Without a primary key nothing stops duplicate rows, and tools that need to name one row fail "
        + "or guess: PostgreSQL logical replication rejects UPDATE and DELETE on a published table without a "
        + "replica identity, MySQL's InnoDB clusters the rows by a hidden key nobody can use (and group "
        + "replication refuses the table), and ORMs expect a key to map rows to objects (SQLite's implicit rowid is "
        + "one no schema declares). The check reads the "
        + "final schema, whatever it came from; tables a statement Plumb could not follow may have changed are "
        + "left out. Partitions are reported like other tables: each needs the key for replication."
        + " Off by default, like all design advice: switch it on under `rules:` in plumb.yml.",
    remediation = "Add a primary key: on the column(s) that identify a row, or a generated id column.",
    badExample = "CREATE TABLE events (kind text, payload jsonb);",
    safeExample = "CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, kind text, "
        + "payload jsonb);",
    equivalents = {"SchemaCrawler LinterTableWithNoPrimaryKey", "Supabase splinter 0004_no_primary_key"})
public final class TableWithoutPrimaryKey implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    Set<String> uncertain = new HashSet<>();
    context.migrations().stream().flatMap(t -> t.steps().stream())
        .flatMap(s -> s.uncertainNames().stream()).forEach(uncertain::add);
    for (Table table : context.actual().allTables()) {
      if (table.primaryKey().isPresent() || table.columns().isEmpty() || uncertain.contains(table.name())) {
        continue;
      }
      context.report(Location.of(table.span(), table.path()), "Table " + table.path() + " has no primary key")
          .remediation("Add a primary key in a new migration:", addKey(table, context.dialect()));
    }
  }

  /** The key on a NOT NULL column named id if there is one, else a new generated id column. */
  private static String addKey(Table table, Dialect dialect) {
    DdlWriter ddl = new DdlWriter(dialect);
    boolean hasId = table.column("id").filter(c -> !c.nullable()).isPresent()
        || table.column("ID").filter(c -> !c.nullable()).isPresent();
    if (hasId) {
      return ddl.addPrimaryKey(table.path(), List.of(dialect == Dialect.H2 ? "ID" : "id"));
    }
    String name = ddl.tableName(table.path());
    return switch (dialect) {
      case MYSQL, MARIADB -> "ALTER TABLE " + name + " ADD COLUMN id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY;";
      case SQLITE -> "-- SQLite cannot add a primary key to a table: create the table anew with\n"
          + "--   id integer PRIMARY KEY\n-- copy the rows over, drop the old table and rename the new one.";
      default -> "ALTER TABLE " + name + " ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;";
    };
  }
}
