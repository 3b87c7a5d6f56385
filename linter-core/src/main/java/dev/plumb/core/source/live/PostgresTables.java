package dev.plumb.core.source.live;

import static dev.plumb.core.source.live.CatalogQuery.IN_SCHEMAS;
import static dev.plumb.core.source.live.CatalogQuery.notFromExtension;

import dev.plumb.core.model.Column;
import dev.plumb.core.model.ColumnGeneration;
import dev.plumb.core.model.DataType;
import dev.plumb.core.model.DataTypes;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tables and their columns, in two queries. Partitioned tables and their partitions are all tables: a
 * partition is a table of its own in PostgreSQL, with its own indexes and constraints, and a migration declares
 * it with CREATE TABLE ... PARTITION OF.
 */
final class PostgresTables {

  private static final String TABLES = """
      SELECT n.nspname, c.relname, obj_description(c.oid, 'pg_class') AS comment
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND %s AND %s
      ORDER BY c.oid
      """.formatted(IN_SCHEMAS, notFromExtension("pg_class", "c.oid"));

  private static final String COLUMNS = """
      SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull,
             pg_get_expr(d.adbin, d.adrelid) AS expression, a.attidentity, a.attgenerated,
             ds.description AS comment
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      -- A join, not col_description(): that is a SQL function PostgreSQL runs once per column, a third of the
      -- query's time on 100,000 columns.
      LEFT JOIN pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_class'::regclass
        AND ds.objsubid = a.attnum
      WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND %s AND %s
      ORDER BY c.oid, a.attnum
      """.formatted(IN_SCHEMAS, notFromExtension("pg_class", "c.oid"));

  /** PostgreSQL shows a serial default as nextval('s'::regclass); the replay keeps it as nextval('s'). */
  private static final Pattern NEXTVAL_REGCLASS = Pattern.compile("nextval\\('((?:[^']|'')*)'::regclass\\)");

  /** A quoted literal cast to a type: PostgreSQL shows DEFAULT 'new' on an enum column as 'new'::status. */
  private static final Pattern CAST_LITERAL = Pattern.compile("('(?:[^']|'')*')::(.+)");

  private PostgresTables() {
  }

  /** The tables in catalog order (creation order, as long as oids have not wrapped), each with its columns. */
  static Map<ObjectPath, Table> read(CatalogQuery query) throws SQLException {
    Map<ObjectPath, Table> tables = new LinkedHashMap<>();
    query.forEachRow("pg_catalog.pg_class", "no tables read", TABLES, row -> {
      ObjectPath path = ObjectPath.of(row.getString("nspname"), row.getString("relname"));
      tables.put(path, Table.empty(path, Optional.empty()).withComment(Optional.ofNullable(row.getString("comment"))));
    });
    Map<ObjectPath, List<Column>> columns = new LinkedHashMap<>();
    // A database has few distinct types among many columns, and parsing a type's text is the costliest part of
    // reading a column.
    Map<String, DataType> types = new HashMap<>();
    query.forEachRow("pg_catalog.pg_attribute", "no columns read", COLUMNS, row -> {
      ObjectPath table = ObjectPath.of(row.getString("nspname"), row.getString("relname"));
      DataType type = types.computeIfAbsent(row.getString("type"), t -> DataTypes.of(t, Dialect.POSTGRESQL));
      columns.computeIfAbsent(table, t -> new ArrayList<>()).add(column(table, type, row));
    });
    columns.forEach((path, list) -> tables.computeIfPresent(path, (p, table) -> table.withColumns(list)));
    return tables;
  }

  private static Column column(ObjectPath table, DataType type, ResultSet row) throws SQLException {
    Optional<String> expression = Optional.ofNullable(row.getString("expression"));
    ColumnGeneration generation = generation(row.getString("attidentity"), row.getString("attgenerated"));
    boolean generated = generation == ColumnGeneration.STORED || generation == ColumnGeneration.VIRTUAL;
    Optional<String> defaultExpression = generated ? Optional.empty() : expression.map(e -> asReplayed(e, type));
    return new Column(table.child(row.getString("attname")), type, !row.getBoolean("attnotnull"), defaultExpression,
        generation, generated ? expression : Optional.empty(), Optional.ofNullable(row.getString("comment")),
        Optional.empty());
  }

  private static ColumnGeneration generation(String identity, String generated) {
    if ("a".equals(identity)) {
      return ColumnGeneration.IDENTITY_ALWAYS;
    }
    if ("d".equals(identity)) {
      return ColumnGeneration.IDENTITY_BY_DEFAULT;
    }
    if ("s".equals(generated)) {
      return ColumnGeneration.STORED;
    }
    // PostgreSQL 18 adds virtual generated columns.
    return "v".equals(generated) ? ColumnGeneration.VIRTUAL : ColumnGeneration.NONE;
  }

  /** A default in the form the SQL replay keeps for the same column, where the catalog's form differs. */
  static String asReplayed(String expression, DataType columnType) {
    Matcher cast = CAST_LITERAL.matcher(expression);
    if (cast.matches() && DataTypes.of(cast.group(2), Dialect.POSTGRESQL).name().equals(columnType.name())) {
      // The cast to the column's own type is PostgreSQL's addition; one to another type was written.
      return cast.group(1);
    }
    return NEXTVAL_REGCLASS.matcher(expression).replaceAll("nextval('$1')");
  }
}
