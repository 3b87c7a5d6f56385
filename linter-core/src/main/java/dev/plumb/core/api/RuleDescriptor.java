package dev.plumb.core.api;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A rule's metadata as the engine and the reports see it, read from its {@link RuleInfo}.
 *
 * @param lock see {@link RuleInfo#lock()}; empty for rules that are not about locks
 */
public record RuleDescriptor(String id, Severity defaultSeverity, String summary, String description,
                             String remediation, String category, boolean enabledByDefault,
                             List<RuleOption<?>> options, String lock, String badExample, String safeExample,
                             List<String> equivalents) {

  public RuleDescriptor {
    requireNonNull(id, "no id given");
    requireNonNull(defaultSeverity, "no severity given");
    requireNonNull(summary, "no summary given");
    requireNonNull(description, "no description given");
    requireNonNull(remediation, "no remediation given");
    requireNonNull(category, "no category given");
    options = List.copyOf(requireNonNull(options, "no options given"));
    requireNonNull(lock, "no lock given");
    requireNonNull(badExample, "no bad example given");
    requireNonNull(safeExample, "no safe example given");
    equivalents = List.copyOf(requireNonNull(equivalents, "no equivalents given"));
  }

  /** Metadata without the docs-only parts. */
  public RuleDescriptor(String id, Severity defaultSeverity, String summary, String description,
                        String remediation, String category, boolean enabledByDefault, List<RuleOption<?>> options) {
    this(id, defaultSeverity, summary, description, remediation, category, enabledByDefault, options, "", "", "",
        List.of());
  }

  /** Reads the metadata of a rule; fails if the class lacks {@link RuleInfo}. */
  public static RuleDescriptor of(Rule rule) {
    RuleInfo info = rule.getClass().getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalArgumentException(rule.getClass().getName() + " has no @RuleInfo");
    }
    return new RuleDescriptor(info.id(), info.severity(), info.summary(), info.description(), info.remediation(),
        info.category(), info.enabledByDefault(), rule.options(), info.lock(), info.badExample(),
        info.safeExample(), List.of(info.equivalents()));
  }
}
