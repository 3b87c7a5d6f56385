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
import dev.plumb.core.model.Sequence;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.Trigger;
import dev.plumb.core.model.UniqueConstraint;
import dev.plumb.core.model.View;
import dev.plumb.core.model.live.LiveFacts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * H2 2.x from its INFORMATION_SCHEMA, one query per kind of object for all schemas at once. Names are as H2
 * stores them (unquoted ones upper case); the default is every schema but INFORMATION_SCHEMA.
 *
 * <p>Where H2 names a constraint itself ({@code CONSTRAINT_5A}) the constraint is read as unnamed, as the DDL
 * wrote it. Indexes H2 makes for its constraints are not listed as indexes. Types come back as the replay reads
 * the declared ones ({@link H2Types}). Identity columns' sequences are H2's own and not shown.
 */
public final class H2Introspector implements Introspector {

  private static final Pattern GENERATED_NAME = Pattern.compile("CONSTRAINT_[0-9A-F]+");
  private static final String IN_SCHEMAS = " IN (SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA"
      + " WHERE SCHEMA_NAME <> 'INFORMATION_SCHEMA' AND (? = 0 OR ARRAY_CONTAINS(?, SCHEMA_NAME)))";

  private static final String COLUMNS = "SELECT c.TABLE_SCHEMA, c.TABLE_NAME, t.REMARKS, c.COLUMN_NAME,"
      + " c.DATA_TYPE, c.DECLARED_DATA_TYPE, c.CHARACTER_MAXIMUM_LENGTH, c.DECLARED_NUMERIC_PRECISION,"
      + " c.DECLARED_NUMERIC_SCALE, c.DATETIME_PRECISION, c.IS_NULLABLE, c.COLUMN_DEFAULT, c.IS_IDENTITY,"
      + " c.IDENTITY_GENERATION, c.IS_GENERATED, c.GENERATION_EXPRESSION, c.REMARKS"
      + " FROM INFORMATION_SCHEMA.COLUMNS c JOIN INFORMATION_SCHEMA.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA"
      + " AND t.TABLE_NAME = c.TABLE_NAME WHERE t.TABLE_TYPE = 'BASE TABLE' AND c.TABLE_SCHEMA" + IN_SCHEMAS
      + " ORDER BY c.TABLE_SCHEMA, c.TABLE_NAME, c.ORDINAL_POSITION";
  private static final String KEYS = "SELECT tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME,"
      + " tc.CONSTRAINT_TYPE, k.COLUMN_NAME, rk.TABLE_SCHEMA, rk.TABLE_NAME, rk.COLUMN_NAME, r.UPDATE_RULE,"
      + " r.DELETE_RULE, cc.CHECK_CLAUSE"
      + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
      + " LEFT JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
      + " AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
      + " LEFT JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
      + " AND r.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
      + " LEFT JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE rk ON rk.CONSTRAINT_SCHEMA = r.UNIQUE_CONSTRAINT_SCHEMA"
      + " AND rk.CONSTRAINT_NAME = r.UNIQUE_CONSTRAINT_NAME AND rk.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT"
      + " LEFT JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
      + " AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
      + " WHERE tc.TABLE_SCHEMA" + IN_SCHEMAS
      + " ORDER BY tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION";
  private static final String INDEXES = "SELECT i.TABLE_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME,"
      + " c.COLUMN_NAME, c.ORDERING_SPECIFICATION FROM INFORMATION_SCHEMA.INDEXES i"
      + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME"
      + " WHERE NOT i.IS_GENERATED AND i.TABLE_SCHEMA" + IN_SCHEMAS
      + " ORDER BY i.TABLE_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, c.ORDINAL_POSITION";
  private static final String SEQUENCES = "SELECT SEQUENCE_SCHEMA, SEQUENCE_NAME, DATA_TYPE, START_VALUE,"
      + " INCREMENT, MAXIMUM_VALUE, BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA"
      + IN_SCHEMAS + " ORDER BY SEQUENCE_SCHEMA, SEQUENCE_NAME";
  private static final String VIEWS = "SELECT v.TABLE_SCHEMA, v.TABLE_NAME, v.VIEW_DEFINITION, t.REMARKS"
      + " FROM INFORMATION_SCHEMA.VIEWS v JOIN INFORMATION_SCHEMA.TABLES t ON t.TABLE_SCHEMA = v.TABLE_SCHEMA"
      + " AND t.TABLE_NAME = v.TABLE_NAME WHERE v.TABLE_SCHEMA" + IN_SCHEMAS
      + " ORDER BY v.TABLE_SCHEMA, v.TABLE_NAME";
  private static final String TRIGGERS = "SELECT EVENT_OBJECT_SCHEMA, EVENT_OBJECT_TABLE, TRIGGER_NAME,"
      + " ACTION_TIMING, EVENT_MANIPULATION FROM INFORMATION_SCHEMA.TRIGGERS WHERE EVENT_OBJECT_SCHEMA"
      + IN_SCHEMAS + " ORDER BY TRIGGER_SCHEMA, TRIGGER_NAME";

