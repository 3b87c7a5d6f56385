package dev.plumb.core.source.yaml;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.SourceSpan;

/**
 * A scalar with its text exactly as YAML resolved it (quotes removed, numbers not reformatted).
 * Only {@code true} and {@code false} are booleans, as in YAML 1.2 and in editors: {@code off} and {@code yes}
 * stay text.
 */
public record YamlScalar(String text, Kind kind, SourceSpan span) implements YamlNode {

  /** How YAML typed the scalar; a quoted scalar is always {@link #STRING}. */
  public enum Kind {
    STRING,
    BOOLEAN,
    INTEGER,
    FLOAT,
    NULL
  }

  public YamlScalar {
    requireNonNull(text, "no text given");
    requireNonNull(kind, "no kind given");
    requireNonNull(span, "no span given");
  }

  @Override
  public String describe() {
    return kind == Kind.NULL ? "an empty value" : "'" + text + "'";
  }
}
