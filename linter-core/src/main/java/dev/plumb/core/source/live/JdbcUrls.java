package dev.plumb.core.source.live;

import dev.plumb.core.model.Dialect;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** What a JDBC URL's prefix says about the database behind it. */
public final class JdbcUrls {

  private JdbcUrls() {
  }

  /**
   * The dialect the URL's subprotocol names: {@code jdbc:postgresql:}, {@code jdbc:mariadb:}, {@code jdbc:mysql:}
   * (MySQL and MariaDB servers answer to both drivers), {@code jdbc:sqlite:}, {@code jdbc:h2:}; empty for others.
   */
  public static Optional<Dialect> dialect(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:postgresql:")) {
      return Optional.of(Dialect.POSTGRESQL);
    }
    if (lower.startsWith("jdbc:mariadb:")) {
      return Optional.of(Dialect.MARIADB);
    }
    if (lower.startsWith("jdbc:mysql:")) {
      return Optional.of(Dialect.MYSQL);
    }
    if (lower.startsWith("jdbc:sqlite:")) {
      return Optional.of(Dialect.SQLITE);
    }
    if (lower.startsWith("jdbc:h2:")) {
      return Optional.of(Dialect.H2);
    }
    return Optional.empty();
  }

  /**
   * The file a SQLite URL opens ({@code jdbc:sqlite:app.db}, {@code jdbc:sqlite:file:app.db?mode=ro}); empty for
   * an in-memory database.
   */
  public static Optional<String> sqliteFile(String url) {
    String rest = url.substring("jdbc:sqlite:".length());
    boolean uri = rest.startsWith("file:");
    if (uri) {
      rest = rest.substring("file:".length());
      if (rest.startsWith("//")) {
        rest = rest.substring(2);
      }
    }
    int query = rest.indexOf('?');
    String file = query < 0 ? rest : rest.substring(0, query);
    boolean memory = file.isEmpty() || file.equals(":memory:") || url.contains("mode=memory");
    if (memory) {
      return Optional.empty();
    }
    // SQLite decodes %XX in file: URIs only; URLDecoder would also turn a "+" into a space.
    return Optional.of(uri ? URLDecoder.decode(file.replace("+", "%2B"), StandardCharsets.UTF_8) : file);
  }
}
