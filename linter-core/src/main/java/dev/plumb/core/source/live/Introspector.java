package dev.plumb.core.source.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads a live database's schema and health facts into the model, for one kind of database. Implementations run
 * only catalog queries, in a few set-based statements (not one query per table), never write, and turn what
 * they may not read into notes rather than failures.
 */
public interface Introspector {

  /**
   * @param connection open, read-only, owned by the caller
   * @param displayUrl the URL without password, for the result
   * @param schemas the schemas (PostgreSQL, H2) or databases (MySQL, MariaDB) to read; empty for every
   *     non-system one (SQLite: main)
   */
  LiveDatabase read(Connection connection, String displayUrl, List<String> schemas) throws SQLException;
}
