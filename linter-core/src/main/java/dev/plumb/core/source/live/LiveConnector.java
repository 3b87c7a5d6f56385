package dev.plumb.core.source.live;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.source.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Opens the live database a run checks, read-only, and reads it with the introspector for its kind. Transient
 * failures (nothing listening yet, an attempt timing out) are retried with exponential backoff; the rest, and
 * the last transient one, stop the run with one line that names the URL without its password.
 */
public final class LiveConnector {

  /** Waits between attempts; a parameter so tests need not sleep. */
  @FunctionalInterface
  public interface Pause {
    void sleep(Duration duration) throws InterruptedException;
  }

  /** SQLite's SQLITE_OPEN_READONLY: without it sqlite-jdbc would create a missing file and open it for writing. */
  private static final String SQLITE_READ_ONLY = "1";

  /** How long one catalog query may run (PostgreSQL): generous, but a lock on a catalog cannot hold the run. */
  private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(60);

  private final Duration firstBackoff;
  private final Pause pause;

  /** Waits 0.5 s before the first retry, 1 s before the second, 2 s before the third, ... */
  public LiveConnector() {
    this(Duration.ofMillis(500), duration -> Thread.sleep(duration.toMillis()));
  }

  public LiveConnector(Duration firstBackoff, Pause pause) {
    this.firstBackoff = requireNonNull(firstBackoff, "no backoff given");
    this.pause = requireNonNull(pause, "no pause given");
  }

  /** Connects, reads the schema, health facts and notes in a read-only session, and closes the connection. */
  public LiveDatabase read(LiveTarget target) throws InputException {
    RedactedUrl shown = target.redacted();
    Dialect dialect = dialect(target, shown);
    // A URL of a kind Plumb does not know is read through DatabaseMetaData, in the dialect the user named.
    Introspector introspector = JdbcUrls.dialect(target.url()).flatMap(Introspectors::forDialect)
        .orElseGet(() -> Introspectors.metadataFallback(dialect));
    try (Connection connection = connect(target, dialect)) {
      return ReadOnlySession.run(connection, dialect, STATEMENT_TIMEOUT,
          c -> LiveReader.withHistory(introspector.read(c, shown.shown(), target.schemas()), c, target.schemas()));
    } catch (SQLException e) {
      throw new InputException(shown.shown(), "reading the database failed: "
          + ConnectionErrors.describe(e, shown, target.url(), target.connectTimeout()));
    }
  }

  /** The dialect the URL names, or else the one the user gave. */
  static Dialect dialect(LiveTarget target, RedactedUrl shown) throws InputException {
    Optional<Dialect> fromUrl = JdbcUrls.dialect(target.url());
    if (fromUrl.isPresent() && target.dialect().isPresent() && !sameFamily(fromUrl.get(), target.dialect().get())) {
      throw new InputException(shown.shown(), "the URL is for " + fromUrl.get().id() + " but the dialect given (--dialect or plumb.yml) is "
          + target.dialect().get().id());
    }
    return fromUrl.or(target::dialect).orElseThrow(() -> new InputException(shown.shown(),
        "cannot tell the kind of database from the URL; name it with --dialect"));
  }

  private static boolean sameFamily(Dialect a, Dialect b) {
    return a == b || a.isMysqlFamily() && b.isMysqlFamily();
  }

  /**
   * Opens a read-only connection, retrying transient failures. Never creates a database: a SQLite file must
   * exist, an H2 database must exist ({@code IFEXISTS=TRUE}).
   */
  public Connection connect(LiveTarget target, Dialect dialect) throws InputException {
    RedactedUrl shown = target.redacted();
    String url = target.url();
    Properties properties = new Properties();
    target.user().ifPresent(user -> properties.setProperty("user", user));
    target.password().ifPresent(password -> properties.setProperty("password", password));
    if (dialect == Dialect.SQLITE) {
      requireSqliteFile(url, shown);
      properties.setProperty("open_mode", SQLITE_READ_ONLY);
    } else if (dialect == Dialect.H2) {
      url = withH2Setting(withH2Setting(url, "IFEXISTS", "TRUE"), "ACCESS_MODE_DATA", "r");
    }
    long timeoutSeconds = Math.max(1, (target.connectTimeout().toMillis() + 999) / 1000);
    if (dialect == Dialect.POSTGRESQL) {
      properties.setProperty("connectTimeout", Long.toString(timeoutSeconds));
      properties.setProperty("loginTimeout", Long.toString(timeoutSeconds));
    } else if (dialect.isMysqlFamily()) {
      properties.setProperty("connectTimeout", Long.toString(target.connectTimeout().toMillis()));
    }
    DriverManager.setLoginTimeout((int) Math.min(Integer.MAX_VALUE, timeoutSeconds));
    Driver driver = driver(url, shown);
    for (int attempt = 0; ; attempt++) {
      try {
        Connection connection = driver.connect(url, properties);
        if (connection == null) {
          throw new InputException(shown.shown(), "the JDBC driver does not accept this URL");
        }
        return readOnly(connection);
      } catch (SQLException e) {
        if (!ConnectionErrors.isTransient(e) || attempt >= target.connectRetries()) {
          String attempts = attempt == 0 ? "" : " after " + (attempt + 1) + " attempts";
          throw new InputException(shown.shown(), "cannot connect" + attempts + ": "
              + ConnectionErrors.describe(e, shown, target.url(), target.connectTimeout()));
        }
        waitBeforeRetry(attempt, shown);
      }
    }
  }

  private static Connection readOnly(Connection connection) throws SQLException {
    try {
      connection.setReadOnly(true);
      connection.setAutoCommit(false);
      return connection;
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
  }

  private void waitBeforeRetry(int attempt, RedactedUrl shown) throws InputException {
    try {
      pause.sleep(firstBackoff.multipliedBy(1L << Math.min(attempt, 20)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException(shown.shown(), "interrupted while waiting to connect again");
    }
  }

  private static Driver driver(String url, RedactedUrl shown) throws InputException {
    try {
      return DriverManager.getDriver(url);
    } catch (SQLException e) {
      throw new InputException(shown.shown(), "no JDBC driver for this URL; plumb knows jdbc:postgresql:, "
          + "jdbc:mariadb:, jdbc:mysql:, jdbc:sqlite: and jdbc:h2: URLs");
    }
  }

  private static void requireSqliteFile(String url, RedactedUrl shown) throws InputException {
    Optional<String> file = JdbcUrls.sqliteFile(url);
    if (file.isPresent() && !Files.isRegularFile(Path.of(file.get()))) {
      throw new InputException(shown.shown(), "unknown database: no SQLite file " + file.get()
          + " (plumb opens existing files only and never creates one)");
    }
  }

  /** Adds an H2 {@code ;NAME=value} setting unless the URL sets it already. */
  private static String withH2Setting(String url, String name, String value) {
    String upper = url.toUpperCase(Locale.ROOT);
    return upper.contains(";" + name + "=") ? url : url + ";" + name + "=" + value;
  }
}
