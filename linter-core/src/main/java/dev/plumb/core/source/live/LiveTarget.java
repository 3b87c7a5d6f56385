package dev.plumb.core.source.live;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.Dialect;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The live database a run checks, as the user named it.
 *
 * @param password from {@code --password-env}; a password in the URL stays there
 * @param dialect the user's choice, for URLs whose prefix names no known database
 * @param schemas the schemas (databases, for MySQL) to read; empty for all but the system ones
 * @param connectRetries how often a transient connection failure is retried, with exponential backoff
 * @param connectTimeout how long one connection attempt may take
 */
public record LiveTarget(String url, Optional<String> user, Optional<String> password, Optional<Dialect> dialect,
                         List<String> schemas, int connectRetries, Duration connectTimeout) {

  public LiveTarget {
    requireNonNull(url, "no URL given");
    requireNonNull(user, "user is Optional, not null");
    requireNonNull(password, "password is Optional, not null");
    requireNonNull(dialect, "dialect is Optional, not null");
    schemas = List.copyOf(requireNonNull(schemas, "no schemas given"));
    requireNonNull(connectTimeout, "no connect timeout given");
    if (connectRetries < 0) {
      throw new IllegalArgumentException("connectRetries must not be negative: " + connectRetries);
    }
  }

  /** The URL as messages show it. */
  public RedactedUrl redacted() {
    return RedactedUrl.of(url, password);
  }

  /** Never the password, nor the URL as given. */
  @Override
  public String toString() {
    return "LiveTarget[" + redacted() + user.map(u -> ", user " + u).orElse("") + "]";
  }
}
