package dev.plumb.core.source.migration;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.api.SourceProblem;
import java.util.List;

/**
 * What a layout made of the files it was given.
 *
 * @param unused the files the layout does not read, in the order given
 */
record LayoutResult(List<MigrationSource> migrations, boolean hasDowns, List<SourceProblem> problems,
                    List<MigrationFile> unused) {

  LayoutResult {
    migrations = List.copyOf(requireNonNull(migrations, "no migrations given"));
    problems = List.copyOf(requireNonNull(problems, "no problems given"));
    unused = List.copyOf(requireNonNull(unused, "no unused files given"));
  }
}
