package dev.plumb.core.engine;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.source.live.LiveTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a user asked {@code plumb check} to do; empty options fall back to plumb.yml, then to defaults.
 *
 * @param sqlPaths SQL files or folders
 * @param layout the migration layout to read them as, instead of detecting one
 * @param workingDirectory where relative paths start and plumb.yml is looked for
 * @param postgresVersion the PostgreSQL major version the migrations run on
 * @param assumeInTransaction whether each migration file runs in a transaction, instead of the layout's habit
 * @param database the live database to check instead of the schema the migrations build
 */
public record CheckRequest(List<Path> sqlPaths, Optional<Path> expected, Optional<Path> config,
                           Optional<Dialect> dialect, Optional<String> layout, Optional<FailOn> failOn,
                           Path workingDirectory, Optional<Integer> postgresVersion,
                           Optional<Boolean> assumeInTransaction, Optional<LiveTarget> database) {

  public CheckRequest {
    sqlPaths = List.copyOf(requireNonNull(sqlPaths, "no SQL paths given"));
    requireNonNull(expected, "expected is Optional, not null");
    requireNonNull(config, "config is Optional, not null");
    requireNonNull(dialect, "dialect is Optional, not null");
    requireNonNull(layout, "layout is Optional, not null");
    requireNonNull(failOn, "failOn is Optional, not null");
    requireNonNull(workingDirectory, "no working directory given");
    requireNonNull(postgresVersion, "postgresVersion is Optional, not null");
    requireNonNull(assumeInTransaction, "assumeInTransaction is Optional, not null");
    requireNonNull(database, "database is Optional, not null");
  }

  /** A request about files alone. */
  public CheckRequest(List<Path> sqlPaths, Optional<Path> expected, Optional<Path> config, Optional<Dialect> dialect,
                      Optional<String> layout, Optional<FailOn> failOn, Path workingDirectory,
                      Optional<Integer> postgresVersion, Optional<Boolean> assumeInTransaction) {
    this(sqlPaths, expected, config, dialect, layout, failOn, workingDirectory, postgresVersion, assumeInTransaction,
        Optional.empty());
  }

  /** A request that leaves how the migrations are run to plumb.yml and the defaults. */
  public CheckRequest(List<Path> sqlPaths, Optional<Path> expected, Optional<Path> config, Optional<Dialect> dialect,
                      Optional<String> layout, Optional<FailOn> failOn, Path workingDirectory) {
    this(sqlPaths, expected, config, dialect, layout, failOn, workingDirectory, Optional.empty(), Optional.empty(),
        Optional.empty());
  }
}
