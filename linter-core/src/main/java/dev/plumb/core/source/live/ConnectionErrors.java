package dev.plumb.core.source.live;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Tells connection failures apart by SQLState, vendor code and cause, for one clear line and the retry choice. */
final class ConnectionErrors {

  private static final int MYSQL_ACCESS_DENIED = 1045;
  private static final int MYSQL_UNKNOWN_DATABASE = 1049;
  private static final int H2_DATABASE_NOT_FOUND = 90146;
  private static final int H2_WRONG_PASSWORD = 28000;

  private ConnectionErrors() {
  }

  /** Failures worth another attempt: the server not (yet) reachable, an attempt timing out (SQLState class 08). */
  static boolean isTransient(SQLException e) {
    if (isAuthentication(e) || isUnknownDatabase(e) || cause(e, UnknownHostException.class).isPresent()) {
      return false;
    }
    return state(e).startsWith("08") || e instanceof SQLTransientException
        || cause(e, ConnectException.class).isPresent() || cause(e, SocketTimeoutException.class).isPresent();
  }

  /** What went wrong, in a few words and then the driver's own message, passwords removed, on one line. */
  static String describe(SQLException e, RedactedUrl url, String originalUrl, Duration timeout) {
    String detail = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s*\\R\\s*", " ").strip();
    return url.redact(kind(e, timeout) + (detail.isEmpty() ? "" : " (" + detail + ")"), originalUrl);
  }

  private static String kind(SQLException e, Duration timeout) {
    if (isAuthentication(e)) {
      return "authentication failed";
    }
    if (isUnknownDatabase(e)) {
      return "unknown database";
    }
    Optional<UnknownHostException> host = cause(e, UnknownHostException.class);
    if (host.isPresent()) {
      return "unknown host " + host.get().getMessage();
    }
    if (isTimeout(e)) {
      return "timed out after " + seconds(timeout);
    }
    if (cause(e, ConnectException.class).isPresent()) {
      return "connection refused: is the server running, and are host and port right?";
    }
    return state(e).startsWith("08") ? "cannot connect" : "the database refused the connection";
  }

  private static boolean isAuthentication(SQLException e) {
    return state(e).startsWith("28") || e.getErrorCode() == MYSQL_ACCESS_DENIED || e.getErrorCode() == H2_WRONG_PASSWORD;
  }

  private static boolean isUnknownDatabase(SQLException e) {
    return state(e).equals("3D000") || e.getErrorCode() == MYSQL_UNKNOWN_DATABASE
        || e.getErrorCode() == H2_DATABASE_NOT_FOUND;
  }

  private static boolean isTimeout(SQLException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return e instanceof SQLTimeoutException || cause(e, SocketTimeoutException.class).isPresent()
        || message.contains("timed out") || message.contains("timeout");
  }

  private static String state(SQLException e) {
    return e.getSQLState() == null ? "" : e.getSQLState();
  }

  private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }

  static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
  }
}
