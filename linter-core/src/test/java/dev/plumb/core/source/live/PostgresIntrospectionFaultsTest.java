package dev.plumb.core.source.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.testing.TestPostgres;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What goes wrong with a real server: an unknown database, a closed port, a connection ended by the server, a
 * user who may not read every catalog, and an attempt to write in the read-only session. A wrong password is not
 * tested: the embedded server trusts every local connection.
 */
class PostgresIntrospectionFaultsTest {

  @RegisterExtension
  final TestPostgres postgres = new TestPostgres();

  @Test
  void unknownDatabaseIsRefusedWithItsSqlState() {
    String url = "jdbc:postgresql://" + postgres.hostAndPort() + "/no_such_database?user=postgres";

    assertThatThrownBy(() -> DriverManager.getConnection(url).close()).isInstanceOf(SQLException.class)
        .hasMessageContaining("no_such_database")
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("3D000"));
  }

  @Test
  void closedPortIsAConnectionFailure() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/db?user=postgres&connectTimeout=2";

    assertThatThrownBy(() -> DriverManager.getConnection(url).close()).isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08001"));
  }

  @Test
  void connectionEndedByTheServerFailsTheRead() throws Exception {
    postgres.execute(PostgresIntrospectorTest.shopDdl());
    try (Connection connection = postgres.connect()) {
      int pid = backendPid(connection);

      assertThatThrownBy(() -> ReadOnlySession.run(connection, Dialect.POSTGRESQL, Duration.ofSeconds(30), c -> {
        try (Connection other = postgres.connect(); Statement statement = other.createStatement()) {
          statement.execute("SELECT pg_terminate_backend(" + pid + ")");
        }
        return new PostgresIntrospector().read(c, "db", List.of());
      })).isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).matches("57P01|08.*"));
    }
  }

  @Test
  void sessionCannotWrite() throws Exception {
    try (Connection connection = postgres.connect()) {
      assertThatThrownBy(() -> ReadOnlySession.run(connection, Dialect.POSTGRESQL, Duration.ofSeconds(30), c -> {
        try (Statement statement = c.createStatement()) {
          return statement.execute("CREATE TABLE written (id int)");
        }
      })).isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("25006"));
    }
  }

  @Test
  void statementTimeoutEndsALongQuery() throws Exception {
    try (Connection connection = postgres.connect()) {
      assertThatThrownBy(() -> ReadOnlySession.run(connection, Dialect.POSTGRESQL, Duration.ofMillis(200), c -> {
        try (Statement statement = c.createStatement()) {
          return statement.execute("SELECT pg_sleep(5)");
        }
      })).isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("57014"));
    }
  }

  @Test
  void sequencesTheUserMayNotReadBecomeNotes() throws Exception {
    postgres.execute(PostgresIntrospectorTest.shopDdl());
    String role = "reader_" + postgres.database().substring("plumb_test_".length());
    postgres.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'reader-pw'");
    try {
      LiveDatabase live = readAs(role);

      // Sequences are not readable by other roles until granted: every one gets a note, the rest is read.
      assertThat(live.schema().tables()).hasSize(5);
      assertThat(live.facts().sequences()).isEmpty();
      assertThat(live.notes())
          .contains("no privilege to read sequence public.invoice_numbers: its usage is not checked");

      postgres.execute("GRANT SELECT ON ALL SEQUENCES IN SCHEMA public, billing TO " + role);
      assertThat(readAs(role).facts().sequences()).extracting(u -> u.sequence())
          .contains(ObjectPath.of("public", "invoice_numbers"));
    } finally {
      postgres.execute("DROP OWNED BY " + role + "; DROP ROLE " + role);
    }
  }

  @Test
  void catalogTheUserMayNotReadBecomesANote() throws Exception {
    postgres.execute(PostgresIntrospectorTest.shopDdl());
    String role = "reader_" + postgres.database().substring("plumb_test_".length());
    postgres.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'reader-pw';"
        + " REVOKE SELECT ON pg_catalog.pg_sequences FROM PUBLIC");
    try {
      LiveDatabase live = readAs(role);

      assertThat(live.notes()).singleElement().asString()
          .startsWith("no privilege to read pg_catalog.pg_sequences")
          .endsWith(": sequence usage not checked");
      assertThat(live.facts().sequences()).isEmpty();
      // Everything read after the refused query is there: the savepoint kept the transaction usable.
      assertThat(live.schema().tables()).hasSize(5);
      assertThat(live.schema().sequences()).hasSize(5);
      assertThat(live.schema().views()).hasSize(1);
      assertThat(live.schema().triggers()).hasSize(1);
    } finally {
      postgres.execute("DROP OWNED BY " + role + "; DROP ROLE " + role);
    }
  }

  private LiveDatabase readAs(String role) throws SQLException {
    try (Connection connection = DriverManager.getConnection(postgres.url(role, "reader-pw"))) {
      return LiveReader.read(connection, Dialect.POSTGRESQL, "db", List.of(), Duration.ofSeconds(30));
    }
  }

  private static int backendPid(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
         ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
      row.next();
      return row.getInt(1);
    }
  }
}
