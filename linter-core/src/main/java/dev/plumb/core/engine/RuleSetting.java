package dev.plumb.core.engine;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.api.Severity;
import dev.plumb.core.model.SourceSpan;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What plumb.yml says about one rule, by id; the engine checks later that the rule and its options exist.
 *
 * @param severity the severity to report at instead of the rule's own; empty keeps the rule's
 * @param off whether the rule is switched off (then there is no severity)
 * @param options by option name, in written order
 * @param span where the rule id is written
 */
public record RuleSetting(String ruleId, Optional<Severity> severity, boolean off, Map<String, OptionValue> options,
                          SourceSpan span) {

  public RuleSetting {
    requireNonNull(ruleId, "no rule id given");
    requireNonNull(severity, "severity is Optional, not null");
    requireNonNull(options, "no options given");
    requireNonNull(span, "no span given for rule " + ruleId);
    if (off && severity.isPresent()) {
      throw new IllegalArgumentException("rule " + ruleId + " is off and has a severity");
    }
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
  }
}
