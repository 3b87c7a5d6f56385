package dev.plumb.core.source.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.testing.TestMariadb;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a MariaDB server refuses: the errors a caller turns into one clear line, and a partial read with a note. */
class MariadbFaultsTest {

  private final TestMariadb server = TestMariadb.server();

  @Test
  void wrongPasswordIsAnAuthenticationFailure() {
    String database = server.newDatabase();
    String user = newUser("right-secret", database);

    assertThatThrownBy(() -> DriverManager.getConnection(server.url(database, user, "wrong-secret")).close())
        .isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("28000"))
        .hasMessageContaining("Access denied");
  }

  @Test
  void unknownDatabaseIsRefused() {
    assertThatThrownBy(() -> DriverManager.getConnection(server.url("plumb_no_such_db", "root", "")).close())
        .isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(1049))
        .hasMessageContaining("plumb_no_such_db");
  }

  @Test
  void closedPortIsAConnectionFailure() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String url = "jdbc:mariadb://127.0.0.1:" + port + "/?user=root&connectTimeout=2000";

    assertThatThrownBy(() -> DriverManager.getConnection(url).close())
        .isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).startsWith("08"));
  }

  @Test
  void databaseTheUserMayNotSeeBecomesANote() throws SQLException {
    String allowed = server.newDatabase();
    String forbidden = server.newDatabase();
    server.execute("CREATE TABLE " + allowed + ".seen (id INT PRIMARY KEY)",
        "CREATE TABLE " + forbidden + ".hidden (id INT PRIMARY KEY)");
    String user = newUser("secret", allowed);

    LiveDatabase live;
    try (Connection connection = DriverManager.getConnection(server.url(allowed, user, "secret"))) {
      connection.setReadOnly(true);
      live = new MariadbIntrospector().read(connection, "jdbc:mariadb://test/" + allowed, List.of(allowed, forbidden));
    }

    assertThat(live.schema().tables().keySet()).containsExactly(ObjectPath.of("", "seen"));
    assertThat(live.notes()).singleElement().asString().contains(forbidden).contains("not read");
  }

  /** A user with a password and rights on one database, for the local and the TCP host alike. */
  private String newUser(String password, String database) {
    String user = "plumb_" + UUID.randomUUID().toString().substring(0, 8);
    for (String host : List.of("%", "localhost", "127.0.0.1")) {
      server.execute("CREATE USER '" + user + "'@'" + host + "' IDENTIFIED BY '" + password + "'",
          "GRANT SELECT ON " + database + ".* TO '" + user + "'@'" + host + "'");
    }
    return user;
  }
}
