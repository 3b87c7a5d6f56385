package dev.plumb.core.source.live;

import dev.plumb.core.model.CheckConstraint;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.ColumnGeneration;
import dev.plumb.core.model.DataType;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ForeignKey;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.IndexKey;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.PrimaryKey;
import dev.plumb.core.model.ReferentialAction;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.UniqueConstraint;
import dev.plumb.core.model.live.LiveFacts.SequenceUsage;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reads the tables of MariaDB or MySQL databases with their columns, keys, checks and indexes, one query per kind
 * of object for all tables, plus the auto-increment counters.
 */
final class MariadbTableReader {

  private final Dialect dialect;
  private final MariadbQueries queries;
  private final UnaryOperator<String> schemaOf;
  private final List<String> notes;
  private final Map<ObjectPath, Long> nextAutoIncrement = new LinkedHashMap<>();
  private final List<SequenceUsage> autoIncrementUsage = new ArrayList<>();

  /** @param schemaOf the schema name a database gets in the model */
  MariadbTableReader(Dialect dialect, MariadbQueries queries, UnaryOperator<String> schemaOf, List<String> notes) {
    this.dialect = dialect;
    this.queries = queries;
    this.schemaOf = schemaOf;
    this.notes = notes;
  }

  Schema read(Schema empty) throws SQLException {
    Map<ObjectPath, Table> tables = new LinkedHashMap<>();
    queries.forEach("SELECT TABLE_SCHEMA, TABLE_NAME, AUTO_INCREMENT, TABLE_COMMENT FROM information_schema.TABLES"
        + " WHERE TABLE_SCHEMA IN (%s) AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')"
        + " ORDER BY TABLE_SCHEMA, CREATE_TIME, TABLE_NAME", row -> {
          ObjectPath path = path(row, "TABLE_SCHEMA", "TABLE_NAME");
          String comment = row.getString("TABLE_COMMENT");
          tables.put(path, new Table(path, List.of(), Optional.empty(), List.of(), List.of(), List.of(), List.of(),
              comment == null || comment.isEmpty() ? Optional.empty() : Optional.of(comment), Optional.empty()));
          long next = row.getLong("AUTO_INCREMENT");
          if (!row.wasNull()) {
            nextAutoIncrement.put(path, next);
          }
        });
    readColumns(tables);
    readKeys(tables);
    readChecks(tables);
    readIndexes(tables);
    Schema schema = empty;
    for (Table table : tables.values()) {
      schema = schema.withTable(table);
    }
    return schema;
  }

  /** Views, triggers and routines of the same databases. */
  Schema readObjects(Schema schema) throws SQLException {
    return new MariadbObjectReader(dialect, queries, schemaOf, notes).read(schema);
  }

  List<SequenceUsage> autoIncrementUsage() {
    return List.copyOf(autoIncrementUsage);
  }

  private void readColumns(Map<ObjectPath, Table> tables) throws SQLException {
    queries.forEach("SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA,"
        + " GENERATION_EXPRESSION, COLUMN_COMMENT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN (%s)"
        + " ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION", row -> {
          ObjectPath table = path(row, "TABLE_SCHEMA", "TABLE_NAME");
          if (!tables.containsKey(table)) {
            return;
          }
          Column column = column(row, table);
          tables.computeIfPresent(table, (p, t) -> t.withColumn(column));
          Long next = nextAutoIncrement.get(table);
          if (column.generation().isIdentity() && next != null) {
            countAutoIncrement(column, next);
          }
        });
  }

  private Column column(ResultSet row, ObjectPath table) throws SQLException {
    String extra = Optional.ofNullable(row.getString("EXTRA")).orElse("").toUpperCase(Locale.ROOT);
    DataType type = MariadbText.type(row.getString("COLUMN_TYPE"), dialect);
    ColumnGeneration generation = extra.contains("AUTO_INCREMENT") ? ColumnGeneration.IDENTITY_BY_DEFAULT
        : extra.contains("STORED GENERATED") || extra.contains("PERSISTENT") ? ColumnGeneration.STORED
        : extra.contains("VIRTUAL GENERATED") ? ColumnGeneration.VIRTUAL : ColumnGeneration.NONE;
    Optional<String> expression = Optional.ofNullable(row.getString("GENERATION_EXPRESSION"))
        .filter(e -> !e.isEmpty() && generation != ColumnGeneration.NONE).map(MariadbText::unquoteIdentifiers);
    Optional<String> defaultValue = generation == ColumnGeneration.NONE
        ? MariadbText.defaultExpression(row.getString("COLUMN_DEFAULT"), extra, dialect) : Optional.empty();
    String comment = row.getString("COLUMN_COMMENT");
    return new Column(table.child(row.getString("COLUMN_NAME")), type, "YES".equals(row.getString("IS_NULLABLE")),
        defaultValue, generation, expression, comment == null || comment.isEmpty() ? Optional.empty()
        : Optional.of(comment), Optional.empty());
  }

