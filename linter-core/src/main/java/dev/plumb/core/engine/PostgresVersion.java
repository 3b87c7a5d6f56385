package dev.plumb.core.engine;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the PostgreSQL version a project runs on, as plumb.yml and {@code --postgres-version} take it: a major
 * version ({@code 16}), or one with a minor part ({@code 16.2}, {@code 9.6}) of which only the major counts,
 * since no rule depends on a minor release.
 */
public final class PostgresVersion {

  /** What a valid value looks like, for messages. */
  public static final String EXPECTED = "a PostgreSQL major version from 9 to 99, e.g. 16";

  private static final Pattern WRITTEN = Pattern.compile("(9|[1-9]\\d)(?:\\.\\d+)?");

  private PostgresVersion() {
  }

  /** The major version, or empty when the text is not a version from 9 to 99. */
  public static Optional<Integer> major(String written) {
    Matcher version = WRITTEN.matcher(written.strip());
    return version.matches() ? Optional.of(Integer.parseInt(version.group(1))) : Optional.empty();
  }
}
