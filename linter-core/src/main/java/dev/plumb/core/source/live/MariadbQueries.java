package dev.plumb.core.source.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/** Runs one information_schema query over a list of databases, the databases bound as parameters. */
final class MariadbQueries {

  /** What to do with each row. */
  @FunctionalInterface
  interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  private final Connection connection;
  private final List<String> databases;

  MariadbQueries(Connection connection, List<String> databases) {
    this.connection = connection;
    this.databases = List.copyOf(databases);
  }

  /** Runs the SQL with {@code %s} replaced by the placeholders of the database list. */
  void forEach(String sqlTemplate, RowReader reader) throws SQLException {
    if (databases.isEmpty()) {
      return;
    }
    String placeholders = String.join(", ", Collections.nCopies(databases.size(), "?"));
    String sql = sqlTemplate.replace("%s", placeholders);
    int occurrences = (sqlTemplate.length() - sqlTemplate.replace("%s", "").length()) / 2;
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int at = 1;
      for (int i = 0; i < occurrences; i++) {
        for (String database : databases) {
          statement.setString(at++, database);
        }
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          reader.read(rows);
        }
      }
    }
  }
}
