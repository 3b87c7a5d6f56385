package dev.plumb.core.engine;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.api.Rule;
import dev.plumb.core.api.RuleDescriptor;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/** The rules Plumb knows, found on the class path through the index the build writes; keyed by id. */
public final class RuleRegistry {

  private static final Pattern KEBAB_CASE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** A rule and its metadata, read once. */
  public record RegisteredRule(Rule rule, RuleDescriptor descriptor) {
  }

  private final Map<String, RegisteredRule> rules;

  private RuleRegistry(Map<String, RegisteredRule> rules) {
    this.rules = Collections.unmodifiableMap(rules);
  }

  /** Every rule the class loader can see; fails with a clear message on a broken or clashing rule. */
  public static RuleRegistry discover(ClassLoader loader) {
    Map<String, RegisteredRule> found = new LinkedHashMap<>();
    try {
      for (Rule rule : ServiceLoader.load(Rule.class, loader)) {
        add(found, rule);
      }
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException("a rule could not be loaded: " + e.getMessage(), e);
    }
    return new RuleRegistry(sortedById(found));
  }

  public static RuleRegistry of(List<Rule> rules) {
    Map<String, RegisteredRule> found = new LinkedHashMap<>();
    rules.forEach(rule -> add(found, rule));
    return new RuleRegistry(sortedById(found));
  }

  private static void add(Map<String, RegisteredRule> found, Rule rule) {
    RuleDescriptor descriptor = RuleDescriptor.of(requireNonNull(rule, "no rule given"));
    if (!KEBAB_CASE.matcher(descriptor.id()).matches()) {
      throw new IllegalStateException("rule id '" + descriptor.id() + "' of " + rule.getClass().getName()
          + " is not kebab-case");
    }
    RegisteredRule clash = found.get(descriptor.id());
    if (clash != null) {
      throw new IllegalStateException("rule id '" + descriptor.id() + "' is used by both "
          + clash.rule().getClass().getName() + " and " + rule.getClass().getName());
    }
    found.put(descriptor.id(), new RegisteredRule(rule, descriptor));
  }

  private static Map<String, RegisteredRule> sortedById(Map<String, RegisteredRule> found) {
    Map<String, RegisteredRule> sorted = new LinkedHashMap<>();
    found.keySet().stream().sorted().forEach(id -> sorted.put(id, found.get(id)));
    return sorted;
  }

  public Optional<RegisteredRule> find(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  public Collection<RegisteredRule> all() {
    return rules.values();
  }

  public Collection<String> ids() {
    return rules.keySet();
  }
}
