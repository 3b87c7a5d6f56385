package dev.plumb.rules.source;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.Severity;
import dev.plumb.core.api.SuppressionDirective;
import dev.plumb.core.api.SuppressionRule;
import java.util.List;
import java.util.Set;

/** A suppression nobody explained is one nobody can judge later. */
@RuleInfo(
    id = "suppression-without-reason",
    severity = Severity.ERROR,
    category = "source",
    enabledByDefault = false,
    summary = "A plumb:ignore comment gives no reason",
    description = "A `plumb:ignore` comment that names rules but says nothing after them leaves the next reader "
        + "to guess whether the finding was judged harmless or only silenced. Off by default; "
        + "`requireSuppressionReason: true` in plumb.yml switches it on as an error (a level under `rules:` "
        + "wins over that).",
    remediation = "Write why after the rule ids: `-- plumb:ignore rule-id the table holds ten rows`.",
    badExample = "-- plumb:ignore create-index-not-concurrently\nCREATE INDEX orders_status_idx ON orders (status);",
    safeExample = "-- plumb:ignore create-index-not-concurrently the table holds ten rows, see OPS-123\n"
        + "CREATE INDEX orders_status_idx ON orders (status);",
    equivalents = {"ESLint eslint-comments/require-description"})
public final class SuppressionWithoutReason implements SuppressionRule {

  @Override
  public void check(RuleContext context, List<SuppressionDirective> directives, Set<String> ran) {
    for (SuppressionDirective directive : directives) {
      if (directive.reason().isBlank()) {
        context.report(Location.of(directive.directive()), "plumb:ignore " + String.join(", ",
                directive.ruleIds().stream().sorted().toList()) + " gives no reason")
            .remediation("Say why after the rule ids, so the next reader can judge it.");
      }
    }
  }
}
