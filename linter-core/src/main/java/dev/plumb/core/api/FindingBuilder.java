package dev.plumb.core.api;

import dev.plumb.core.model.SourceSpan;
import java.util.List;

/** Adds detail to a finding a rule has reported; the finding is complete when the rule returns. */
public interface FindingBuilder {

  /** Reports this finding at another severity than the rule's (e.g. an optional table: one step lower). */
  FindingBuilder severity(Severity severity);

  FindingBuilder related(SourceSpan span, String message);

  FindingBuilder remediation(String description);

  FindingBuilder remediation(String description, String sql);

  /** A remediation that is an edit of a file Plumb read, which editors can apply as a quick fix. */
  FindingBuilder fix(String description, List<TextEdit> edits);
}
