package dev.plumb.core.source.sql;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** The statements of one replayed file, kept so that the engine can match inline suppressions to statements. */
public record ReplayedFile(String displayName, List<SqlStatement> statements) {

  public ReplayedFile {
    requireNonNull(displayName, "no display name given");
    statements = List.copyOf(requireNonNull(statements, "no statements given"));
  }
}
