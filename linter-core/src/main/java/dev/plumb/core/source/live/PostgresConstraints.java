package dev.plumb.core.source.live;

import static dev.plumb.core.source.live.CatalogQuery.IN_SCHEMAS;
import static dev.plumb.core.source.live.CatalogQuery.strings;

import dev.plumb.core.model.CheckConstraint;
import dev.plumb.core.model.ForeignKey;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.PrimaryKey;
import dev.plumb.core.model.ReferentialAction;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.UniqueConstraint;
import dev.plumb.core.model.live.LiveFacts.UnvalidatedConstraint;
import dev.plumb.core.source.SqlExpressions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads primary keys, unique constraints, foreign keys and checks in one query, and which of them were never
 * validated. Exclusion constraints are left out: the model has no place for them (their index is not listed
 * either, as a constraint's index is not, to match what the SQL replay builds).
 */
final class PostgresConstraints {

  private static final String CONSTRAINTS = """
      SELECT n.nspname, c.relname, con.conname, con.contype, con.convalidated,
             ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
                   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord) AS columns,
             fn.nspname AS referenced_schema, fc.relname AS referenced_table,
             ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
                   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord)
               AS referenced_columns,
             con.confdeltype, con.confupdtype,
             -- Only a check's text is read; deparsing every key and foreign key would double the query's time.
             CASE WHEN con.contype = 'c' THEN pg_get_constraintdef(con.oid) END AS definition
      FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_class fc ON fc.oid = con.confrelid LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
      WHERE con.contype IN ('p', 'u', 'f', 'c') AND c.relkind IN ('r', 'p') AND %s
        -- A foreign key to a partitioned table has a hidden copy per partition, on the same referencing table.
        AND NOT (con.conparentid <> 0
                 AND con.conrelid = (SELECT p.conrelid FROM pg_constraint p WHERE p.oid = con.conparentid))
      ORDER BY con.conrelid, con.oid
      """.formatted(IN_SCHEMAS);

  private PostgresConstraints() {
  }

  /** Adds the constraints to the tables read, and the unvalidated ones to the list. */
  static void read(CatalogQuery query, Map<ObjectPath, Table> tables, List<UnvalidatedConstraint> unvalidated)
      throws SQLException {
    query.forEachRow("pg_catalog.pg_constraint", "no keys or constraints read", CONSTRAINTS, row -> {
      ObjectPath path = ObjectPath.of(row.getString("nspname"), row.getString("relname"));
      Table table = tables.get(path);
      if (table == null) {
        return;
      }
      Optional<String> name = Optional.of(row.getString("conname"));
      boolean valid = row.getBoolean("convalidated");
      List<String> columns = strings(row, "columns");
      switch (row.getString("contype")) {
        case "p" -> table = table.withPrimaryKey(Optional.of(new PrimaryKey(name, columns, Optional.empty())));
        case "u" -> table = table.withUniqueConstraints(
            plus(table.uniqueConstraints(), new UniqueConstraint(name, columns, Optional.empty())));
        case "f" -> {
          table = table.withForeignKeys(plus(table.foreignKeys(), foreignKey(row, name, columns, valid)));
          if (!valid) {
            unvalidated.add(new UnvalidatedConstraint(path, name.get(), "FOREIGN KEY"));
          }
        }
        default -> {
          table = table.withChecks(plus(table.checks(),
              new CheckConstraint(name, checkExpression(row.getString("definition")), valid, Optional.empty())));
          if (!valid) {
            unvalidated.add(new UnvalidatedConstraint(path, name.get(), "CHECK"));
          }
        }
      }
      tables.put(path, table);
    });
  }

  private static ForeignKey foreignKey(ResultSet row, Optional<String> name, List<String> columns, boolean valid)
      throws SQLException {
    ObjectPath referenced = ObjectPath.of(row.getString("referenced_schema"), row.getString("referenced_table"));
    return new ForeignKey(name, columns, referenced, strings(row, "referenced_columns"),
        action(row.getString("confdeltype")), action(row.getString("confupdtype")), valid, Optional.empty());
  }

  private static ReferentialAction action(String code) {
    return switch (code) {
      case "r" -> ReferentialAction.RESTRICT;
      case "c" -> ReferentialAction.CASCADE;
      case "n" -> ReferentialAction.SET_NULL;
      case "d" -> ReferentialAction.SET_DEFAULT;
      default -> ReferentialAction.NO_ACTION;
    };
  }

  /** {@code CHECK ((price > 0)) NOT VALID} becomes {@code price > 0}, as the replay keeps a check's expression. */
  static String checkExpression(String definition) {
    String text = definition.strip();
    if (text.startsWith("CHECK ")) {
      text = text.substring("CHECK ".length());
    }
    for (String suffix : List.of(" NOT VALID", " NO INHERIT")) {
      if (text.endsWith(suffix)) {
        text = text.substring(0, text.length() - suffix.length());
      }
    }
    return SqlExpressions.unparenthesized(text);
  }

  private static <T> List<T> plus(List<T> list, T item) {
    List<T> longer = new ArrayList<>(list);
    longer.add(item);
    return longer;
  }
}
