package dev.plumb.core.api;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.SourceSpan;

/** Another place that explains a finding, e.g. "table created here". */
public record RelatedLocation(SourceSpan span, String message) {

  public RelatedLocation {
    requireNonNull(span, "no span given");
    requireNonNull(message, "no message given");
  }
}
