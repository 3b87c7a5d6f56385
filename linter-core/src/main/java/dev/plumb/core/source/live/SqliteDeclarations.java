package dev.plumb.core.source.live;

import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Schema;
import dev.plumb.core.source.sql.ReplayResult;
import dev.plumb.core.source.sql.SqlReplayer;
import dev.plumb.core.source.sql.SqlSourceFile;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What only the CREATE statements SQLite stores in {@code sqlite_schema} say: the pragmas give no CHECK
 * constraints, constraint names, generation expressions, index expressions or predicates, and nothing about views
 * and triggers beyond their SQL. That SQL is replayed as a migration would be, so these parts read exactly as the
 * replay reads them; everything the pragmas do give is taken from the pragmas.
 */
final class SqliteDeclarations {

  private SqliteDeclarations() {
  }

  /** The stored SQL replayed, with a note for each statement the replay could not read. */
  static Schema read(Connection connection, String schemaName, List<String> notes) throws SQLException {
    StringBuilder sql = new StringBuilder();
    String query = "SELECT sql FROM " + SqliteNames.quoted(schemaName) + ".sqlite_schema"
        + " WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid";
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
      while (rows.next()) {
        sql.append(rows.getString(1)).append(";\n");
      }
    }
    ReplayResult replayed = new SqlReplayer(Dialect.SQLITE)
        .replay(List.of(new SqlSourceFile(schemaName + ".sqlite_schema", sql.toString())));
    List<String> unread = new ArrayList<>();
    for (SourceProblem problem : replayed.problems()) {
      if (problem.kind().equals(SourceProblem.SQL_PARSE_ERROR)) {
        unread.add("stored SQL of " + schemaName + " not fully read (checks, triggers or views may be missing): "
            + problem.message());
      }
    }
    notes.addAll(unread);
    return replayed.schema();
  }
}
