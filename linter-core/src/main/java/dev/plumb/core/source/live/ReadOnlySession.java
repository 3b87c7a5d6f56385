package dev.plumb.core.source.live;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Runs work on a connection that cannot write: the connection is marked read-only, autocommit is off, and the
 * transaction is rolled back at the end whatever happened. PostgreSQL also gets a READ ONLY transaction (the
 * driver's read-only flag alone is a hint) and a statement timeout that ends with the transaction, so a lock on
 * a catalog cannot hold the run forever.
 */
public final class ReadOnlySession {

  /** Work that reads over JDBC. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private ReadOnlySession() {
  }

  /**
   * @param statementTimeout how long one statement may run; zero for no limit
   */
  public static <T> T run(Connection connection, Dialect dialect, Duration statementTimeout, Work<T> work)
      throws SQLException {
    requireNonNull(connection, "no connection given");
    requireNonNull(dialect, "no dialect given");
    requireNonNull(statementTimeout, "no statement timeout given");
    requireNonNull(work, "no work given");
    if (statementTimeout.isNegative()) {
      throw new IllegalArgumentException("negative statement timeout " + statementTimeout);
    }
    connection.setReadOnly(true);
    connection.setAutoCommit(false);
    try {
      if (dialect == Dialect.POSTGRESQL) {
        beginPostgres(connection, statementTimeout);
      }
      return work.run(connection);
    } finally {
      if (!connection.isClosed()) {
        connection.rollback();
      }
    }
  }

  private static void beginPostgres(Connection connection, Duration statementTimeout) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET TRANSACTION READ ONLY");
      // A number of milliseconds, never text from outside, so it can go into the statement as it is.
      statement.execute("SET LOCAL statement_timeout = " + statementTimeout.toMillis());
    }
  }
}
