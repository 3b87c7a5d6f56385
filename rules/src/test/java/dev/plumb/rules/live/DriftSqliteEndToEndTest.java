package dev.plumb.rules.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Rule;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.source.live.LiveDatabase;
import dev.plumb.core.source.live.SqliteIntrospector;
import dev.plumb.core.testing.RuleTester;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrations applied to a real SQLite file, the database then changed by hand as people do in production,
 * read back with the SQLite introspector: each drift rule finds exactly the change it is about.
 */
class DriftSqliteEndToEndTest {

  private static final String V1 = """
      CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        email TEXT NOT NULL,
        status TEXT DEFAULT 'active'
      );
      CREATE UNIQUE INDEX users_email_idx ON users (email);
      """;
  private static final String V2 = """
      CREATE TABLE orders (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users (id),
        total NUMERIC(10,2)
      );
      CREATE INDEX orders_user_idx ON orders (user_id);
      """;

  @TempDir
  Path directory;

  @Test
  void aDatabaseMigratedAndNotTouchedHasNoDrift() throws SQLException {
    LiveDatabase live = migratedAnd();

    for (Rule rule : allDriftRules()) {
      assertThat(migrations(RuleTester.of(rule), V1, V2).live(live.schema(), live.facts()).check())
          .as(rule.getClass().getSimpleName()).isEmpty();
    }
  }

  @Test
  void aColumnAddedByHandIsReportedAtItsTable() throws SQLException {
    LiveDatabase live = migratedAnd("ALTER TABLE users ADD COLUMN nickname TEXT");

    List<Finding> findings = migrations(RuleTester.of(new DriftUnexpectedColumn()),
        "-- expect: drift-unexpected-column\n" + V1, V2).live(live.schema(), live.facts()).check();

    assertThat(findings.get(0).location().object()).contains(ObjectPath.of("main", "users", "nickname"));
    assertThat(findings.get(0).remediations().get(0).sql()).contains("ALTER TABLE users ADD COLUMN nickname text;");
  }

  @Test
  void anIndexDroppedByHandIsReportedAtItsCreateIndex() throws SQLException {
    LiveDatabase live = migratedAnd("DROP INDEX orders_user_idx");

    List<Finding> findings = migrations(RuleTester.of(new DriftMissingIndex()), V1,
        V2.replace("CREATE INDEX", "-- expect: drift-missing-index\nCREATE INDEX"))
        .live(live.schema(), live.facts()).check();

    assertThat(findings.get(0).remediations().get(0).sql())
        .contains("CREATE INDEX orders_user_idx ON orders (user_id);");
  }

  @Test
  void aTableAndAnIndexCreatedByHandAreReported() throws SQLException {
    LiveDatabase live = migratedAnd("CREATE TABLE report_cache (id INTEGER PRIMARY KEY, body TEXT)",
        "CREATE INDEX orders_total_idx ON orders (total)");

    migrations(RuleTester.of(new DriftUnexpectedTable()), "-- expect-file: drift-unexpected-table\n" + V1, V2)
        .live(live.schema(), live.facts()).check();
    migrations(RuleTester.of(new DriftUnexpectedIndex()), V1, "-- expect: drift-unexpected-index\n" + V2)
        .live(live.schema(), live.facts()).check();
  }

  @Test
  void aMigrationNeverAppliedLeavesItsTableMissing() throws SQLException {
    LiveDatabase live = read(database(V1));

    migrations(RuleTester.of(new DriftMissingTable()), V1, "-- expect: drift-missing-table\n" + V2)
        .live(live.schema(), live.facts()).check();
    migrations(RuleTester.of(new DriftMissingIndex()), V1, V2).live(live.schema(), live.facts()).check();
  }

  /** The two migrations, with the expect markers of the test; the run is in SQLite's dialect. */
  private static RuleTester migrations(RuleTester tester, String v1, String v2) {
    return tester.dialect(Dialect.SQLITE).migration("V1__users.sql", v1).migration("V2__orders.sql", v2);
  }

  private static List<Rule> allDriftRules() {
    return List.of(new DriftMissingTable(), new DriftMissingColumn(), new DriftMissingIndex(),
        new DriftUnexpectedTable(), new DriftUnexpectedColumn(), new DriftUnexpectedIndex(), new DriftColumnType(),
        new DriftColumnNullability(), new DriftColumnDefault());
  }

  /** A database with both migrations applied, then these statements run by hand, read back. */
  private LiveDatabase migratedAnd(String... byHand) throws SQLException {
    String url = database(V1, V2);
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
      for (String sql : byHand) {
        statement.execute(sql);
      }
    }
    return read(url);
  }

  private String database(String... migrations) throws SQLException {
    String url = "jdbc:sqlite:" + directory.resolve("app.db");
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
      for (String migration : migrations) {
        for (String sql : migration.split(";")) {
          if (!sql.isBlank()) {
            statement.execute(sql);
          }
        }
      }
    }
    return url;
  }

  private static LiveDatabase read(String url) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url)) {
      return new SqliteIntrospector().read(connection, url, List.of());
    }
  }
}
