package dev.plumb.core.source.sql;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.util.TablesNamesFinder;

/** The tables and views a view's query reads, which must exist when the view is created. */
final class ViewSources {

  private static final Set<String> SYSTEM_SCHEMAS = Set.of("pg_catalog", "information_schema", "mysql",
      "performance_schema", "sys");

  private ViewSources() {
  }

  /**
   * The relations the query names in FROM and JOIN, in its subqueries too; names of its WITH queries and table
   * functions are not relations. Empty where JSqlParser's finder does not support a construct of the query.
   */
  static List<ObjectPath> tablesRead(Select query, Names names) {
    try {
      Set<String> found = new TablesNamesFinder<Void>().getTables((net.sf.jsqlparser.statement.Statement) query);
      return found.stream().map(names::qualified).distinct().toList();
    } catch (RuntimeException e) {
      // The finder throws on constructs it does not cover; the view is then not checked.
      return List.of();
    }
  }

  /** Catalog relations every database has, which no migration creates. */
  static boolean isSystem(ObjectPath relation, Dialect dialect) {
    String schema = relation.parent().name().toLowerCase(Locale.ROOT);
    String name = relation.name().toLowerCase(Locale.ROOT);
    return SYSTEM_SCHEMAS.contains(schema) || name.startsWith("pg_") || name.startsWith("sqlite_")
        || name.equals("dual");
  }
}
