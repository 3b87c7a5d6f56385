package dev.plumb.core.ddl;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.DataType;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.IndexKey;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.ReferentialAction;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes DDL statements in a dialect, for remediations now and for {@code plumb fix} later. Names are quoted
 * only where needed; a table in the dialect's default schema is written unqualified.
 */
public final class DdlWriter {

  private final Dialect dialect;

  public DdlWriter(Dialect dialect) {
    this.dialect = requireNonNull(dialect, "no dialect given");
  }

  public Dialect dialect() {
    return dialect;
  }

  /** A column as it appears in CREATE TABLE or ADD COLUMN: {@code name type [NOT NULL] [DEFAULT x]}. */
  public record ColumnSpec(String name, DataType type, boolean notNull, Optional<String> defaultExpression) {

    public ColumnSpec {
      requireNonNull(name, "no column name given");
      requireNonNull(type, "no type given");
      requireNonNull(defaultExpression, "defaultExpression is Optional, not null");
    }
  }

  public String tableName(ObjectPath table) {
    String schema = table.parent().name();
    boolean qualify = table.depth() > 1 && !schema.isEmpty() && !schema.equals(dialect.defaultSchema());
    return (qualify ? name(schema) + "." : "") + name(table.name());
  }

  public String name(String identifier) {
    return dialect.quoteIfNeeded(identifier);
  }

  public String type(DataType type) {
    return type.toSql();
  }

  public String columnDefinition(ColumnSpec column) {
    StringBuilder sql = new StringBuilder(name(column.name())).append(' ').append(type(column.type()));
    if (column.notNull()) {
      sql.append(" NOT NULL");
    }
    column.defaultExpression().ifPresent(d -> sql.append(" DEFAULT ").append(d));
    return sql.toString();
  }

  public String createTable(ObjectPath table, List<ColumnSpec> columns, List<String> primaryKey) {
    StringBuilder sql = new StringBuilder("CREATE TABLE ").append(tableName(table)).append(" (");
    for (int i = 0; i < columns.size(); i++) {
      sql.append(i == 0 ? "\n  " : ",\n  ").append(columnDefinition(columns.get(i)));
    }
    if (!primaryKey.isEmpty()) {
      sql.append(columns.isEmpty() ? "\n  " : ",\n  ").append("PRIMARY KEY (").append(names(primaryKey)).append(')');
    }
    return sql.append("\n);").toString();
  }

  public String addColumn(ObjectPath table, ColumnSpec column) {
    return alter(table) + " ADD COLUMN " + columnDefinition(column) + ";";
  }

  /** Changes a column's type; PostgreSQL converts with a cast, MySQL restates the column. */
  public String alterColumnType(ObjectPath table, ColumnSpec column) {
    if (dialect.isMysqlFamily()) {
      return alter(table) + " MODIFY COLUMN " + columnDefinition(column) + ";";
    }
    String column1 = name(column.name());
    String using = dialect == Dialect.POSTGRESQL ? " USING " + column1 + "::" + type(column.type()) : "";
    return alter(table) + " ALTER COLUMN " + column1 + " " + (dialect == Dialect.H2 ? "SET DATA TYPE " : "TYPE ")
        + type(column.type()) + using + ";";
  }

  public String setNotNull(ObjectPath table, ColumnSpec column) {
    if (dialect.isMysqlFamily()) {
      return alter(table) + " MODIFY COLUMN " + columnDefinition(column) + ";";
    }
    return alter(table) + " ALTER COLUMN " + name(column.name()) + " SET NOT NULL;";
  }

  public String dropNotNull(ObjectPath table, ColumnSpec column) {
    if (dialect.isMysqlFamily()) {
      return alter(table) + " MODIFY COLUMN " + columnDefinition(column) + ";";
    }
    return alter(table) + " ALTER COLUMN " + name(column.name()) + " DROP NOT NULL;";
  }

  public String setDefault(ObjectPath table, String column, String expression) {
    return alter(table) + " ALTER COLUMN " + name(column) + " SET DEFAULT " + expression + ";";
  }

  public String dropDefault(ObjectPath table, String column) {
    return alter(table) + " ALTER COLUMN " + name(column) + " DROP DEFAULT;";
  }

  public String addPrimaryKey(ObjectPath table, List<String> columns) {
    return alter(table) + " ADD PRIMARY KEY (" + names(columns) + ");";
  }

