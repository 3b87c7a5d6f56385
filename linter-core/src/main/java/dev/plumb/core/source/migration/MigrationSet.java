package dev.plumb.core.source.migration;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.api.SourceProblem;
import java.util.List;

/**
 * The migrations found in the paths a run was given, in the order they apply, as read by one layout.
 *
 * @param layout {@code flyway}, {@code golang-migrate}, {@code dbmate}, {@code folder-per-migration},
 *     {@code drizzle}, {@code numbered} or {@code files} (SQL files given one by one)
 * @param hasDowns whether this layout keeps down migrations
 * @param problems what the reader could not make sense of (a journal that does not parse, an unreadable file)
 */
public record MigrationSet(String layout, boolean hasDowns, List<MigrationSource> migrations,
                           List<SourceProblem> problems) {

  public MigrationSet {
    requireNonNull(layout, "no layout given");
    migrations = List.copyOf(requireNonNull(migrations, "no migrations given"));
    problems = List.copyOf(requireNonNull(problems, "no problems given"));
  }
}
