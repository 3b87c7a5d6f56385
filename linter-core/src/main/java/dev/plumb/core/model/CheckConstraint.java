package dev.plumb.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A CHECK constraint; {@code valid} is false while one added NOT VALID has not been validated. */
public record CheckConstraint(Optional<String> name, String expression, boolean valid, Optional<SourceSpan> span) {

  public CheckConstraint {
    requireNonNull(name, "name is Optional, not null");
    requireNonNull(expression, "no expression given");
    requireNonNull(span, "span is Optional, not null");
  }
}