  @Override
  public LiveDatabase read(Connection connection, String displayUrl, List<String> schemas) throws SQLException {
    Map<ObjectPath, Table> tables = new LinkedHashMap<>();
    Schema schema = Schema.empty(Dialect.H2);
    try (ResultSet rows = query(connection, COLUMNS, schemas)) {
      while (rows.next()) {
        ObjectPath path = ObjectPath.of(rows.getString(1), rows.getString(2));
        Optional<String> remarks = text(rows.getString(3));
        Table table = tables.computeIfAbsent(path, p -> Table.empty(p, Optional.empty()).withComment(remarks));
        tables.put(path, table.withColumn(column(path, rows)));
      }
    }
    constraints(connection, schemas, tables);
    indexes(connection, schemas, tables);
    for (Table table : tables.values()) {
      schema = schema.withNamespace(table.schema()).withTable(table);
    }
    List<LiveFacts.SequenceUsage> usage = new ArrayList<>();
    try (ResultSet rows = query(connection, SEQUENCES, schemas)) {
      while (rows.next()) {
        ObjectPath path = ObjectPath.of(rows.getString(1), rows.getString(2));
        DataType type = H2Types.type(rows.getString(3), null, null, null, null, null);
        long start = rows.getLong(4);
        long increment = rows.getLong(5);
        long max = rows.getLong(6);
        long next = rows.getLong(7);
        schema = schema.withSequence(new Sequence(path, Optional.of(type), Optional.of(start),
            Optional.of(increment), Optional.of(max), Optional.empty(), Optional.empty()));
        // H2 keeps the next value to hand out; still at the start, none was handed out yet.
        Optional<Long> last = next == start ? Optional.empty() : Optional.of(next - increment);
        usage.add(new LiveFacts.SequenceUsage(path, type.name(), last, max, Optional.empty()));
      }
    }
    try (ResultSet rows = query(connection, VIEWS, schemas)) {
      while (rows.next()) {
        schema = schema.withView(new View(ObjectPath.of(rows.getString(1), rows.getString(2)), List.of(),
            text(rows.getString(3)), false, text(rows.getString(4)), Optional.empty()));
      }
    }
    try (ResultSet rows = query(connection, TRIGGERS, schemas)) {
      while (rows.next()) {
        ObjectPath table = ObjectPath.of(rows.getString(1), rows.getString(2));
        List<String> events = List.of(rows.getString(5).split(",\\s*"));
        schema = schema.withTrigger(new Trigger(table.child(rows.getString(3)), table, rows.getString(4), events,
            Optional.empty(), Optional.empty()));
      }
    }
    return new LiveDatabase(Dialect.H2, displayUrl, schema, new LiveFacts(List.of(), List.of(), usage, List.of()),
        List.of());
  }

  private static Column column(ObjectPath table, ResultSet rows) throws SQLException {
    DataType type = H2Types.type(rows.getString(5), rows.getString(6), (Long) rows.getObject(7),
        (Integer) rows.getObject(8), (Integer) rows.getObject(9), (Integer) rows.getObject(10));
    ColumnGeneration generation = ColumnGeneration.NONE;
    Optional<String> expression = Optional.empty();
    if ("YES".equals(rows.getString(13))) {
      generation = "ALWAYS".equals(rows.getString(14)) ? ColumnGeneration.IDENTITY_ALWAYS
          : ColumnGeneration.IDENTITY_BY_DEFAULT;
    } else if ("ALWAYS".equals(rows.getString(15))) {
      // H2 computes a generated column on write and says nothing of storage: VIRTUAL is what its DDL reads as.
      generation = ColumnGeneration.VIRTUAL;
      expression = text(rows.getString(16));
    }
    return new Column(table.child(rows.getString(4)), type, "YES".equals(rows.getString(11)),
        text(rows.getString(12)), generation, expression, text(rows.getString(17)), Optional.empty());
  }

