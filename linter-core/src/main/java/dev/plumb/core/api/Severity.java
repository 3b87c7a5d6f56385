package dev.plumb.core.api;

import java.util.Locale;
import java.util.Optional;

/** How bad a finding is, most severe first. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  /** The lower-case name used in config, output and SARIF's {@code level}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isAtLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /** One step less severe; a note stays a note. */
  public Severity lower() {
    return this == ERROR ? WARNING : NOTE;
  }

  public static Optional<Severity> fromId(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    for (Severity severity : values()) {
      if (severity.id().equals(wanted)) {
        return Optional.of(severity);
      }
    }
    return Optional.empty();
  }
}