  private void countAutoIncrement(Column column, long next) {
    Optional<Long> maximum = MariadbText.integerMaximum(column.type());
    if (maximum.isEmpty()) {
      return;
    }
    // TABLES.AUTO_INCREMENT is the next value to hand out; 1 means none was handed out yet.
    Optional<Long> last = next > 1 ? Optional.of(next - 1) : Optional.empty();
    autoIncrementUsage.add(new SequenceUsage(column.path(), column.type().toSql(), last, maximum.get(),
        Optional.of(column.path())));
  }

  private void readKeys(Map<ObjectPath, Table> tables) throws SQLException {
    Map<List<Object>, KeyBuilder> keys = new LinkedHashMap<>();
    queries.forEach("SELECT tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME,"
        + " k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, rc.UPDATE_RULE,"
        + " rc.DELETE_RULE FROM information_schema.TABLE_CONSTRAINTS tc"
        + " JOIN information_schema.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
        + " AND k.TABLE_NAME = tc.TABLE_NAME AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
        + " LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS rc ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
        + " AND rc.TABLE_NAME = tc.TABLE_NAME AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
        + " WHERE tc.TABLE_SCHEMA IN (%s) AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')"
        + " ORDER BY tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION", row -> {
          ObjectPath table = path(row, "TABLE_SCHEMA", "TABLE_NAME");
          String name = row.getString("CONSTRAINT_NAME");
          KeyBuilder key = keys.computeIfAbsent(List.of(table, name), k -> new KeyBuilder(table, name));
          key.kind = row.getString("CONSTRAINT_TYPE");
          key.columns.add(row.getString("COLUMN_NAME"));
          if (row.getString("REFERENCED_TABLE_NAME") != null) {
            key.referencedTable = path(row, "REFERENCED_TABLE_SCHEMA", "REFERENCED_TABLE_NAME");
            key.referencedColumns.add(row.getString("REFERENCED_COLUMN_NAME"));
            key.onUpdate = action(row.getString("UPDATE_RULE"));
            key.onDelete = action(row.getString("DELETE_RULE"));
          }
        });
    for (KeyBuilder key : keys.values()) {
      tables.computeIfPresent(key.table, (p, t) -> key.addTo(t));
    }
  }

  private void readChecks(Map<ObjectPath, Table> tables) throws SQLException {
    // MariaDB names checks per table, MySQL per database.
    String sameTable = dialect == Dialect.MARIADB ? " AND cc.TABLE_NAME = tc.TABLE_NAME" : "";
    try {
      queries.forEach("SELECT tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE"
          + " FROM information_schema.TABLE_CONSTRAINTS tc JOIN information_schema.CHECK_CONSTRAINTS cc"
          + " ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME" + sameTable
          + " WHERE tc.TABLE_SCHEMA IN (%s) AND tc.CONSTRAINT_TYPE = 'CHECK'"
          + " ORDER BY tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME", row -> {
            CheckConstraint check = new CheckConstraint(Optional.of(row.getString("CONSTRAINT_NAME")),
                MariadbText.unquoteIdentifiers(row.getString("CHECK_CLAUSE")), true, Optional.empty());
            tables.computeIfPresent(path(row, "TABLE_SCHEMA", "TABLE_NAME"), (p, t) -> {
              List<CheckConstraint> checks = new ArrayList<>(t.checks());
              checks.add(check);
              return t.withChecks(checks);
            });
          });
    } catch (SQLException e) {
      // Servers before MariaDB 10.2.22 and MySQL 8.0.16 have no CHECK_CONSTRAINTS (nor enforced checks).
      notes.add("cannot read information_schema.CHECK_CONSTRAINTS (" + e.getMessage() + "): checks not read");
    }
  }