  private static void constraints(Connection connection, List<String> schemas, Map<ObjectPath, Table> tables)
      throws SQLException {
    Map<List<String>, ConstraintRead> found = new LinkedHashMap<>();
    try (ResultSet rows = query(connection, KEYS, schemas)) {
      while (rows.next()) {
        ObjectPath table = ObjectPath.of(rows.getString(1), rows.getString(2));
        String name = rows.getString(3);
        ConstraintRead constraint = found.computeIfAbsent(List.of(table.toString(), name),
            k -> new ConstraintRead(table, name));
        constraint.kind = rows.getString(4);
        Optional.ofNullable(rows.getString(5)).ifPresent(constraint.columns::add);
        if (rows.getString(6) != null) {
          constraint.referencedTable = ObjectPath.of(rows.getString(6), rows.getString(7));
          constraint.referencedColumns.add(rows.getString(8));
        }
        constraint.onUpdate = ReferentialAction.fromText(rows.getString(9)).orElse(ReferentialAction.NO_ACTION);
        constraint.onDelete = ReferentialAction.fromText(rows.getString(10)).orElse(ReferentialAction.NO_ACTION);
        constraint.check = rows.getString(11);
      }
    }
    for (ConstraintRead c : found.values()) {
      Table table = tables.get(c.table);
      if (table == null) {
        continue;
      }
      Optional<String> name = GENERATED_NAME.matcher(c.name).matches() ? Optional.empty() : Optional.of(c.name);
      switch (c.kind) {
        case "PRIMARY KEY" -> table = table.withPrimaryKey(Optional.of(
            new PrimaryKey(name, c.columns, Optional.empty())));
        case "UNIQUE" -> table = table.withUniqueConstraints(plus(table.uniqueConstraints(),
            new UniqueConstraint(name, c.columns, Optional.empty())));
        case "FOREIGN KEY" -> table = table.withForeignKeys(plus(table.foreignKeys(), new ForeignKey(name,
            c.columns, c.referencedTable, c.referencedColumns, c.onDelete, c.onUpdate, true, Optional.empty())));
        case "CHECK" -> table = table.withChecks(plus(table.checks(),
            new CheckConstraint(name, c.check == null ? "" : c.check, true, Optional.empty())));
        default -> {
          // H2 has no other kinds today; a future one is left out rather than misread.
        }
      }
      tables.put(c.table, table);
    }
  }

  private static void indexes(Connection connection, List<String> schemas, Map<ObjectPath, Table> tables)
      throws SQLException {
    Map<ObjectPath, Index> found = new LinkedHashMap<>();
    try (ResultSet rows = query(connection, INDEXES, schemas)) {
      while (rows.next()) {
        ObjectPath table = ObjectPath.of(rows.getString(1), rows.getString(2));
        ObjectPath path = ObjectPath.of(rows.getString(1), rows.getString(3));
        boolean unique = rows.getString(4).startsWith("UNIQUE");
        Index index = found.getOrDefault(path, new Index(path, table, List.of(), unique, Optional.empty(),
            Optional.empty(), true, Optional.empty()));
        IndexKey key = new IndexKey(rows.getString(5), false, "DESC".equals(rows.getString(6)));
        found.put(path, index.withKeys(plus(index.keys(), key)));
      }
    }
    for (Index index : found.values()) {
      tables.computeIfPresent(index.table(), (p, t) -> t.withIndexes(plus(t.indexes(), index)));
    }
  }

  private static ResultSet query(Connection connection, String sql, List<String> schemas) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    statement.closeOnCompletion();
    statement.setInt(1, schemas.size());
    statement.setArray(2, connection.createArrayOf("VARCHAR", schemas.toArray()));
    return statement.executeQuery();
  }

  private static Optional<String> text(String value) {
    return Optional.ofNullable(value).filter(v -> !v.isEmpty());
  }

  private static <T> List<T> plus(List<T> list, T item) {
    List<T> longer = new ArrayList<>(list);
    longer.add(item);
    return longer;
  }

  private static final class ConstraintRead {
    final ObjectPath table;
    final String name;
    String kind = "";
    String check;
    ObjectPath referencedTable;
    ReferentialAction onUpdate = ReferentialAction.NO_ACTION;
    ReferentialAction onDelete = ReferentialAction.NO_ACTION;
    final List<String> columns = new ArrayList<>();
    final List<String> referencedColumns = new ArrayList<>();

    ConstraintRead(ObjectPath table, String name) {
      this.table = table;
      this.name = name;
    }
  }
}
