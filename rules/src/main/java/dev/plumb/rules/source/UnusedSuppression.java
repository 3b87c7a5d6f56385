package dev.plumb.rules.source;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.Severity;
import dev.plumb.core.api.SuppressionDirective;
import dev.plumb.core.api.SuppressionRule;
import dev.plumb.core.api.TextEdit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A suppression that silences nothing hides the next real finding of that rule at that place. */
@RuleInfo(
    id = "unused-suppression",
    severity = Severity.NOTE,
    category = "source",
    summary = "A plumb:ignore comment suppresses nothing",
    description = "A `plumb:ignore` comment names rules that report nothing at the statement (or YAML entry) it "
        + "covers: the problem it was written for is gone, or it names the wrong rule. Left in place, it silences "
        + "the next real finding of that rule there without anyone noticing. Only rules that ran are judged: a "
        + "comment for a rule switched off in this run says nothing about that rule.",
    remediation = "Delete the comment, or the rule ids in it that no longer report anything.",
    badExample = "-- plumb:ignore create-index-not-concurrently the table is small\n"
        + "CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);",
    safeExample = "CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);",
    equivalents = {"ESLint --report-unused-disable-directives", "Squawk unused-ignore"})
public final class UnusedSuppression implements SuppressionRule {

  @Override
  public void check(RuleContext context, List<SuppressionDirective> directives, Set<String> ran) {
    for (SuppressionDirective directive : directives) {
      Set<String> unused = new TreeSet<>(directive.ruleIds());
      unused.removeAll(directive.suppressed());
      unused.retainAll(ran);
      if (unused.isEmpty()) {
        continue;
      }
      var finding = context.report(Location.of(directive.directive()), "plumb:ignore " + String.join(", ", unused)
          + " suppresses nothing here: " + (unused.size() == 1 ? "that rule reports" : "those rules report")
          + " nothing at the statement it covers");
      if (unused.equals(directive.ruleIds())) {
        finding.fix("Delete the comment", List.of(TextEdit.replace(directive.directive(), "")));
      } else {
        finding.remediation("Take " + String.join(", ", unused) + " out of the comment.");
      }
    }
  }
}
