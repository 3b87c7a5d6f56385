package dev.plumb.core.api;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.SourceSpan;
import java.util.Set;

/**
 * An inline {@code plumb:ignore} comment as rules about suppressions see it.
 *
 * @param directive where the comment is written
 * @param ruleIds the rules it silences
 * @param reason the text after the rule ids, empty if none was given
 * @param suppressed the ids of the rules whose findings it actually silenced in this run
 */
public record SuppressionDirective(SourceSpan directive, Set<String> ruleIds, String reason, Set<String> suppressed) {

  public SuppressionDirective {
    requireNonNull(directive, "no directive span given");
    ruleIds = Set.copyOf(requireNonNull(ruleIds, "no rule ids given"));
    requireNonNull(reason, "no reason given");
    suppressed = Set.copyOf(requireNonNull(suppressed, "no suppressed ids given"));
  }
}
