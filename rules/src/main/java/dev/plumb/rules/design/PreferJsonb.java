package dev.plumb.rules.design;

import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.ColumnDefinition;

/** json keeps the text and parses it on every use, and cannot be compared, indexed with GIN or grouped by. */
@RuleInfo(
    id = "prefer-jsonb",
    severity = Severity.NOTE,
    category = "design",
    enabledByDefault = false,
    summary = "A column is json rather than jsonb",
    description = "`json` stores the document as the text written and parses it again on every access. It has "
        + "no equality operator, so `DISTINCT`, `GROUP BY`, `UNION` and unique indexes fail on it, and no GIN "
        + "index supports its containment queries. `jsonb` stores the parsed document: faster to query, "
        + "indexable, comparable. Keep `json` only where the exact text (key order, duplicate keys, "
        + "whitespace) must be preserved. PostgreSQL only."
        + " Off by default, like all design advice: switch it on under `rules:` in plumb.yml.",
    remediation = "Declare the column `jsonb`.",
    badExample = "CREATE TABLE events (payload json NOT NULL);",
    safeExample = "CREATE TABLE events (payload jsonb NOT NULL);",
    equivalents = {})
public final class PreferJsonb implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    if (context.dialect() != Dialect.POSTGRESQL) {
      return;
    }
    for (CreatedColumn created : CreatedColumns.of(context)) {
      ColumnDefinition definition = created.definition();
      boolean still = CreatedColumns.finalColumn(context, created)
          .filter(c -> c.type().name().equals("json")).isPresent();
      if (!definition.type().filter(t -> t.name().equals("json")).isPresent() || !still) {
        continue;
      }
      TypeAdvice.report(context, created, "Column " + created.path() + " is " + TypeAdvice.written(definition)
          + ", which is reparsed on every access and cannot be compared or GIN-indexed; use jsonb", "Use jsonb",
          "jsonb");
    }
  }
}
