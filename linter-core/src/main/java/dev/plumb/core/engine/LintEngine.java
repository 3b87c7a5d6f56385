package dev.plumb.core.engine;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.RuleDescriptor;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.SuppressionDirective;
import dev.plumb.core.api.SuppressionRule;
import dev.plumb.core.engine.RuleSelection.SelectedRule;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.report.LintReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Runs the selected rules over one input and collects their findings, minus the suppressed ones. */
public final class LintEngine {

  private static final Comparator<Finding> BY_PLACE = Comparator
      .comparing((Finding f) -> f.location().span().map(SourceSpan::file).orElse("\uffff"))
      .thenComparingInt(f -> f.location().span().map(SourceSpan::line).orElse(Integer.MAX_VALUE))
      .thenComparingInt(f -> f.location().span().map(SourceSpan::column).orElse(Integer.MAX_VALUE))
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::message);

  private final RuleSelection selection;
  private final String toolVersion;
  private final Consumer<String> ruleFailures;

  /**
   * @param ruleFailures told about a rule that threw; the run goes on without that rule's findings
   */
  public LintEngine(RuleSelection selection, String toolVersion, Consumer<String> ruleFailures) {
    this.selection = requireNonNull(selection, "no rule selection given");
    this.toolVersion = requireNonNull(toolVersion, "no tool version given");
    this.ruleFailures = requireNonNull(ruleFailures, "no failure sink given");
  }

  /**
   * Runs every selected rule. Rules are pure functions of the input, so they run in parallel; the findings are
   * sorted by place afterwards, so the report does not depend on which rule finished first.
   */
  public LintReport run(LintInput input) {
    List<RuleDescriptor> ran = selection.rules().stream().map(LintEngine::withSeverity).toList();
    DerivedFacts facts = new DerivedFacts();
    List<Finding> findings = selection.rules().parallelStream()
        .filter(rule -> rule.registered().rule() instanceof SchemaRule)
        .flatMap(rule -> runOne((SchemaRule) rule.registered().rule(), rule, input, facts).stream())
        .toList();
    List<Finding> kept = new ArrayList<>(findings.stream()
        .filter(f -> input.suppressions().stream().noneMatch(s -> s.covers(f)))
        .toList());
    kept.addAll(reviewSuppressions(input, facts, findings));
    kept.sort(BY_PLACE);
    return new LintReport(toolVersion, ran, List.copyOf(kept), input.stats(), input.baseDirectory());
  }

  /** Runs the rules about suppressions, once the schema rules' findings show which suppressions were used. */
  private List<Finding> reviewSuppressions(LintInput input, DerivedFacts facts, List<Finding> findings) {
    // One comment can stand for several suppressions (before a file's first statement it covers the statement
    // and the file): it is used when any of them silenced something.
    Map<SourceSpan, List<Suppression>> byDirective = input.suppressions().stream()
        .collect(Collectors.groupingBy(Suppression::directive, LinkedHashMap::new, Collectors.toList()));
    List<SuppressionDirective> directives = new ArrayList<>();
    byDirective.forEach((directive, suppressions) -> directives.add(new SuppressionDirective(directive,
        suppressions.get(0).ruleIds(), suppressions.get(0).reason(), findings.stream()
            .filter(f -> suppressions.stream().anyMatch(s -> s.covers(f))).map(Finding::ruleId)
            .collect(Collectors.toSet()))));
    Set<String> ranIds = selection.rules().stream().map(SelectedRule::id).collect(Collectors.toSet());
    List<Finding> reported = new ArrayList<>();
    for (SelectedRule rule : selection.rules()) {
      if (rule.registered().rule() instanceof SuppressionRule suppressionRule) {
        RunContext context = new RunContext(input, rule, facts);
        try {
          suppressionRule.check(context, directives, ranIds);
          reported.addAll(context.findings());
        } catch (RuntimeException e) {
          ruleFailures.accept("rule " + rule.id() + " failed and was skipped: " + e);
        }
      }
    }
    return reported;
  }

  private List<Finding> runOne(SchemaRule schemaRule, SelectedRule rule, LintInput input, DerivedFacts facts) {
    RunContext context = new RunContext(input, rule, facts);
    try {
      schemaRule.check(context);
      return context.findings();
    } catch (RuntimeException | StackOverflowError e) {
      // A broken rule is a bug in Plumb or a plugin; the other rules still deserve to run.
      synchronized (ruleFailures) {
        // Rules run in parallel; the sink need not be thread-safe.
        ruleFailures.accept("rule " + rule.id() + " failed and was skipped: " + e);
      }
      return List.of();
    }
  }

  private static RuleDescriptor withSeverity(SelectedRule rule) {
    RuleDescriptor d = rule.registered().descriptor();
    return new RuleDescriptor(d.id(), rule.severity(), d.summary(), d.description(), d.remediation(), d.category(),
        d.enabledByDefault(), d.options());
  }
}
