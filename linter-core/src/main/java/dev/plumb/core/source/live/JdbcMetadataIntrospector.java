package dev.plumb.core.source.live;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.Column;
import dev.plumb.core.model.DataType;
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
import dev.plumb.core.model.live.LiveFacts;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Any other JDBC database, through {@link DatabaseMetaData}, read in the dialect the caller names. Best effort,
 * and it says so in a note: it sees tables, columns (type as the driver names it, nullability, default), primary
 * keys, foreign keys and indexes, but no CHECK constraints, UNIQUE constraints (their indexes show as unique
 * indexes), views' definitions, sequences, triggers or health facts. Drivers answer table by table, so it makes a
 * few queries per table, unlike the catalog introspectors.
 */
public final class JdbcMetadataIntrospector implements Introspector {

  private final Dialect dialect;

  public JdbcMetadataIntrospector(Dialect dialect) {
    this.dialect = requireNonNull(dialect, "no dialect given");
  }

  @Override
  public LiveDatabase read(Connection connection, String displayUrl, List<String> schemas) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    List<ObjectPath> paths = new ArrayList<>();
    for (String schemaName : schemas.isEmpty() ? java.util.Collections.<String>singletonList(null) : schemas) {
      try (ResultSet rows = meta.getTables(null, schemaName, "%", new String[] {"TABLE"})) {
        while (rows.next()) {
          paths.add(ObjectPath.of(Optional.ofNullable(rows.getString("TABLE_SCHEM")).orElse(""),
              rows.getString("TABLE_NAME")));
        }
      }
    }
    Schema schema = Schema.empty(dialect);
    for (ObjectPath path : paths) {
      schema = schema.withNamespace(path.parent().name()).withTable(table(meta, path));
    }
    String note = "read through JDBC metadata (" + meta.getDatabaseProductName() + "): no checks, unique"
        + " constraints, sequences, triggers or health facts";
    return new LiveDatabase(dialect, displayUrl, schema, LiveFacts.NONE, List.of(note));
  }

  private Table table(DatabaseMetaData meta, ObjectPath path) throws SQLException {
    String schemaName = path.parent().name().isEmpty() ? null : path.parent().name();
    Table table = Table.empty(path, Optional.empty());
    try (ResultSet rows = meta.getColumns(null, schemaName, path.name(), "%")) {
      while (rows.next()) {
        table = table.withColumn(new Column(path.child(rows.getString("COLUMN_NAME")), type(rows),
            rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
            Optional.ofNullable(rows.getString("COLUMN_DEF")), dev.plumb.core.model.ColumnGeneration.NONE,
            Optional.empty(), Optional.ofNullable(rows.getString("REMARKS")).filter(r -> !r.isEmpty()),
            Optional.empty()));
      }
    }
    TreeMap<Short, String> keyColumns = new TreeMap<>();
    String keyName = null;
    try (ResultSet rows = meta.getPrimaryKeys(null, schemaName, path.name())) {
      while (rows.next()) {
        keyColumns.put(rows.getShort("KEY_SEQ"), rows.getString("COLUMN_NAME"));
        keyName = rows.getString("PK_NAME");
      }
    }
    if (!keyColumns.isEmpty()) {
      table = table.withPrimaryKey(Optional.of(new PrimaryKey(Optional.ofNullable(keyName),
          List.copyOf(keyColumns.values()), Optional.empty())));
    }
    return table.withForeignKeys(foreignKeys(meta, path, schemaName)).withIndexes(indexes(meta, path, schemaName));
  }

  /** The driver's type name read in the dialect, with the size where the type takes one. */
  private DataType type(ResultSet rows) throws SQLException {
    String name = rows.getString("TYPE_NAME");
    int sqlType = rows.getInt("DATA_TYPE");
    boolean sized = sqlType == java.sql.Types.VARCHAR || sqlType == java.sql.Types.CHAR
        || sqlType == java.sql.Types.NUMERIC || sqlType == java.sql.Types.DECIMAL;
    if (sized && !name.contains("(") && rows.getInt("COLUMN_SIZE") > 0) {
      boolean decimal = sqlType == java.sql.Types.NUMERIC || sqlType == java.sql.Types.DECIMAL;
      name += "(" + rows.getInt("COLUMN_SIZE") + (decimal ? "," + rows.getInt("DECIMAL_DIGITS") : "") + ")";
    }
    return DataTypes.of(name, dialect);
  }

  private List<ForeignKey> foreignKeys(DatabaseMetaData meta, ObjectPath path, String schemaName)
      throws SQLException {
    Map<String, List<ResultRow>> byName = new LinkedHashMap<>();
    try (ResultSet rows = meta.getImportedKeys(null, schemaName, path.name())) {
      while (rows.next()) {
        String name = Optional.ofNullable(rows.getString("FK_NAME")).orElse("#" + rows.getString("PKTABLE_NAME"));
        byName.computeIfAbsent(name, n -> new ArrayList<>()).add(new ResultRow(rows.getString("FKCOLUMN_NAME"),
            rows.getString("PKCOLUMN_NAME"), Optional.ofNullable(rows.getString("PKTABLE_SCHEM")).orElse(""),
            rows.getString("PKTABLE_NAME"), rows.getShort("UPDATE_RULE"), rows.getShort("DELETE_RULE"),
            Optional.ofNullable(rows.getString("FK_NAME"))));
      }
    }
    List<ForeignKey> keys = new ArrayList<>();
    for (List<ResultRow> columns : byName.values()) {
      ResultRow first = columns.get(0);
      keys.add(new ForeignKey(first.name, columns.stream().map(r -> r.column).toList(),
          ObjectPath.of(first.referencedSchema, first.referencedTable),
          columns.stream().map(r -> r.referencedColumn).toList(), action(first.deleteRule),
          action(first.updateRule), true, Optional.empty()));
    }
    return keys;
  }

  private List<Index> indexes(DatabaseMetaData meta, ObjectPath path, String schemaName) throws SQLException {
    Map<String, Index> found = new LinkedHashMap<>();
    try (ResultSet rows = meta.getIndexInfo(null, schemaName, path.name(), false, true)) {
      while (rows.next()) {
        String name = rows.getString("INDEX_NAME");
        String column = rows.getString("COLUMN_NAME");
        if (name == null || rows.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
          continue;
        }
        Index index = found.getOrDefault(name, new Index(path.parent().child(name), path, List.of(),
            !rows.getBoolean("NON_UNIQUE"), Optional.ofNullable(rows.getString("FILTER_CONDITION")),
            Optional.empty(), true, Optional.empty()));
        List<IndexKey> keys = new ArrayList<>(index.keys());
        keys.add(column == null ? IndexKey.expression("") : new IndexKey(column, false,
            "D".equals(rows.getString("ASC_OR_DESC"))));
        found.put(name, index.withKeys(keys));
      }
    }
    return List.copyOf(found.values());
  }

  private static ReferentialAction action(short rule) {
    return switch (rule) {
      case DatabaseMetaData.importedKeyCascade -> ReferentialAction.CASCADE;
      case DatabaseMetaData.importedKeySetNull -> ReferentialAction.SET_NULL;
      case DatabaseMetaData.importedKeySetDefault -> ReferentialAction.SET_DEFAULT;
      case DatabaseMetaData.importedKeyRestrict -> ReferentialAction.RESTRICT;
      default -> ReferentialAction.NO_ACTION;
    };
  }

  private record ResultRow(String column, String referencedColumn, String referencedSchema, String referencedTable,
                           short updateRule, short deleteRule, Optional<String> name) {
  }
}
