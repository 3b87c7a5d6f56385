package dev.plumb.core.engine;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.SourceSpan;
import java.util.List;

/**
 * A rule option as set in plumb.yml, before the engine knows whether the rule has such an option; the span
 * lets it report an unknown or mistyped option at the line that sets it.
 *
 * @param value a Boolean, Integer, String or List of String, the types a {@link dev.plumb.core.api.RuleOption} can have
 * @param span where the option's key is written
 */
public record OptionValue(String name, Object value, SourceSpan span) {

  public OptionValue {
    requireNonNull(name, "no option name given");
    requireNonNull(value, "no value given for option " + name);
    requireNonNull(span, "no span given for option " + name);
    if (value instanceof List<?> list) {
      for (Object item : list) {
        if (!(item instanceof String)) {
          throw new IllegalArgumentException("option " + name + " holds a list with a non-string item: " + item);
        }
      }
      value = List.copyOf(list);
    } else if (!(value instanceof Boolean || value instanceof Integer || value instanceof String)) {
      throw new IllegalArgumentException("option " + name + " has a value of unsupported type " + value.getClass());
    }
  }

  /** Whether the value can be given to an option declared with this type (as in {@code RuleOption.type()}). */
  public boolean fits(Class<?> type) {
    return type.isInstance(value);
  }

  /** The value's type as messages name it: {@code true or false}, {@code a whole number}, {@code text}, {@code a list of text}. */
  public String kind() {
    return kindOf(value.getClass());
  }

  /** How messages name a value of an option type, e.g. for "must be a whole number, got text". */
  public static String kindOf(Class<?> type) {
    if (Boolean.class.isAssignableFrom(type)) {
      return "true or false";
    }
    if (Integer.class.isAssignableFrom(type)) {
      return "a whole number";
    }
    return List.class.isAssignableFrom(type) ? "a list of text" : "text";
  }
}
