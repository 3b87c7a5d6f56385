package dev.plumb.cli;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.source.live.LiveTarget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How {@code plumb check --db} reaches a live database: URL, credentials, schemas, retries. */
final class DatabaseOptions {

  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m)?");

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(names = "--db", paramLabel = "URL", description = "Check the live database at this JDBC URL "
      + "(jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql:, jdbc:sqlite:, jdbc:h2:), read-only. A password in the URL is "
      + "never printed.")
  private String url;

  @Option(names = "--user", paramLabel = "NAME", description = "Database user, if the URL names none.")
  private String user;

  @Option(names = "--password-env", paramLabel = "VAR",
      description = "Environment variable that holds the password (default: the URL's, or the driver's own, "
          + "such as ~/.pgpass).")
  private String passwordVariable;

  @Option(names = "--schema", paramLabel = "NAME", description = "Schema (MySQL: database) to read; repeat for "
      + "several (default: every non-system one).")
  private List<String> schemas = new ArrayList<>();

  @Option(names = "--connect-retries", paramLabel = "N", description = "Retries of a connection that fails for a "
      + "passing reason (nothing listening, a timeout), waiting 0.5 s, 1 s, 2 s, ... (default: 3).")
  private int connectRetries = 3;

  @Option(names = "--connect-timeout", paramLabel = "DURATION",
      description = "Time one connection attempt may take, e.g. 10s, 500ms, 1m (default: 10s).")
  private String connectTimeout = "10s";

  /** The database the options name, if any; the environment gives the password. */
  Optional<LiveTarget> target(Optional<Dialect> dialect, UnaryOperator<String> environment) {
    if (url == null) {
      if (user != null || passwordVariable != null || !schemas.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--user, --password-env and --schema need --db URL");
      }
      return Optional.empty();
    }
    if (connectRetries < 0) {
      throw new ParameterException(spec.commandLine(), "--connect-retries must be 0 or more, got " + connectRetries);
    }
    Optional<String> password = Optional.empty();
    if (passwordVariable != null) {
      String value = environment.apply(passwordVariable);
      if (value == null) {
        throw new ParameterException(spec.commandLine(), "--password-env names " + passwordVariable
            + ", which is not set");
      }
      password = Optional.of(value);
    }
    return Optional.of(new LiveTarget(url, Optional.ofNullable(user), password, dialect, schemas, connectRetries,
        duration(connectTimeout)));
  }

  private Duration duration(String text) {
    Matcher matcher = DURATION.matcher(text.strip());
    if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
      throw new ParameterException(spec.commandLine(), "--connect-timeout takes a duration such as 10s, 500ms or "
          + "1m, got '" + text + "'");
    }
    long amount = Long.parseLong(matcher.group(1));
    String unit = matcher.group(2) == null ? "s" : matcher.group(2);
    return switch (unit) {
      case "ms" -> Duration.ofMillis(amount);
      case "m" -> Duration.ofMinutes(amount);
      default -> Duration.ofSeconds(amount);
    };
  }
}
