package dev.plumb.core.api;

import java.util.List;
import java.util.Set;

/**
 * A rule about the run's inline suppressions rather than the schema: it runs after every {@link SchemaRule},
 * when it is known which suppressions silenced something.
 */
public interface SuppressionRule extends Rule {

  /**
   * @param directives every {@code plumb:ignore} comment of the run's files
   * @param ran the ids of the rules that ran in this run (a directive for a rule switched off silences nothing,
   *     and says nothing about the rule when it is on)
   */
  void check(RuleContext context, List<SuppressionDirective> directives, Set<String> ran);
}