  public String dropConstraint(ObjectPath table, String constraint) {
    if (dialect.isMysqlFamily() && constraint.equals("PRIMARY")) {
      return alter(table) + " DROP PRIMARY KEY;";
    }
    return alter(table) + " DROP CONSTRAINT " + name(constraint) + ";";
  }

  /**
   * CREATE INDEX in the form that does not block writes where the dialect has one: CONCURRENTLY in
   * PostgreSQL, an online ALTER in MySQL and MariaDB.
   */
  public String createIndexOnline(ObjectPath table, String indexName, List<String> columns, boolean unique) {
    String kind = unique ? "UNIQUE INDEX " : "INDEX ";
    if (dialect == Dialect.POSTGRESQL) {
      return "CREATE " + kind + "CONCURRENTLY " + name(indexName) + " ON " + tableName(table) + " (" + names(columns)
          + ");";
    }
    if (dialect.isMysqlFamily()) {
      return alter(table) + " ADD " + kind + name(indexName) + " (" + names(columns) + "), ALGORITHM=INPLACE, LOCK=NONE;";
    }
    return "CREATE " + kind + name(indexName) + " ON " + tableName(table) + " (" + names(columns) + ");";
  }

  /**
   * Creates the index as the model has it (expression keys, DESC, method, WHERE), without blocking writes where
   * the dialect can: CONCURRENTLY in PostgreSQL.
   */
  public String createIndexOnline(Index index) {
    String keys = index.keys().stream().map(this::indexKey).collect(Collectors.joining(", "));
    return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX "
        + (dialect == Dialect.POSTGRESQL ? "CONCURRENTLY " : "") + name(index.name()) + " ON "
        + tableName(index.table())
        + index.method().filter(m -> !m.equalsIgnoreCase("btree")).map(m -> " USING " + m).orElse("")
        + " (" + keys + ")" + index.predicate().map(p -> " WHERE " + p).orElse("") + ";";
  }

  public String dropTable(ObjectPath table) {
    return "DROP TABLE " + tableName(table) + ";";
  }

  public String dropColumn(ObjectPath table, String column) {
    return alter(table) + " DROP COLUMN " + name(column) + ";";
  }

  /** Drops the index; MySQL and MariaDB name its table, PostgreSQL drops it without blocking writes. */
  public String dropIndex(Index index) {
    if (dialect.isMysqlFamily()) {
      return "DROP INDEX " + name(index.name()) + " ON " + tableName(index.table()) + ";";
    }
    String schema = index.path().parent().name();
    boolean qualify = index.path().depth() > 1 && !schema.isEmpty() && !schema.equals(dialect.defaultSchema());
    return "DROP INDEX " + (dialect == Dialect.POSTGRESQL ? "CONCURRENTLY " : "")
        + (qualify ? name(schema) + "." : "") + name(index.name()) + ";";
  }

  private String indexKey(IndexKey key) {
    String text = key.expression() ? "(" + key.text() + ")" : name(key.text());
    return key.descending() ? text + " DESC" : text;
  }

  public String addForeignKey(ObjectPath table, String constraintName, List<String> columns, ObjectPath target,
                              List<String> targetColumns, Optional<ReferentialAction> onDelete,
                              Optional<ReferentialAction> onUpdate) {
    StringBuilder sql = new StringBuilder(alter(table)).append(" ADD CONSTRAINT ").append(name(constraintName))
        .append(" FOREIGN KEY (").append(names(columns)).append(") REFERENCES ").append(tableName(target));
    if (!targetColumns.isEmpty()) {
      sql.append(" (").append(names(targetColumns)).append(')');
    }
    onDelete.filter(a -> a != ReferentialAction.NO_ACTION).ifPresent(a -> sql.append(" ON DELETE ").append(a.sql()));
    onUpdate.filter(a -> a != ReferentialAction.NO_ACTION).ifPresent(a -> sql.append(" ON UPDATE ").append(a.sql()));
    if (dialect == Dialect.POSTGRESQL) {
      // NOT VALID skips the scan of existing rows under a lock; VALIDATE then checks them without blocking writes.
      sql.append(" NOT VALID;\n").append(alter(table)).append(" VALIDATE CONSTRAINT ").append(name(constraintName));
    }
    return sql.append(';').toString();
  }

  public String names(List<String> identifiers) {
    return identifiers.stream().map(this::name).collect(Collectors.joining(", "));
  }

  private String alter(ObjectPath table) {
    return "ALTER TABLE " + tableName(table);
  }
}
