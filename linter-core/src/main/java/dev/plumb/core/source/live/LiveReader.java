package dev.plumb.core.source.live;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a live database with the introspector for its dialect, then its migration history tables, in one
 * {@link ReadOnlySession}.
 */
public final class LiveReader {

  private LiveReader() {
  }

  /**
   * @param displayUrl the URL without password, for the result
   * @param schemas the schemas or databases to read; empty for every non-system one
   * @param statementTimeout how long one catalog query may run (PostgreSQL); zero for no limit
   * @throws SQLException when the database cannot be read, such as when the connection drops
   */
  public static LiveDatabase read(Connection connection, Dialect dialect, String displayUrl, List<String> schemas,
                                  Duration statementTimeout) throws SQLException {
    requireNonNull(dialect, "no dialect given");
    Introspector introspector = Introspectors.forDialect(dialect).orElseThrow(() -> new IllegalArgumentException(
        "no introspector for " + dialect + " databases yet"));
    return ReadOnlySession.run(connection, dialect, statementTimeout,
        c -> withHistory(introspector.read(c, displayUrl, schemas), c, schemas));
  }

  /** The database as read, with the migration history tables it holds. */
  static LiveDatabase withHistory(LiveDatabase database, Connection connection, List<String> schemas)
      throws SQLException {
    MigrationHistoryReader.History history = MigrationHistoryReader.read(connection, database.dialect(), schemas);
    List<String> notes = new ArrayList<>(database.notes());
    notes.addAll(history.notes());
    return new LiveDatabase(database.dialect(), database.displayUrl(), database.schema(),
        database.facts().withHistory(history.applied()), notes);
  }
}
