package dev.plumb.core.source.live;

import dev.plumb.core.model.CheckConstraint;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.ColumnGeneration;
import dev.plumb.core.model.DataTypes;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ForeignKey;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.IndexKey;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.PrimaryKey;
import dev.plumb.core.model.ReferentialAction;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.Trigger;
import dev.plumb.core.model.UniqueConstraint;
import dev.plumb.core.model.View;
import dev.plumb.core.model.live.LiveFacts;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * SQLite from its pragmas, joined as table-valued functions so each kind of object takes one query: columns from
 * {@code pragma_table_xinfo}, keys and indexes from {@code pragma_index_list}/{@code pragma_index_xinfo}, foreign
 * keys from {@code pragma_foreign_key_list}. What the pragmas do not keep (CHECKs, constraint names, expressions,
 * views, triggers) comes from the stored CREATE statements ({@link SqliteDeclarations}).
 *
 * <p>Types are the declared ones read as the replay reads them, a column declared without a type being
 * {@code blob} (its affinity), and names are folded to lower case ({@link SqliteNames}). A primary-key column is
 * NOT NULL, as in the replay, although SQLite lets NULL into one that is not an INTEGER PRIMARY KEY. Shadow tables
 * of virtual tables and SQLite's own {@code sqlite_} tables are left out. Schemas are {@code main} (the default) or
 * the names of attached databases.
 */
public final class SqliteIntrospector implements Introspector {

  private static final String TABLES_OF = " FROM %1$s.sqlite_schema m JOIN pragma_table_list(m.name) l"
      + " WHERE l.schema = %2$s AND l.type IN ('table', 'virtual') AND m.type = 'table'"
      + " AND m.name NOT LIKE 'sqlite\\_%%' ESCAPE '\\'";
  private static final String COLUMNS = "SELECT m.name, c.name, c.type, c.\"notnull\", c.dflt_value, c.pk, c.hidden"
      + TABLES_OF.replace("WHERE", "JOIN pragma_table_xinfo(m.name, %2$s) c WHERE") + " ORDER BY m.rowid, c.cid";
  private static final String INDEXES = "SELECT m.name, i.name, i.\"unique\", i.origin, x.cid, x.name, x.\"desc\""
      + TABLES_OF.replace("WHERE", "JOIN pragma_index_list(m.name, %2$s) i"
      + " JOIN pragma_index_xinfo(i.name, %2$s) x LEFT JOIN %1$s.sqlite_schema s ON s.type = 'index'"
      + " AND s.name = i.name WHERE x.key = 1 AND")
      + " ORDER BY m.rowid, s.rowid, i.seq DESC, x.seqno";
  private static final String FOREIGN_KEYS = "SELECT m.name, f.id, f.\"table\", f.\"from\", f.\"to\", f.on_update,"
      + " f.on_delete" + TABLES_OF.replace("WHERE", "JOIN pragma_foreign_key_list(m.name, %2$s) f WHERE")
      + " ORDER BY m.rowid, f.id DESC, f.seq";

  @Override
  public LiveDatabase read(Connection connection, String displayUrl, List<String> schemas) throws SQLException {
    List<String> names = schemas.isEmpty() ? List.of(Dialect.SQLITE.defaultSchema()) : schemas;
    Schema schema = Schema.empty(Dialect.SQLITE);
    List<String> notes = new ArrayList<>();
    List<String> integrity = new ArrayList<>();
    try {
      for (String name : names) {
        schema = read(connection, name, schema.withNamespace(name), notes);
        integrity.addAll(SqliteIntegrity.problems(connection, name));
      }
    } catch (SQLException e) {
      throw explained(e, displayUrl);
    }
    return new LiveDatabase(Dialect.SQLITE, displayUrl, schema,
        new LiveFacts(List.of(), List.of(), List.of(), integrity), notes);
  }

  private Schema read(Connection connection, String schemaName, Schema into, List<String> notes)
      throws SQLException {
    Schema declared = SqliteDeclarations.read(connection, schemaName, notes);
    Map<String, Table> tables = columns(connection, schemaName, declared);
    indexes(connection, schemaName, declared, tables);
    foreignKeys(connection, schemaName, declared, tables);
    Schema schema = into;
    for (Table table : tables.values()) {
      Optional<Table> written = declared.table(table.path());
      // Spans of the replayed SQL would point into a file that does not exist: a live object has none.
      schema = schema.withTable(table.withChecks(written.map(Table::checks).orElse(List.of()).stream()
          .map(c -> new CheckConstraint(c.name(), c.expression(), c.valid(), Optional.empty())).toList()));
    }
    for (View view : declared.views().values()) {
      schema = schema.withView(new View(view.path(), view.columns(), view.definition(), view.materialized(),
          view.comment(), Optional.empty()));
    }
    for (Trigger trigger : declared.triggers().values()) {
      schema = schema.withTrigger(new Trigger(trigger.path(), trigger.table(), trigger.timing(), trigger.events(),
          trigger.function(), Optional.empty()));
    }
    return schema;
  }

