package dev.plumb.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A PostgreSQL extension ({@code CREATE EXTENSION pgcrypto}). */
public record Extension(String name, Optional<String> version, Optional<SourceSpan> span) {

  public Extension {
    requireNonNull(name, "no extension name given");
    requireNonNull(version, "version is Optional, not null");
    requireNonNull(span, "span is Optional, not null");
  }
}
