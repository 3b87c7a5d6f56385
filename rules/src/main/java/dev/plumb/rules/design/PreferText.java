package dev.plumb.rules.design;

import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.DataType;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.ColumnDefinition;

/** A length limit in the type is hard to change on a big table; text with a CHECK constraint is not. */
@RuleInfo(
    id = "prefer-text",
    severity = Severity.NOTE,
    category = "design",
    enabledByDefault = false,
    summary = "A column is varchar(n) rather than text",
    description = "In PostgreSQL `varchar(n)` is `text` with a length check built into the type, and no faster. "
        + "The limit is hard to change later: raising it takes an ACCESS EXCLUSIVE lock on the table (brief, "
        + "but it queues behind every running query and every query queues behind it), and lowering it "
        + "rewrites the table. A `CHECK (length(c) <= n)` constraint on a `text` column does the same job and "
        + "can be replaced without blocking (`ADD CONSTRAINT ... NOT VALID`, then `VALIDATE CONSTRAINT`). "
        + "`varchar` without a length is `text` already and is not reported. PostgreSQL only."
        + " Off by default, like all design advice: switch it on under `rules:` in plumb.yml.",
    remediation = "Declare the column `text`, with a `CHECK (length(column) <= n)` constraint if the limit "
        + "matters.",
    badExample = "CREATE TABLE users (email varchar(255) NOT NULL);",
    safeExample = "CREATE TABLE users (email text NOT NULL CHECK (length(email) <= 255));",
    equivalents = {"Squawk prefer-text-field"})
public final class PreferText implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    if (context.dialect() != Dialect.POSTGRESQL) {
      return;
    }
    for (CreatedColumn created : CreatedColumns.of(context)) {
      ColumnDefinition definition = created.definition();
      boolean stillLimited = CreatedColumns.finalColumn(context, created)
          .filter(c -> limitedVarchar(c.type())).isPresent();
      if (!definition.type().filter(PreferText::limitedVarchar).isPresent() || !stillLimited) {
        continue;
      }
      int length = definition.type().get().length().orElseThrow();
      String column = context.dialect().quoteIfNeeded(definition.name());
      TypeAdvice.report(context, created, "Column " + created.path() + " is " + TypeAdvice.written(definition)
              + ": raising the limit later locks the table, lowering it rewrites the table; use text, with a "
              + "CHECK constraint if the limit matters", "Use text", "text")
          .remediation("If the limit matters, keep it in a constraint that can be changed without blocking:",
              column + " text CHECK (length(" + column + ") <= " + length + ")");
    }
  }

  private static boolean limitedVarchar(DataType type) {
    return type.name().equals("character varying") && type.length().isPresent();
  }
}