  private Map<String, Table> columns(Connection connection, String schemaName, Schema declared)
      throws SQLException {
    Map<String, Table> tables = new LinkedHashMap<>();
    Map<String, TreeMap<Integer, String>> keys = new LinkedHashMap<>();
    try (ResultSet rows = query(connection, COLUMNS, schemaName)) {
      while (rows.next()) {
        int hidden = rows.getInt(7);
        String tableName = SqliteNames.folded(rows.getString(1));
        ObjectPath path = ObjectPath.of(schemaName, tableName);
        Table table = tables.computeIfAbsent(tableName, t -> Table.empty(path, Optional.empty()));
        if (hidden == 1) {
          continue; // the hidden columns of a virtual table are its module's, not declared
        }
        String name = SqliteNames.folded(rows.getString(2));
        String declaredType = rows.getString(3);
        int pk = rows.getInt(6);
        boolean nullable = rows.getInt(4) == 0 && pk == 0;
        Column column = new Column(path.child(name),
            DataTypes.of(declaredType == null || declaredType.isBlank() ? "BLOB" : declaredType, Dialect.SQLITE),
            nullable, Optional.ofNullable(rows.getString(5)), ColumnGeneration.NONE, Optional.empty(),
            Optional.empty(), Optional.empty());
        Optional<Column> written = declared.table(path).flatMap(t -> t.column(name));
        if (hidden == 2 || hidden == 3 || written.filter(c -> c.generation().isIdentity()).isPresent()) {
          ColumnGeneration generation = hidden == 2 ? ColumnGeneration.VIRTUAL
              : hidden == 3 ? ColumnGeneration.STORED : ColumnGeneration.IDENTITY_BY_DEFAULT;
          column = column.withGeneration(generation, written.flatMap(Column::generationExpression));
        }
        tables.put(tableName, table.withColumn(column));
        if (pk > 0) {
          keys.computeIfAbsent(tableName, t -> new TreeMap<>()).put(pk, name);
        }
      }
    }
    keys.forEach((tableName, columns) -> {
      Table table = tables.get(tableName);
      Optional<String> name = declared.table(table.path()).flatMap(Table::primaryKey).flatMap(PrimaryKey::name);
      tables.put(tableName, table.withPrimaryKey(Optional.of(
          new PrimaryKey(name, List.copyOf(columns.values()), Optional.empty()))));
    });
    return tables;
  }

  /** Unique constraints and CREATE INDEX indexes; the automatic index of a primary key is the key itself. */
  private void indexes(Connection connection, String schemaName, Schema declared, Map<String, Table> tables)
      throws SQLException {
    Map<List<String>, IndexRead> found = new LinkedHashMap<>();
    try (ResultSet rows = query(connection, INDEXES, schemaName)) {
      while (rows.next()) {
        String origin = rows.getString(4);
        if ("pk".equals(origin)) {
          continue;
        }
        String tableName = SqliteNames.folded(rows.getString(1));
        String indexName = SqliteNames.folded(rows.getString(2));
        boolean unique = rows.getInt(3) == 1;
        IndexRead index = found.computeIfAbsent(List.of(tableName, indexName),
            k -> new IndexRead(tableName, indexName, unique, "u".equals(origin)));
        int cid = rows.getInt(5);
        String column = SqliteNames.folded(rows.getString(6));
        index.keys.add(cid == -2 ? IndexKey.expression("") : new IndexKey(cid == -1 ? "rowid" : column, false,
            rows.getInt(7) == 1));
      }
    }
    for (IndexRead index : found.values()) {
      Table table = tables.get(index.table);
      if (table == null) {
        continue;
      }
      if (index.constraint) {
        List<String> columns = index.keys.stream().map(IndexKey::text).toList();
        Optional<String> name = declared.table(table.path()).stream().flatMap(t -> t.uniqueConstraints().stream())
            .filter(u -> u.columns().equals(columns)).findFirst().flatMap(UniqueConstraint::name);
        List<UniqueConstraint> uniques = new ArrayList<>(table.uniqueConstraints());
        uniques.add(new UniqueConstraint(name, columns, Optional.empty()));
        tables.put(index.table, table.withUniqueConstraints(uniques));
      } else {
        ObjectPath path = ObjectPath.of(schemaName, index.name);
        Optional<Index> written = declared.table(table.path()).flatMap(t -> t.index(index.name));
        List<IndexKey> keys = new ArrayList<>();
        for (int k = 0; k < index.keys.size(); k++) {
          IndexKey key = index.keys.get(k);
          // The pragma gives no text for an expression key: the stored CREATE INDEX has it.
          boolean fromSql = key.expression() && written.isPresent() && written.get().keys().size() > k;
          keys.add(fromSql ? written.get().keys().get(k) : key);
        }
        List<Index> indexes = new ArrayList<>(table.indexes());
        indexes.add(new Index(path, table.path(), keys, index.unique,
            written.flatMap(Index::predicate), Optional.empty(), true, Optional.empty()));
        tables.put(index.table, table.withIndexes(indexes));
      }
    }
  }

