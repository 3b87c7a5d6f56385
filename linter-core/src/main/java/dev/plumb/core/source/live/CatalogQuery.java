package dev.plumb.core.source.live;

import static java.util.Objects.requireNonNull;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;

/**
 * Runs PostgreSQL catalog queries restricted to the schemas asked for, and turns a query the user may not run
 * into a note: in a transaction a failed statement would abort everything after it, so each query runs behind a
 * savepoint it can roll back to.
 */
final class CatalogQuery {

  /** SQLSTATE insufficient_privilege. */
  private static final String NO_PRIVILEGE = "42501";

  /**
   * The condition on {@code n.nspname} every query uses; each {@code ?} is bound to the array of schema names, and
   * an empty array means every schema but the system ones.
   */
  static final String IN_SCHEMAS = "(n.nspname = ANY(?::text[]) OR (cardinality(?::text[]) = 0"
      + " AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
      + " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'))";

  /** Leaves out what an extension created ({@code pg_depend} type 'e'); the object's oid is {@code oid}. */
  static String notFromExtension(String catalog, String oid) {
    return "NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '" + catalog + "'::regclass AND e.objid = "
        + oid + " AND e.deptype = 'e')";
  }

  /** Reads one row; may throw, as JDBC getters do. */
  @FunctionalInterface
  interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  private final Connection connection;
  private final List<String> schemas;
  private final List<String> notes;

  CatalogQuery(Connection connection, List<String> schemas, List<String> notes) {
    this.connection = requireNonNull(connection, "no connection given");
    this.schemas = List.copyOf(schemas);
    this.notes = notes;
  }

  /**
   * Runs the query and hands every row to the reader.
   *
   * @param what what the query reads, for the note, e.g. "pg_catalog.pg_sequences"
   * @param consequence what goes unchecked without it, for the note
   * @return false if the user had no privilege for it (a note says so), true if it ran
   */
  boolean forEachRow(String what, String consequence, String sql, RowReader reader) throws SQLException {
    Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      Array names = connection.createArrayOf("text", schemas.toArray());
      long parameters = sql.chars().filter(c -> c == '?').count();
      for (int i = 1; i <= parameters; i++) {
        statement.setArray(i, names);
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          reader.read(rows);
        }
      }
    } catch (SQLException e) {
      if (!NO_PRIVILEGE.equals(e.getSQLState())) {
        throw e;
      }
      if (savepoint != null) {
        connection.rollback(savepoint);
      }
      notes.add("no privilege to read " + what + " (" + firstLine(e.getMessage()) + "): " + consequence);
      return false;
    }
    if (savepoint != null) {
      connection.releaseSavepoint(savepoint);
    }
    return true;
  }

  private static String firstLine(String message) {
    String text = message == null ? "" : message.strip();
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  /** The text array in the column as a list; empty for SQL NULL. */
  static List<String> strings(ResultSet row, String column) throws SQLException {
    Array array = row.getArray(column);
    if (array == null) {
      return List.of();
    }
    Object[] values = (Object[]) array.getArray();
    return java.util.Arrays.stream(values).map(v -> v == null ? "" : v.toString()).toList();
  }

  /** The boolean array in the column as a list; empty for SQL NULL. */
  static List<Boolean> booleans(ResultSet row, String column) throws SQLException {
    Array array = row.getArray(column);
    if (array == null) {
      return List.of();
    }
    return java.util.Arrays.stream((Object[]) array.getArray()).map(Boolean.TRUE::equals).toList();
  }
}
