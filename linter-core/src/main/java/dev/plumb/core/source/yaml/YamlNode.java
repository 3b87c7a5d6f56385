package dev.plumb.core.source.yaml;

import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.source.InputException;

/**
 * A node of a YAML document that remembers where it was written, so every problem found while reading it
 * can be reported at its own line and column.
 */
public sealed interface YamlNode permits YamlMapping, YamlSequence, YamlScalar {

  /** Where the node starts: the first key of a block mapping, the bracket of a flow collection. */
  SourceSpan span();

  /** The node as messages name it: {@code a mapping}, {@code a list}, {@code 'its text'}, {@code an empty value}. */
  String describe();

  /** This node as a mapping; {@code what} names it in the message, e.g. {@code "each entry of 'tables'"}. */
  default YamlMapping asMapping(String what) throws InputException {
    if (this instanceof YamlMapping mapping) {
      return mapping;
    }
    throw new InputException(span(), what + " must be a mapping, got " + describe());
  }

  default YamlSequence asSequence(String what) throws InputException {
    if (this instanceof YamlSequence sequence) {
      return sequence;
    }
    throw new InputException(span(), what + " must be a list, got " + describe());
  }

  /** This node as a non-empty scalar; numbers and booleans count as text too, with their text as written. */
  default YamlScalar asText(String what) throws InputException {
    if (this instanceof YamlScalar scalar && scalar.kind() != YamlScalar.Kind.NULL) {
      return scalar;
    }
    throw new InputException(span(), what + " must be text, got " + describe());
  }

  default boolean asBoolean(String what) throws InputException {
    if (this instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.BOOLEAN) {
      return Boolean.parseBoolean(scalar.text());
    }
    throw new InputException(span(), what + " must be true or false, got " + describe());
  }
}
