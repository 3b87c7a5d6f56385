package dev.plumb.core.source.live;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.live.LiveFacts;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads MariaDB and MySQL from information_schema, a handful of set-based queries for all databases at once. The
 * database the connection is in gets the dialect's unnamed default schema, as unqualified names in a replayed
 * migration do; other databases keep their names. information_schema shows only what the user may see, so a
 * database asked for but not visible becomes a note, not a failure.
 */
public final class MariadbIntrospector implements Introspector {

  /** The server's own databases, left out unless asked for. */
  static final Set<String> SYSTEM_DATABASES = Set.of("mysql", "information_schema", "performance_schema", "sys");

  @Override
  public LiveDatabase read(Connection connection, String displayUrl, List<String> schemas) throws SQLException {
    requireNonNull(connection, "no connection given");
    requireNonNull(displayUrl, "no URL given");
    requireNonNull(schemas, "no schemas given");
    Dialect dialect = dialect(connection);
    List<String> notes = new ArrayList<>();
    List<String> databases = visibleDatabases(connection, schemas, notes);
    if (dialect == Dialect.MYSQL) {
      // MySQL 8 caches TABLES.AUTO_INCREMENT for a day by default; the counters must be current.
      setQuietly(connection, "SET SESSION information_schema_stats_expiry = 0");
    }
    String current = connection.getCatalog();
    MariadbTableReader tables = new MariadbTableReader(dialect, new MariadbQueries(connection, databases),
        database -> database.equals(current) ? dialect.defaultSchema() : database, notes);
    Schema schema = tables.read(Schema.empty(dialect));
    for (String database : databases) {
      if (!database.equals(current)) {
        schema = schema.withNamespace(database);
      }
    }
    schema = tables.readObjects(schema);
    LiveFacts facts = new LiveFacts(List.of(), List.of(), tables.autoIncrementUsage(), List.of());
    return new LiveDatabase(dialect, displayUrl, schema, facts, notes);
  }

  private static Dialect dialect(Connection connection) throws SQLException {
    String version = connection.getMetaData().getDatabaseProductVersion();
    return version != null && version.toLowerCase(Locale.ROOT).contains("mariadb") ? Dialect.MARIADB : Dialect.MYSQL;
  }

  /** The databases asked for (or all but the system ones) that the user can see; the others as notes. */
  private static List<String> visibleDatabases(Connection connection, List<String> wanted, List<String> notes)
      throws SQLException {
    Set<String> visible = new LinkedHashSet<>();
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery(
             "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA ORDER BY SCHEMA_NAME")) {
      while (rows.next()) {
        visible.add(rows.getString(1));
      }
    }
    if (wanted.isEmpty()) {
      return visible.stream().filter(d -> !SYSTEM_DATABASES.contains(d.toLowerCase(Locale.ROOT))).toList();
    }
    List<String> found = new ArrayList<>();
    for (String database : wanted) {
      if (visible.contains(database)) {
        found.add(database);
      } else {
        notes.add("database " + database + " does not exist or the user may not see it: not read");
      }
    }
    return found;
  }

  private static void setQuietly(Connection connection, String sql) {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      // Servers before 8.0 have no such cache and no such variable.
    }
  }
}
