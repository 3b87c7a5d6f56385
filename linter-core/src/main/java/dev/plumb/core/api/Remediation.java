package dev.plumb.core.api;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One way to fix a finding: what to do, the SQL that does it in the run's dialect, and, where the fix is a
 * change of a file Plumb read, the edits an editor can apply.
 */
public record Remediation(String description, Optional<String> sql, List<TextEdit> edits) {

  public Remediation {
    requireNonNull(description, "no description given");
    requireNonNull(sql, "sql is Optional, not null");
    edits = List.copyOf(requireNonNull(edits, "no edits given"));
  }

  public static Remediation text(String description) {
    return new Remediation(description, Optional.empty(), List.of());
  }

  public static Remediation sql(String description, String sql) {
    return new Remediation(description, Optional.of(sql), List.of());
  }
}