  private void foreignKeys(Connection connection, String schemaName, Schema declared, Map<String, Table> tables)
      throws SQLException {
    Map<List<Object>, ForeignKeyRead> found = new LinkedHashMap<>();
    try (ResultSet rows = query(connection, FOREIGN_KEYS, schemaName)) {
      while (rows.next()) {
        String tableName = SqliteNames.folded(rows.getString(1));
        String parent = SqliteNames.folded(rows.getString(3));
        ReferentialAction onDelete = action(rows.getString(7));
        ReferentialAction onUpdate = action(rows.getString(6));
        ForeignKeyRead key = found.computeIfAbsent(List.of(tableName, rows.getInt(2)),
            k -> new ForeignKeyRead(tableName, parent, onDelete, onUpdate));
        key.columns.add(SqliteNames.folded(rows.getString(4)));
        // "to" is NULL where the SQL named no columns: they are then the referenced primary key.
        Optional.ofNullable(rows.getString(5)).map(SqliteNames::folded).ifPresent(key.referenced::add);
      }
    }
    for (ForeignKeyRead key : found.values()) {
      Table table = tables.get(key.table);
      ObjectPath referenced = ObjectPath.of(schemaName, key.parent);
      Optional<String> name = declared.table(table.path()).stream().flatMap(t -> t.foreignKeys().stream())
          .filter(f -> f.columns().equals(key.columns) && f.referencedTable().equals(referenced)).findFirst()
          .flatMap(ForeignKey::name);
      List<ForeignKey> keys = new ArrayList<>(table.foreignKeys());
      keys.add(new ForeignKey(name, key.columns, referenced, key.referenced, key.onDelete, key.onUpdate, true,
          Optional.empty()));
      tables.put(key.table, table.withForeignKeys(keys));
    }
  }

  private static ReferentialAction action(String text) {
    return ReferentialAction.fromText(text).orElse(ReferentialAction.NO_ACTION);
  }

  private static ResultSet query(Connection connection, String template, String schemaName) throws SQLException {
    Statement statement = connection.createStatement();
    statement.closeOnCompletion();
    return statement.executeQuery(template.formatted(SqliteNames.quoted(schemaName), SqliteNames.literal(schemaName)));
  }

  /** SQLITE_CORRUPT (11) and SQLITE_NOTADB (26) say more to a person as words than as codes. */
  private static SQLException explained(SQLException e, String displayUrl) {
    int code = e.getErrorCode() & 0xff;
    if (code == 11 || code == 26) {
      return new SQLException("SQLite database " + displayUrl + " is damaged or not a database: " + e.getMessage()
          + " (run PRAGMA integrity_check in the sqlite3 shell, or restore a backup)", e.getSQLState(),
          e.getErrorCode(), e);
    }
    return e;
  }

  private static final class IndexRead {
    final String table;
    final String name;
    final boolean unique;
    final boolean constraint;
    final List<IndexKey> keys = new ArrayList<>();

    IndexRead(String table, String name, boolean unique, boolean constraint) {
      this.table = table;
      this.name = name;
      this.unique = unique;
      this.constraint = constraint;
    }
  }

  private static final class ForeignKeyRead {
    final String table;
    final String parent;
    final ReferentialAction onDelete;
    final ReferentialAction onUpdate;
    final List<String> columns = new ArrayList<>();
    final List<String> referenced = new ArrayList<>();

    ForeignKeyRead(String table, String parent, ReferentialAction onDelete, ReferentialAction onUpdate) {
      this.table = table;
      this.parent = parent;
      this.onDelete = onDelete;
      this.onUpdate = onUpdate;
    }
  }
}
