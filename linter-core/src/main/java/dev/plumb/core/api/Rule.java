package dev.plumb.core.api;

import java.util.List;

/**
 * A lint rule. Implementations are stateless, carry {@link RuleInfo}, have a public no-argument constructor
 * and implement one of the sub-interfaces that say what they inspect: {@link SchemaRule} (the schema, the
 * migrations, a live database) or {@link SuppressionRule} (the run's inline suppressions).
 */
public interface Rule {

  /** The options this rule reads, so config can be checked and documented; none by default. */
  default List<RuleOption<?>> options() {
    return List.of();
  }
}
