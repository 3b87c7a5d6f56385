package dev.plumb.core.engine;

import dev.plumb.core.api.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The least severe finding that makes a run fail (exit code 1); {@link #NEVER} lets every run pass. */
public enum FailOn {
  ERROR,
  WARNING,
  NOTE,
  NEVER;

  /** The word used in plumb.yml and on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean failsOn(Severity severity) {
    return switch (this) {
      case ERROR -> severity.isAtLeast(Severity.ERROR);
      case WARNING -> severity.isAtLeast(Severity.WARNING);
      case NOTE -> severity.isAtLeast(Severity.NOTE);
      case NEVER -> false;
    };
  }

  public static Optional<FailOn> fromId(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.id().equals(wanted)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(FailOn::id).toList();
  }
}
