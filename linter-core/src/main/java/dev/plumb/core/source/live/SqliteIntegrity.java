package dev.plumb.core.source.live;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What SQLite's own checks find: {@code PRAGMA integrity_check} (damaged pages, rows missing from indexes) and
 * {@code PRAGMA foreign_key_check} (rows whose foreign key points at nothing, which SQLite lets in whenever
 * {@code foreign_keys} is off, its default). One line per problem, naming the table and rowid where there is one.
 */
final class SqliteIntegrity {

  /** Enough to act on; a database with a million orphans need not print them all. */
  static final int MAX_LINES = 100;

  private SqliteIntegrity() {
  }

  static List<String> problems(Connection connection, String schemaName) throws SQLException {
    List<String> problems = new ArrayList<>();
    String schema = SqliteNames.quoted(schemaName);
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("PRAGMA " + schema + ".integrity_check(" + MAX_LINES + ")")) {
      while (rows.next()) {
        String line = rows.getString(1);
        if (!"ok".equals(line)) {
          problems.add(schemaName + ": integrity_check: " + line);
        }
      }
    }
    String orphans = "SELECT k.\"table\", k.rowid, k.parent, (SELECT group_concat(f.\"from\", ', ') FROM"
        + " pragma_foreign_key_list(k.\"table\", " + SqliteNames.literal(schemaName) + ") f WHERE f.id = k.fkid)"
        + " FROM pragma_foreign_key_check(NULL, " + SqliteNames.literal(schemaName) + ") k";
    int found = 0;
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(orphans)) {
      while (rows.next()) {
        if (++found <= MAX_LINES) {
          String rowid = rows.getObject(2) == null ? "a row (WITHOUT ROWID)" : "rowid " + rows.getLong(2);
          problems.add(schemaName + "." + SqliteNames.folded(rows.getString(1)) + " " + rowid + ": foreign key ("
              + SqliteNames.folded(rows.getString(4)) + ") refers to no row of "
              + SqliteNames.folded(rows.getString(3)));
        }
      }
    }
    if (found > MAX_LINES) {
      problems.add(schemaName + ": " + (found - MAX_LINES) + " more rows whose foreign keys refer to nothing");
    }
    return problems;
  }
}
