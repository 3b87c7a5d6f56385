package dev.plumb.rules.design;

import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.ColumnDefinition;

/** char(n) pads every value with blanks, which surprises every comparison and every client that reads it. */
@RuleInfo(
    id = "avoid-char-type",
    severity = Severity.NOTE,
    category = "design",
    enabledByDefault = false,
    summary = "A column is char(n), which pads values with blanks",
    description = "`char(n)` (`character(n)`, `bpchar`, and plain `char`, which is `char(1)`) pads shorter values "
        + "with blanks to the full length, drops trailing blanks when comparing, and gives them back to clients "
        + "that concatenate or measure the value. It saves no space over `text` or `varchar` in PostgreSQL, "
        + "whose manual advises against it; a code of fixed length is better kept as `text` with a CHECK "
        + "constraint. The one-byte internal type `\"char\"` (quoted) is a different type and not reported. "
        + "PostgreSQL only."
        + " Off by default, like all design advice: switch it on under `rules:` in plumb.yml.",
    remediation = "Declare the column `text` (with `CHECK (length(column) = n)` for codes of fixed length), or "
        + "`varchar`.",
    badExample = "CREATE TABLE countries (code char(2) PRIMARY KEY);",
    safeExample = "CREATE TABLE countries (code text PRIMARY KEY CHECK (length(code) = 2));",
    equivalents = {"Squawk ban-char-field"})
public final class AvoidCharType implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    if (context.dialect() != Dialect.POSTGRESQL) {
      return;
    }
    for (CreatedColumn created : CreatedColumns.of(context)) {
      ColumnDefinition definition = created.definition();
      boolean still = CreatedColumns.finalColumn(context, created)
          .filter(c -> c.type().name().equals("character")).isPresent();
      if (!definition.type().filter(t -> t.name().equals("character")).isPresent() || !still) {
        continue;
      }
      TypeAdvice.report(context, created, "Column " + created.path() + " is " + TypeAdvice.written(definition)
          + ", which pads values with blanks to its length; use text or varchar", "Use text", "text");
    }
  }
}
