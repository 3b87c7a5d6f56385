package dev.plumb.core.source.live;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.live.MigrationTool;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the migration tools' history tables in the schemas (or MySQL databases) read, through
 * {@link DatabaseMetaData} so that one way serves every database, and tells the tools that share a table name
 * apart by its columns.
 */
final class HistoryTables {

  /** Schemas and databases no tool keeps its history in. */
  private static final Set<String> SYSTEM = Set.of("information_schema", "pg_catalog", "mysql",
      "performance_schema", "sys");

  /** Drizzle keeps its table in a schema of its own on PostgreSQL, whichever schemas the application uses. */
  private static final String DRIZZLE_SCHEMA = "drizzle";

  /** A history table found: where it is, its columns in lower case, and the tool whose shape it has. */
  record Found(String qualifiedName, String displayName, Set<String> columns, MigrationTool tool) {
  }

  private HistoryTables() {
  }

  /**
   * @param schemas the schemas or databases asked for; empty for every non-system one
   * @param notes where a table of a known name but an unknown shape is mentioned
   */
  static List<Found> find(Connection connection, Dialect dialect, List<String> schemas, List<String> notes)
      throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String quote = meta.getIdentifierQuoteString().strip();
    List<Found> found = new ArrayList<>();
    for (String name : List.of("flyway_schema_history", "schema_migrations",
        "goose_db_version", "__drizzle_migrations")) {
      for (TableAt table : tablesNamed(meta, name)) {
        if (!wanted(table, name, dialect, schemas)) {
          continue;
        }
        Set<String> columns = columns(meta, table);
        String display = table.owner().map(o -> o + ".").orElse("") + table.name();
        String qualified = table.owner().filter(o -> dialect != Dialect.SQLITE)
            .map(o -> quoted(o, quote) + ".").orElse("") + quoted(table.name(), quote);
        Optional<MigrationTool> tool = toolOf(name, columns);
        tool.ifPresentOrElse(t -> found.add(new Found(qualified, display, columns, t)),
            () -> notes.add(display + " has columns " + columns + " that no known migration tool uses: "
                + "not read as a migration history"));
      }
    }
    return found;
  }

  private record TableAt(String catalog, String schema, String name) {

    /** What qualifies the name: the schema, or for MySQL and MariaDB (which call databases catalogs) the catalog. */
    Optional<String> owner() {
      return Optional.ofNullable(schema).or(() -> Optional.ofNullable(catalog));
    }
  }

  private static List<TableAt> tablesNamed(DatabaseMetaData meta, String name) throws SQLException {
    // Flyway quotes the name in lower case everywhere; an upper-case folding database may still hold it unquoted.
    Set<String> spellings = new LinkedHashSet<>(List.of(name, name.toUpperCase(Locale.ROOT)));
    String escape = meta.getSearchStringEscape();
    List<TableAt> tables = new ArrayList<>();
    for (String spelling : spellings) {
      String pattern = escape == null ? spelling : spelling.replace("_", escape + "_");
      try (ResultSet rows = meta.getTables(null, null, pattern, null)) {
        while (rows.next()) {
          String found = rows.getString("TABLE_NAME");
          String type = String.valueOf(rows.getString("TABLE_TYPE")).toUpperCase(Locale.ROOT);
          if (found.equals(spelling) && (type.contains("TABLE") && !type.contains("SYSTEM"))) {
            tables.add(new TableAt(rows.getString("TABLE_CAT"), rows.getString("TABLE_SCHEM"), found));
          }
        }
      }
    }
    return tables;
  }

  private static boolean wanted(TableAt table, String name, Dialect dialect, List<String> schemas) {
    Optional<String> owner = table.owner().map(o -> o.toLowerCase(Locale.ROOT));
    if (dialect == Dialect.SQLITE || owner.isEmpty()) {
      return true;
    }
    if (name.equals("__drizzle_migrations") && owner.get().equals(DRIZZLE_SCHEMA)) {
      return true;
    }
    if (schemas.isEmpty()) {
      return !SYSTEM.contains(owner.get()) && !owner.get().startsWith("pg_");
    }
    return schemas.stream().anyMatch(s -> s.equalsIgnoreCase(owner.get()));
  }

  private static Set<String> columns(DatabaseMetaData meta, TableAt table) throws SQLException {
    Set<String> columns = new LinkedHashSet<>();
    String escape = meta.getSearchStringEscape();
    String pattern = escape == null ? table.name() : table.name().replace("_", escape + "_");
    try (ResultSet rows = meta.getColumns(table.catalog(), table.schema(), pattern, "%")) {
      while (rows.next()) {
        if (rows.getString("TABLE_NAME").equals(table.name())) {
          columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
    }
    return columns;
  }

  private static Optional<MigrationTool> toolOf(String name, Set<String> columns) {
    return switch (name) {
      case "flyway_schema_history" -> has(columns, "installed_rank", "version", "description", "type", "script",
          "checksum", "success") ? Optional.of(MigrationTool.FLYWAY) : Optional.empty();
      case "schema_migrations" -> has(columns, "version", "dirty") ? Optional.of(MigrationTool.GOLANG_MIGRATE)
          : columns.equals(Set.of("version")) ? Optional.of(MigrationTool.RAILS) : Optional.empty();
      case "goose_db_version" -> has(columns, "version_id", "is_applied") ? Optional.of(MigrationTool.GOOSE)
          : Optional.empty();
      default -> has(columns, "hash", "created_at") ? Optional.of(MigrationTool.DRIZZLE) : Optional.empty();
    };
  }

  private static boolean has(Set<String> columns, String... names) {
    return columns.containsAll(List.of(names));
  }

  private static String quoted(String identifier, String quote) {
    return quote.isEmpty() ? identifier : quote + identifier.replace(quote, quote + quote) + quote;
  }
}
