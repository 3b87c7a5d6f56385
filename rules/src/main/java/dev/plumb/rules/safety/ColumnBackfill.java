package dev.plumb.rules.safety;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.operation.ColumnDefinition;
import java.util.Optional;

/**
 * The safe way to add a column that existing rows need values in: add it plain (no rewrite), give new rows
 * their value through a default, a sequence default or a trigger, backfill the old rows in batches, and make it
 * NOT NULL without a long lock where it must be.
 */
final class ColumnBackfill {

  private ColumnBackfill() {
  }

  static String sql(ExistingTableChange site, ColumnDefinition column, int postgresVersion) {
    ObjectPath table = site.table();
    Dialect dialect = site.dialect();
    String alterColumn = "ALTER TABLE " + site.tableSql() + " ALTER COLUMN " + site.sql(column.name());
    StringBuilder sql = new StringBuilder(SafeSql.addPlainColumn(table, column, AddedColumns.storedType(column),
        dialect));
    Optional<String> value;
    if (AddedColumns.isSerial(column) || column.identity()) {
      ObjectPath sequence = table.parent().child(PostgresNames.sequence(table.name(), column.name()));
      String sequenceSql = SqlNames.of(sequence, dialect);
      value = Optional.of("nextval(" + SafeSql.literal(sequenceSql) + ")");
      sql.append("CREATE SEQUENCE ").append(sequenceSql).append(" OWNED BY ").append(site.tableSql())
          .append('.').append(site.sql(column.name())).append(";\n")
          .append(alterColumn).append(" SET DEFAULT ").append(value.get()).append(";\n");
    } else if (column.generatedExpression().isPresent()) {
      value = Optional.of(SafeSql.parenthesized(column.generatedExpression().get()));
      sql.append("-- a BEFORE INSERT OR UPDATE trigger sets ").append(site.sql(column.name())).append(" = ")
          .append(value.get()).append(" for new and changed rows\n");
    } else if (AddedColumns.hasDefault(column)) {
      value = Optional.of(column.defaultExpression().orElseThrow().strip());
      sql.append(alterColumn).append(" SET DEFAULT ").append(value.get()).append(";\n");
    } else {
      value = Optional.empty();
    }
    value.ifPresent(v -> sql.append(SafeSql.backfill(table, column.name(), v, dialect)));
    if (column.notNull() || column.primaryKey() || column.identity() || AddedColumns.isSerial(column)) {
      sql.append(SafeSql.setNotNull(table, column.name(), dialect, postgresVersion));
    }
    return sql.toString();
  }
}
