package dev.plumb.rules.safety;

import dev.plumb.core.model.Dialect;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SET statements that bound a migration's lock waits and run time, from a duration written the PostgreSQL
 * way ({@code 5s}, {@code 500ms}, {@code 1min}); MySQL's settings take whole seconds.
 */
final class TimeoutSql {

  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(us|ms|s|min|h|d)?");
  private static final Map<String, Double> SECONDS = Map.of("us", 1e-6, "ms", 1e-3, "s", 1.0, "min", 60.0,
      "h", 3600.0, "d", 86400.0);

  private TimeoutSql() {
  }

  /** {@code SET lock_timeout = '5s';}, or MySQL's {@code SET SESSION lock_wait_timeout = 5;}. */
  static String lockTimeout(Dialect dialect, String duration) {
    return set(dialect, SafetySteps.lockTimeoutName(dialect), duration);
  }

  /** {@code SET statement_timeout = '1h';}. */
  static String statementTimeout(Dialect dialect, String duration) {
    return set(dialect, SafetySteps.statementTimeoutName(dialect), duration);
  }

  private static String set(Dialect dialect, String name, String duration) {
    if (dialect.isMysqlFamily()) {
      long seconds = Math.max(1, (long) Math.ceil(seconds(duration).orElse(1.0)));
      return "SET SESSION " + name + " = " + seconds + ";";
    }
    return "SET " + name + " = '" + duration.strip() + "';";
  }

  /** The duration in seconds; empty when it is not one PostgreSQL reads. A bare number is milliseconds. */
  static Optional<Double> seconds(String duration) {
    Matcher matcher = DURATION.matcher(duration.strip().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String unit = matcher.group(2) == null ? "ms" : matcher.group(2);
    return Optional.of(Double.parseDouble(matcher.group(1)) * SECONDS.get(unit));
  }

  /** The option's value if PostgreSQL can read it, else the default: a typo must not end up in a fix. */
  static String valid(String duration, String fallback) {
    return seconds(duration).filter(s -> s > 0).isPresent() ? duration.strip() : fallback;
  }
}
