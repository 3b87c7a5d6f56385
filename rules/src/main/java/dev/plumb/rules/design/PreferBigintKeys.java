package dev.plumb.rules.design;

import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Table;
import java.util.Optional;
import java.util.Set;

/** A 32-bit key runs out, and widening it on a big table means rewriting that table and every one referencing it. */
@RuleInfo(
    id = "prefer-bigint-keys",
    severity = Severity.NOTE,
    category = "design",
    enabledByDefault = false,
    summary = "A primary or foreign key column is a 32-bit or 16-bit integer",
    description = "A primary key or foreign key column created as `integer`/`int`/`int4`, `smallint`/`int2`, "
        + "`serial` or `smallserial` holds at most 2,147,483,647 (or 32,767) values. Busy tables reach that "
        + "sooner than expected, and then every insert fails. Changing the type afterwards rewrites the table "
        + "under an ACCESS EXCLUSIVE lock, and the columns referencing it must change too. `bigint` costs four "
        + "bytes more per row. Only key columns are reported, and only where the final schema still has them "
        + "as 32-bit or 16-bit keys. PostgreSQL only."
        + " Off by default, like all design advice: switch it on under `rules:` in plumb.yml.",
    remediation = "Declare key columns `bigint` (`bigserial` for `serial`), and foreign key columns to match.",
    badExample = "CREATE TABLE users (id serial PRIMARY KEY);",
    safeExample = "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);",
    equivalents = {"Squawk prefer-bigint-over-int", "Squawk prefer-bigint-over-smallint"})
public final class PreferBigintKeys implements SchemaRule {

  private static final Set<String> INTEGERS = Set.of("int", "integer", "int4", "smallint", "int2");
  private static final Set<String> SERIALS = Set.of("serial", "serial4", "smallserial", "serial2");

  @Override
  public void check(RuleContext context) {
    if (context.dialect() != Dialect.POSTGRESQL) {
      return;
    }
    for (CreatedColumn created : CreatedColumns.of(context)) {
      String written = created.definition().writtenTypeName();
      boolean serial = SERIALS.contains(written);
      if (!serial && !INTEGERS.contains(written)) {
        continue;
      }
      Optional<Table> table = context.actual().table(created.table());
      Optional<Column> column = CreatedColumns.finalColumn(context, created).filter(PreferBigintKeys::narrow);
      Optional<String> role = table.flatMap(t -> role(t, created.definition().name()));
      if (column.isPresent() && role.isPresent()) {
        boolean small = column.get().type().name().equals("smallint");
        String limit = small ? "16-bit keys run out at 32,767" : "32-bit keys run out at 2,147,483,647";
        String wide = serial ? "bigserial" : "bigint";
        TypeAdvice.report(context, created, role.get() + " column " + created.path() + " is "
                + TypeAdvice.written(created.definition()) + ": " + limit + ", and widening the column later "
                + "rewrites the table and the columns that reference it", "Use " + wide, wide)
            .remediation("Declare the column " + wide + "; foreign key columns that reference it too.");
      }
    }
  }

  private static boolean narrow(Column column) {
    String name = column.type().name();
    return column.type().arrayDimensions() == 0 && (name.equals("integer") || name.equals("smallint"));
  }

  /** "Primary key" or "Foreign key" where the final table uses the column so. */
  private static Optional<String> role(Table table, String column) {
    if (table.primaryKey().map(k -> k.columns().contains(column)).orElse(false)) {
      return Optional.of("Primary key");
    }
    boolean referencing = table.foreignKeys().stream().anyMatch(k -> k.columns().contains(column));
    return referencing ? Optional.of("Foreign key") : Optional.empty();
  }
}
