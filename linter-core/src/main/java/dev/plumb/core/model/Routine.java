package dev.plumb.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** A function or procedure (a routine, in SQL-standard terms), identified by name and argument types (PostgreSQL overloads by signature). */
public record Routine(ObjectPath path, List<String> argumentTypes, Optional<String> returnType,
                       Optional<String> language, Optional<SourceSpan> span) {

  public Routine {
    requireNonNull(path, "no function path given");
    argumentTypes = List.copyOf(requireNonNull(argumentTypes, "no argument types given"));
    requireNonNull(returnType, "returnType is Optional, not null");
    requireNonNull(language, "language is Optional, not null");
    requireNonNull(span, "span is Optional, not null");
  }

  /** {@code public.touch(integer, text)}. */
  public String signature() {
    return path + "(" + String.join(", ", argumentTypes) + ")";
  }
}
