package dev.plumb.core.engine;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.Dialect;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a user asked {@code plumb check} to do; empty options fall back to plumb.yml, then to defaults.
 *
 * @param sqlPaths SQL files or folders
 * @param layout the migration layout to read them as, instead of detecting one
 * @param workingDirectory where relative paths start and plumb.yml is looked for
 */
public record CheckRequest(List<Path> sqlPaths, Optional<Path> expected, Optional<Path> config,
                           Optional<Dialect> dialect, Optional<String> layout, Optional<FailOn> failOn,
                           Path workingDirectory) {

  public CheckRequest {
    sqlPaths = List.copyOf(requireNonNull(sqlPaths, "no SQL paths given"));
    requireNonNull(expected, "expected is Optional, not null");
    requireNonNull(config, "config is Optional, not null");
    requireNonNull(dialect, "dialect is Optional, not null");
    requireNonNull(layout, "layout is Optional, not null");
    requireNonNull(failOn, "failOn is Optional, not null");
    requireNonNull(workingDirectory, "no working directory given");
  }
}
