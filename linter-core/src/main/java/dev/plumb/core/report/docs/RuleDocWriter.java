package dev.plumb.core.report.docs;

import dev.plumb.core.api.RuleDescriptor;
import dev.plumb.core.api.RuleOption;
import java.util.List;

/** Writes the Markdown page of a rule ({@code docs/rules/<id>.md}) from its metadata, so docs cannot drift. */
public final class RuleDocWriter {

  private RuleDocWriter() {
  }

  public static String page(RuleDescriptor rule) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(rule.id()).append("\n\n");
    md.append(rule.summary()).append(".\n\n");
    md.append("| | |\n|---|---|\n");
    md.append("| Default severity | ").append(rule.defaultSeverity().id()).append(" |\n");
    md.append("| On by default | ").append(rule.enabledByDefault() ? "yes" : "no").append(" |\n");
    md.append("| Category | ").append(rule.category()).append(" |\n\n");
    md.append("## What it checks\n\n").append(rule.description()).append("\n\n");
    md.append("## How to fix\n\n").append(rule.remediation()).append("\n\n");
    md.append("## Configuration\n\n");
    md.append("In `plumb.yml`:\n\n```yaml\nrules:\n  ").append(rule.id()).append(": ")
        .append(rule.enabledByDefault() ? "warning     # or error, note, off" : "warning     # off by default")
        .append("\n```\n\n");
    List<RuleOption<?>> options = rule.options();
    if (!options.isEmpty()) {
      md.append("Options:\n\n| Option | Default | Meaning |\n|---|---|---|\n");
      for (RuleOption<?> option : options) {
        md.append("| `").append(option.name()).append("` | `").append(option.defaultValue()).append("` | ")
            .append(option.description()).append(" |\n");
      }
      md.append('\n');
    }
    md.append("Suppress one occurrence with a comment on the line before the statement or YAML entry:\n")
        .append("`-- plumb:ignore ").append(rule.id()).append(" <reason>` (SQL) or `# plumb:ignore ")
        .append(rule.id()).append(" <reason>` (YAML).\n");
    appendSafetyNotes(rule, md);
    return md.toString();
  }

  /** The sections only migration-safety rules have, each left out when the rule does not fill it in. */
  private static void appendSafetyNotes(RuleDescriptor rule, StringBuilder md) {
    if (!rule.lock().isBlank()) {
      md.append("\n## Lock\n\n").append(sentence(rule.lock())).append('\n');
    }
    appendSql("Bad", rule.badExample(), md);
    appendSql("Safe", rule.safeExample(), md);
    if (!rule.equivalents().isEmpty()) {
      md.append("\n## Equivalents in other tools\n\n");
      rule.equivalents().forEach(equivalent -> md.append("- ").append(equivalent.strip()).append('\n'));
    }
  }

  private static void appendSql(String heading, String sql, StringBuilder md) {
    if (!sql.isBlank()) {
      // Leading blank lines go, the first line's indentation stays.
      String code = sql.replaceFirst("^\\s*\n", "").stripTrailing();
      md.append("\n## ").append(heading).append("\n\n```sql\n").append(code).append("\n```\n");
    }
  }

  private static String sentence(String text) {
    String stripped = text.strip();
    return stripped.endsWith(".") ? stripped : stripped + ".";
  }
}
