package dev.plumb.core.engine;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.api.RuleOption;
import dev.plumb.core.api.Severity;
import dev.plumb.core.engine.RuleRegistry.RegisteredRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which rules run, at what severity and with which option values: the registry with config applied. */
public final class RuleSelection {

  /** One rule as it will run. */
  public record SelectedRule(RegisteredRule registered, Severity severity, Map<String, Object> optionValues) {

    public SelectedRule {
      requireNonNull(registered, "no rule given");
      requireNonNull(severity, "no severity given");
      optionValues = Collections.unmodifiableMap(new LinkedHashMap<>(optionValues));
    }

    public String id() {
      return registered.descriptor().id();
    }

    public <T> T option(RuleOption<T> option) {
      Object value = optionValues.get(option.name());
      return value == null ? option.defaultValue() : option.type().cast(value);
    }
  }

  private final List<SelectedRule> selected;

  private RuleSelection(List<SelectedRule> selected) {
    this.selected = List.copyOf(selected);
  }

  /** Every rule that is on by default, at its default severity. */
  public static RuleSelection defaults(RuleRegistry registry) {
    return configured(registry, Map.of());
  }

  /** Every rule, including those off by default, at its default severity: for tests and {@code --all-rules}. */
  public static RuleSelection all(RuleRegistry registry) {
    List<SelectedRule> selected = new ArrayList<>();
    for (RegisteredRule rule : registry.all()) {
      selected.add(new SelectedRule(rule, rule.descriptor().defaultSeverity(), Map.of()));
    }
    return new RuleSelection(selected);
  }

  /**
   * The registry with settings applied. Settings must already be validated against the registry (see
   * {@link ConfigValidator}); a setting for an unknown id is ignored here.
   */
  public static RuleSelection configured(RuleRegistry registry, Map<String, Setting> settings) {
    List<SelectedRule> selected = new ArrayList<>();
    for (RegisteredRule rule : registry.all()) {
      Setting setting = settings.get(rule.descriptor().id());
      boolean on = setting == null ? rule.descriptor().enabledByDefault() : !setting.off();
      if (!on) {
        continue;
      }
      Severity severity = setting == null ? rule.descriptor().defaultSeverity()
          : setting.severity().orElse(rule.descriptor().defaultSeverity());
      Map<String, Object> options = setting == null ? Map.of() : setting.options();
      selected.add(new SelectedRule(rule, severity, options));
    }
    return new RuleSelection(selected);
  }

  /**
   * A rule's configured state: switched off, a severity in place of the default, typed option values.
   */
  public record Setting(boolean off, Optional<Severity> severity, Map<String, Object> options) {

    public Setting {
      requireNonNull(severity, "severity is Optional, not null");
      options = Map.copyOf(options);
    }
  }

  public List<SelectedRule> rules() {
    return selected;
  }
}
