package dev.plumb.core.source.live;

import static dev.plumb.core.source.live.CatalogQuery.IN_SCHEMAS;
import static dev.plumb.core.source.live.CatalogQuery.notFromExtension;
import static dev.plumb.core.source.live.CatalogQuery.strings;

import dev.plumb.core.model.DataType;
import dev.plumb.core.model.DataTypes;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.EnumType;
import dev.plumb.core.model.Extension;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Routine;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.Trigger;
import dev.plumb.core.model.View;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the objects beside the tables, one query per kind: schemas, views, enum types, functions, triggers and
 * extensions. What an extension created is left out, as a migration that runs CREATE EXTENSION declares none of
 * it; so is plpgsql, which every database has from its template.
 */
final class PostgresObjects {

  private static final String NAMESPACES = """
      SELECT n.nspname FROM pg_namespace n WHERE %s ORDER BY n.oid
      """.formatted(IN_SCHEMAS);

  private static final String VIEWS = """
      SELECT n.nspname, c.relname, c.relkind = 'm' AS materialized, pg_get_viewdef(c.oid, true) AS definition,
             obj_description(c.oid, 'pg_class') AS comment,
             ARRAY(SELECT a.attname FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0
                   AND NOT a.attisdropped ORDER BY a.attnum) AS columns
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('v', 'm') AND %s AND %s
      ORDER BY c.oid
      """.formatted(IN_SCHEMAS, notFromExtension("pg_class", "c.oid"));

  private static final String ENUMS = """
      SELECT n.nspname, t.typname,
             ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE t.typtype = 'e' AND %s AND %s
      ORDER BY t.oid
      """.formatted(IN_SCHEMAS, notFromExtension("pg_type", "t.oid"));

  private static final String ROUTINES = """
      SELECT n.nspname, p.proname, l.lanname, pg_get_function_result(p.oid) AS result,
             ARRAY(SELECT format_type(a.type, NULL) FROM unnest(p.proargtypes) WITH ORDINALITY a(type, ord)
                   ORDER BY a.ord) AS arguments
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
      WHERE p.prokind IN ('f', 'p') AND %s AND %s
      ORDER BY p.oid
      """.formatted(IN_SCHEMAS, notFromExtension("pg_proc", "p.oid"));

  private static final String TRIGGERS = """
      SELECT n.nspname, c.relname, t.tgname, t.tgtype, pn.nspname AS function_schema, p.proname
      FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_proc p ON p.oid = t.tgfoid JOIN pg_namespace pn ON pn.oid = p.pronamespace
      WHERE NOT t.tgisinternal AND %s
      ORDER BY t.oid
      """.formatted(IN_SCHEMAS);

  private static final String EXTENSIONS = """
      SELECT e.extname, e.extversion FROM pg_extension e WHERE e.extname <> 'plpgsql' ORDER BY e.oid
      """;

  /** Bits of {@code pg_trigger.tgtype}. */
  private static final int BEFORE = 1 << 1;
  private static final int INSERT = 1 << 2;
  private static final int DELETE = 1 << 3;
  private static final int UPDATE = 1 << 4;
  private static final int TRUNCATE = 1 << 5;
  private static final int INSTEAD = 1 << 6;

  private final CatalogQuery query;

  PostgresObjects(CatalogQuery query) {
    this.query = query;
  }

  Schema namespaces(Schema schema) throws SQLException {
    Schema[] result = {schema};
    query.forEachRow("pg_catalog.pg_namespace", "schema names not read", NAMESPACES,
        row -> result[0] = result[0].withNamespace(row.getString("nspname")));
    return result[0];
  }

  Schema views(Schema schema) throws SQLException {
    Schema[] result = {schema};
    query.forEachRow("views", "no views read", VIEWS, row -> result[0] = result[0].withView(new View(
        ObjectPath.of(row.getString("nspname"), row.getString("relname")), strings(row, "columns"),
        Optional.ofNullable(row.getString("definition")).map(String::strip), row.getBoolean("materialized"),
        Optional.ofNullable(row.getString("comment")), Optional.empty())));
    return result[0];
  }

  Schema enumTypes(Schema schema) throws SQLException {
    Schema[] result = {schema};
    query.forEachRow("pg_catalog.pg_enum", "no enum types read", ENUMS, row -> result[0] = result[0].withEnumType(
        new EnumType(ObjectPath.of(row.getString("nspname"), row.getString("typname")), strings(row, "labels"),
            Optional.empty())));
    return result[0];
  }

  Schema routines(Schema schema) throws SQLException {
    Schema[] result = {schema};
    query.forEachRow("pg_catalog.pg_proc", "no functions read", ROUTINES, row -> {
      List<String> arguments = strings(row, "arguments").stream().map(PostgresObjects::signatureType).toList();
      result[0] = result[0].withRoutine(new Routine(ObjectPath.of(row.getString("nspname"), row.getString("proname")),
          arguments, Optional.ofNullable(row.getString("result")).map(PostgresObjects::returnType),
          Optional.of(row.getString("lanname")), Optional.empty()));
    });
    return result[0];
  }

  Schema triggers(Schema schema) throws SQLException {
    Schema[] result = {schema};
    query.forEachRow("pg_catalog.pg_trigger", "no triggers read", TRIGGERS, row -> {
      ObjectPath table = ObjectPath.of(row.getString("nspname"), row.getString("relname"));
      int type = row.getInt("tgtype");
      String timing = (type & INSTEAD) != 0 ? "INSTEAD OF" : (type & BEFORE) != 0 ? "BEFORE" : "AFTER";
      List<String> events = new ArrayList<>();
      addIf(events, type, INSERT, "INSERT");
      addIf(events, type, UPDATE, "UPDATE");
      addIf(events, type, DELETE, "DELETE");
      addIf(events, type, TRUNCATE, "TRUNCATE");
      result[0] = result[0].withTrigger(new Trigger(table.child(row.getString("tgname")), table, timing, events,
          Optional.of(ObjectPath.of(row.getString("function_schema"), row.getString("proname"))), Optional.empty()));
    });
    return result[0];
  }

  Schema extensions(Schema schema) throws SQLException {
    Schema[] result = {schema};
    query.forEachRow("pg_catalog.pg_extension", "no extensions read", EXTENSIONS, row -> result[0] = result[0]
        .withExtension(new Extension(row.getString("extname"), Optional.ofNullable(row.getString("extversion")),
            Optional.empty())));
    return result[0];
  }

  private static void addIf(List<String> events, int type, int bit, String event) {
    if ((type & bit) != 0) {
      events.add(event);
    }
  }

  /** An argument type as the replay keeps it in a signature: the canonical name without length or precision. */
  private static String signatureType(String formatted) {
    DataType type = DataTypes.of(formatted, Dialect.POSTGRESQL);
    return DataType.of(type.name()).asArray(type.arrayDimensions()).toSql();
  }

  /** The result as the replay keeps it: canonical type names, SETOF kept, TABLE(...) as PostgreSQL shows it. */
  private static String returnType(String result) {
    if (result.startsWith("TABLE(")) {
      return result;
    }
    if (result.startsWith("SETOF ")) {
      return "SETOF " + DataTypes.of(result.substring("SETOF ".length()), Dialect.POSTGRESQL).toSql();
    }
    return DataTypes.of(result, Dialect.POSTGRESQL).toSql();
  }
}
