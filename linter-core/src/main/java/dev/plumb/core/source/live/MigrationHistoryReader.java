package dev.plumb.core.source.live;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.live.AppliedMigration;
import dev.plumb.core.model.live.AppliedMigration.Kind;
import dev.plumb.core.model.live.MigrationTool;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the migration history tables a live database holds (Flyway, golang-migrate, Rails or dbmate, goose,
 * Drizzle) into {@link AppliedMigration}s, read-only. A database without any has no history; a table that cannot
 * be read becomes a note.
 */
public final class MigrationHistoryReader {

  /** What was read, and what could not be. */
  public record History(List<AppliedMigration> applied, List<String> notes) {

    public History {
      applied = List.copyOf(requireNonNull(applied, "no applied migrations given"));
      notes = List.copyOf(requireNonNull(notes, "no notes given"));
    }
  }

  private MigrationHistoryReader() {
  }

  /**
   * @param connection open, in the caller's read-only session
   * @param schemas the schemas or databases read; empty for every non-system one
   */
  public static History read(Connection connection, Dialect dialect, List<String> schemas) throws SQLException {
    requireNonNull(connection, "no connection given");
    requireNonNull(dialect, "no dialect given");
    requireNonNull(schemas, "no schemas given");
    List<String> notes = new ArrayList<>();
    List<AppliedMigration> applied = new ArrayList<>();
    for (HistoryTables.Found table : HistoryTables.find(connection, dialect, schemas, notes)) {
      // In a PostgreSQL transaction a failed statement spoils every later one, so each table is read behind a
      // savepoint it can go back to.
      Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
      try {
        applied.addAll(rows(connection, table));
      } catch (SQLException e) {
        if (savepoint != null) {
          connection.rollback(savepoint);
        }
        notes.add("cannot read " + table.displayName() + " (" + firstLine(e.getMessage()) + "): the "
            + table.tool().displayName() + " migration history there is not checked");
      }
    }
    return new History(applied, notes);
  }

  private static List<AppliedMigration> rows(Connection connection, HistoryTables.Found table)
      throws SQLException {
    String from = " FROM " + table.qualifiedName();
    return switch (table.tool()) {
      case FLYWAY -> flyway(connection, "SELECT version, description, type, script, checksum, success"
          + (table.columns().contains("installed_on") ? ", installed_on" : "") + from + " ORDER BY installed_rank");
      case GOLANG_MIGRATE -> golangMigrate(connection, "SELECT version, dirty" + from);
      case RAILS -> versions(connection, "SELECT version" + from + " ORDER BY version", MigrationTool.RAILS);
      case GOOSE -> goose(connection, "SELECT version_id, is_applied" + from
          + (table.columns().contains("id") ? " ORDER BY id" : ""));
      case DRIZZLE -> drizzle(connection, "SELECT hash, created_at" + from
          + (table.columns().contains("id") ? " ORDER BY id" : ""));
    };
  }

  /**
   * One row per run; a {@code DELETE} row (left by {@code flyway repair}) and an undo take back what was
   * applied under that version or script, and Flyway's own schema-creation marker is no migration.
   */
  private static List<AppliedMigration> flyway(Connection connection, String sql) throws SQLException {
    Map<String, AppliedMigration> applied = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      boolean hasInstalledOn = rows.getMetaData().getColumnCount() > 6;
      while (rows.next()) {
        Optional<String> version = Optional.ofNullable(rows.getString("version"));
        String type = String.valueOf(rows.getString("type")).toUpperCase(Locale.ROOT);
        String script = rows.getString("script");
        String key = version.map(v -> "V" + v).orElse("R" + script);
        if (type.equals("SCHEMA")) {
          continue;
        }
        if (type.equals("DELETE") || type.startsWith("UNDO")) {
          applied.remove(key);
          continue;
        }
        int checksum = rows.getInt("checksum");
        Optional<String> sum = rows.wasNull() ? Optional.empty() : Optional.of(Integer.toString(checksum));
        Optional<Timestamp> on = hasInstalledOn ? installedOn(rows) : Optional.empty();
        Kind kind = type.equals("BASELINE") ? Kind.BASELINE : version.isEmpty() ? Kind.REPEATABLE : Kind.VERSIONED;
        applied.put(key, new AppliedMigration(version, String.valueOf(rows.getString("description")),
            Optional.ofNullable(script), sum, rows.getBoolean("success"), on.map(Timestamp::toInstant),
            MigrationTool.FLYWAY, kind));
      }
    }
    return List.copyOf(applied.values());
  }

  /** SQLite keeps Flyway's installed_on as text, which not every driver reads as a timestamp. */
  private static Optional<Timestamp> installedOn(ResultSet rows) throws SQLException {
    try {
      return Optional.ofNullable(rows.getTimestamp("installed_on"));
    } catch (SQLException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** golang-migrate keeps one row: the version the database is at, dirty if its migration failed halfway. */
  private static List<AppliedMigration> golangMigrate(Connection connection, String sql) throws SQLException {
    List<AppliedMigration> applied = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        long version = rows.getLong("version");
        boolean dirty = rows.getBoolean("dirty");
        // -1 is golang-migrate's "no version": every migration was taken down again.
        if (version >= 0 || dirty) {
          applied.add(new AppliedMigration(Optional.of(Long.toString(version)), "", Optional.empty(),
              Optional.empty(), !dirty, Optional.empty(), MigrationTool.GOLANG_MIGRATE, Kind.VERSIONED));
        }
      }
    }
    return applied;
  }

  private static List<AppliedMigration> versions(Connection connection, String sql, MigrationTool tool)
      throws SQLException {
    List<AppliedMigration> applied = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        applied.add(AppliedMigration.versionOnly(rows.getString(1).strip(), tool));
      }
    }
    return applied;
  }

  /**
   * goose logs every apply and rollback; the latest row of a version says whether it is applied. Version 0 is
   * the row goose writes when it creates the table.
   */
  private static List<AppliedMigration> goose(Connection connection, String sql) throws SQLException {
    Map<Long, Boolean> latest = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        long version = rows.getLong("version_id");
        boolean isApplied = rows.getBoolean("is_applied");
        latest.remove(version);
        latest.put(version, isApplied);
      }
    }
    return latest.entrySet().stream()
        .filter(e -> e.getKey() != 0 && e.getValue())
        .map(e -> AppliedMigration.versionOnly(Long.toString(e.getKey()), MigrationTool.GOOSE))
        .toList();
  }

  /** Drizzle keeps each migration's hash and its journal timestamp ({@code created_at}), no version or name. */
  private static List<AppliedMigration> drizzle(Connection connection, String sql) throws SQLException {
    List<AppliedMigration> applied = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        String createdAt = rows.getString("created_at");
        applied.add(new AppliedMigration(Optional.empty(), createdAt == null ? "" : "created_at " + createdAt,
            Optional.empty(), Optional.ofNullable(rows.getString("hash")), true, Optional.empty(),
            MigrationTool.DRIZZLE, Kind.VERSIONED));
      }
    }
    return applied;
  }

  private static String firstLine(String message) {
    String text = String.valueOf(message);
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