  private void readIndexes(Map<ObjectPath, Table> tables) throws SQLException {
    Map<List<Object>, Index> indexes = new LinkedHashMap<>();
    queries.forEach("SELECT * FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (%s)"
        + " ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX", row -> {
          ObjectPath table = path(row, "TABLE_SCHEMA", "TABLE_NAME");
          String name = row.getString("INDEX_NAME");
          Table owner = tables.get(table);
          if (owner == null || isConstraint(owner, name)) {
            return;
          }
          String type = row.getString("INDEX_TYPE");
          Optional<String> method = type == null || type.equalsIgnoreCase("BTREE") ? Optional.empty()
              : Optional.of(type.toLowerCase(Locale.ROOT));
          boolean unique = row.getInt("NON_UNIQUE") == 0;
          Index index = indexes.computeIfAbsent(List.of(table, name), k -> new Index(table.parent().child(name),
              table, List.of(), unique, Optional.empty(), method, true, Optional.empty()));
          List<IndexKey> keys = new ArrayList<>(index.keys());
          keys.add(indexKey(row));
          indexes.put(List.of(table, name), index.withKeys(keys));
        });
    for (Index index : indexes.values()) {
      tables.computeIfPresent(index.table(), (p, t) -> {
        List<Index> all = new ArrayList<>(t.indexes());
        all.add(index);
        return t.withIndexes(all);
      });
    }
  }

  /** A column key (a prefix index keeps only the column, as the replay does), or MySQL 8's functional key. */
  private static IndexKey indexKey(ResultSet row) throws SQLException {
    boolean descending = "D".equals(row.getString("COLLATION"));
    String column = row.getString("COLUMN_NAME");
    if (column == null && hasColumn(row, "EXPRESSION")) {
      return new IndexKey(MariadbText.unquoteIdentifiers(row.getString("EXPRESSION")), true, descending);
    }
    return new IndexKey(column, false, descending);
  }

  private static boolean hasColumn(ResultSet row, String name) throws SQLException {
    ResultSetMetaData meta = row.getMetaData();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      if (meta.getColumnLabel(i).equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  /** The primary key and unique keys are constraints in the model, not indexes. */
  private static boolean isConstraint(Table table, String indexName) {
    return table.primaryKey().flatMap(PrimaryKey::name).filter(indexName::equals).isPresent()
        || table.uniqueConstraints().stream().anyMatch(u -> u.name().filter(indexName::equals).isPresent());
  }

  private static ReferentialAction action(String rule) {
    return ReferentialAction.fromText(rule).orElse(ReferentialAction.NO_ACTION);
  }

  private ObjectPath path(ResultSet row, String schemaColumn, String nameColumn) throws SQLException {
    return ObjectPath.of(schemaOf.apply(row.getString(schemaColumn)), row.getString(nameColumn));
  }

  /** A key gathered column by column from KEY_COLUMN_USAGE. */
  private static final class KeyBuilder {
    final ObjectPath table;
    final String name;
    String kind = "";
    final List<String> columns = new ArrayList<>();
    ObjectPath referencedTable;
    final List<String> referencedColumns = new ArrayList<>();
    ReferentialAction onUpdate = ReferentialAction.NO_ACTION;
    ReferentialAction onDelete = ReferentialAction.NO_ACTION;

    KeyBuilder(ObjectPath table, String name) {
      this.table = table;
      this.name = name;
    }

    Table addTo(Table table) {
      return switch (kind) {
        case "PRIMARY KEY" -> table.withPrimaryKey(Optional.of(new PrimaryKey(Optional.of(name), columns,
            Optional.empty())));
        case "UNIQUE" -> {
          List<UniqueConstraint> uniques = new ArrayList<>(table.uniqueConstraints());
          uniques.add(new UniqueConstraint(Optional.of(name), columns, Optional.empty()));
          yield table.withUniqueConstraints(uniques);
        }
        default -> {
          List<ForeignKey> keys = new ArrayList<>(table.foreignKeys());
          keys.add(new ForeignKey(Optional.of(name), columns, referencedTable, referencedColumns, onDelete, onUpdate,
              true, Optional.empty()));
          yield table.withForeignKeys(keys);
        }
      };
    }
  }
}
