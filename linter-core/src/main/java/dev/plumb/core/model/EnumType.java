package dev.plumb.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** A user-defined enumerated type ({@code CREATE TYPE mood AS ENUM ('sad', 'ok')}); values in declared order. */
public record EnumType(ObjectPath path, List<String> values, Optional<SourceSpan> span) {

  public EnumType {
    requireNonNull(path, "no type path given");
    values = List.copyOf(requireNonNull(values, "no values given"));
    requireNonNull(span, "span is Optional, not null");
  }
}
