package dev.plumb.core.api;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A typed setting of a rule, set in plumb.yml under the rule's id.
 *
 * @param type Boolean, Integer, String or List (of strings)
 */
public record RuleOption<T>(String name, Class<T> type, T defaultValue, String description) {

  public RuleOption {
    requireNonNull(name, "no option name given");
    requireNonNull(type, "no option type given");
    requireNonNull(defaultValue, "no default given for option " + name);
    requireNonNull(description, "no description given for option " + name);
  }

  public static RuleOption<Boolean> bool(String name, boolean defaultValue, String description) {
    return new RuleOption<>(name, Boolean.class, defaultValue, description);
  }

  public static RuleOption<Integer> integer(String name, int defaultValue, String description) {
    return new RuleOption<>(name, Integer.class, defaultValue, description);
  }

  public static RuleOption<String> string(String name, String defaultValue, String description) {
    return new RuleOption<>(name, String.class, defaultValue, description);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  public static RuleOption<List<String>> stringList(String name, List<String> defaultValue, String description) {
    return new RuleOption<>(name, (Class) List.class, List.copyOf(defaultValue), description);
  }
}
