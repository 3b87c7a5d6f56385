package dev.plumb.core.api;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import java.util.Optional;

/**
 * Where a finding is: a place in a file, the database object it is about, or both. Reports need a file
 * anchor, so rules should give a span whenever one is known.
 */
public record Location(Optional<SourceSpan> span, Optional<ObjectPath> object) {

  public Location {
    requireNonNull(span, "span is Optional, not null");
    requireNonNull(object, "object is Optional, not null");
    if (span.isEmpty() && object.isEmpty()) {
      throw new IllegalArgumentException("a location needs a span or an object");
    }
  }

  public static Location of(SourceSpan span, ObjectPath object) {
    return new Location(Optional.of(span), Optional.of(object));
  }

  public static Location of(SourceSpan span) {
    return new Location(Optional.of(span), Optional.empty());
  }

  public static Location of(Optional<SourceSpan> span, ObjectPath object) {
    return new Location(span, Optional.of(object));
  }
}
