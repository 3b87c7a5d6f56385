package dev.plumb.core.engine;

import dev.plumb.core.api.RuleOption;
import dev.plumb.core.api.Severity;
import dev.plumb.core.engine.RuleRegistry.RegisteredRule;
import dev.plumb.core.engine.RuleSelection.Setting;
import dev.plumb.core.source.InputException;
import dev.plumb.core.source.Suggestions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the rule settings of a plumb.yml against the rules that exist: an unknown id or option, or an option
 * of the wrong type, stops the run at the line that sets it, since a typo there would silently change nothing.
 */
public final class ConfigValidator {

  private ConfigValidator() {
  }

  /** The rule {@code requireSuppressionReason: true} switches on. */
  static final String SUPPRESSION_WITHOUT_REASON = "suppression-without-reason";

  public static Map<String, Setting> settings(PlumbConfig config, RuleRegistry registry) throws InputException {
    Map<String, Setting> settings = new LinkedHashMap<>();
    for (RuleSetting setting : config.rules().values()) {
      Optional<RegisteredRule> rule = registry.find(setting.ruleId());
      if (rule.isEmpty()) {
        String hint = Suggestions.nearest(setting.ruleId(), registry.ids()).map(id -> "; did you mean '" + id + "'?")
            .orElse("; 'plumb rules' lists them");
        throw new InputException(setting.span(), "unknown rule '" + setting.ruleId() + "'" + hint);
      }
      settings.put(setting.ruleId(), new Setting(setting.off(), setting.severity(),
          optionValues(setting, rule.get().descriptor().options())));
    }
    if (config.requireSuppressionReason() && registry.find(SUPPRESSION_WITHOUT_REASON).isPresent()) {
      // requireSuppressionReason switches the rule on as an error, unless rules: sets it explicitly.
      settings.putIfAbsent(SUPPRESSION_WITHOUT_REASON, new Setting(false, Optional.of(Severity.ERROR), Map.of()));
    }
    return settings;
  }

  private static Map<String, Object> optionValues(RuleSetting setting, List<RuleOption<?>> declared)
      throws InputException {
    Map<String, Object> values = new LinkedHashMap<>();
    for (OptionValue value : setting.options().values()) {
      Optional<RuleOption<?>> option = declared.stream().filter(o -> o.name().equals(value.name())).findFirst();
      if (option.isEmpty()) {
        List<String> names = declared.stream().map(RuleOption::name).toList();
        String hint = names.isEmpty() ? "; it has no options"
            : Suggestions.nearest(value.name(), names).map(n -> "; did you mean '" + n + "'?")
                .orElse("; its options are " + String.join(", ", names));
        throw new InputException(value.span(), "rule '" + setting.ruleId() + "' has no option '" + value.name()
            + "'" + hint);
      }
      if (!value.fits(option.get().type())) {
        throw new InputException(value.span(), "option '" + value.name() + "' of rule '" + setting.ruleId()
            + "' must be " + OptionValue.kindOf(option.get().type()) + ", got " + value.kind());
      }
      values.put(value.name(), value.value());
    }
    return values;
  }
}
