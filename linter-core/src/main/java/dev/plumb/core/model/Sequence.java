package dev.plumb.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A sequence.
 *
 * @param ownedBy the column the sequence belongs to (serial and identity columns)
 */
public record Sequence(ObjectPath path, Optional<DataType> type, Optional<Long> start, Optional<Long> increment,
                       Optional<Long> maxValue, Optional<ObjectPath> ownedBy, Optional<SourceSpan> span) {

  public Sequence {
    requireNonNull(path, "no sequence path given");
    requireNonNull(type, "type is Optional, not null");
    requireNonNull(start, "start is Optional, not null");
    requireNonNull(increment, "increment is Optional, not null");
    requireNonNull(maxValue, "maxValue is Optional, not null");
    requireNonNull(ownedBy, "ownedBy is Optional, not null");
    requireNonNull(span, "span is Optional, not null");
  }

  public static Sequence named(ObjectPath path, Optional<SourceSpan> span) {
    return new Sequence(path, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        span);
  }
}
