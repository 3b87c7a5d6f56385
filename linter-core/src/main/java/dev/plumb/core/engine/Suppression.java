package dev.plumb.core.engine;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.SourceSpan;
import java.util.Set;

/**
 * An inline {@code -- plumb:ignore rule-id[, rule-id] reason} comment and the statement (or YAML line) it
 * covers.
 *
 * @param directive where the comment is
 * @param target what it covers: the statement after it
 */
public record Suppression(SourceSpan directive, Set<String> ruleIds, String reason, SourceSpan target) {

  public Suppression {
    requireNonNull(directive, "no directive span given");
    ruleIds = Set.copyOf(requireNonNull(ruleIds, "no rule ids given"));
    requireNonNull(reason, "no reason given");
    requireNonNull(target, "no target span given");
  }

  public boolean covers(Finding finding) {
    if (!ruleIds.contains(finding.ruleId())) {
      return false;
    }
    return finding.location().span()
        .filter(span -> span.file().equals(target.file()))
        .filter(span -> target.contains(span.line(), span.column()))
        .isPresent();
  }
}
