package dev.plumb.rules.design;

import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.DataType;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.ColumnDefinition;

/** A timestamp without time zone is a wall-clock reading: which instant it means depends on who wrote it. */
@RuleInfo(
    id = "prefer-timestamptz",
    severity = Severity.NOTE,
    category = "design",
    enabledByDefault = false,
    summary = "A column is timestamp without time zone",
    description = "`timestamp` (`timestamp without time zone`) stores a date and a wall-clock time, with no "
        + "offset. A value written as `now()` is converted to the session's `TimeZone` first, so two servers or "
        + "drivers with different settings store different readings of the same instant, and comparisons "
        + "across a daylight-saving change go wrong. `timestamptz` stores the instant (in UTC) and shows it in "
        + "the session's time zone; it takes the same 8 bytes. Keep `timestamp` only for readings that are not "
        + "instants, such as an appointment's local time. PostgreSQL only."
        + " Off by default, like all design advice: switch it on under `rules:` in plumb.yml.",
    remediation = "Declare the column `timestamptz` (`timestamp with time zone`).",
    badExample = "CREATE TABLE events (created_at timestamp NOT NULL DEFAULT now());",
    safeExample = "CREATE TABLE events (created_at timestamptz NOT NULL DEFAULT now());",
    equivalents = {"Squawk prefer-timestamptz"})
public final class PreferTimestamptz implements SchemaRule {

  private static final String WITHOUT_ZONE = "timestamp without time zone";

  @Override
  public void check(RuleContext context) {
    if (context.dialect() != Dialect.POSTGRESQL) {
      return;
    }
    for (CreatedColumn created : CreatedColumns.of(context)) {
      ColumnDefinition definition = created.definition();
      boolean still = CreatedColumns.finalColumn(context, created)
          .filter(c -> c.type().name().equals(WITHOUT_ZONE)).isPresent();
      if (!definition.type().filter(t -> t.name().equals(WITHOUT_ZONE)).isPresent() || !still) {
        continue;
      }
      String precision = definition.type().flatMap(DataType::precision).map(p -> "(" + p + ")").orElse("");
      String replacement = "timestamptz" + precision;
      TypeAdvice.report(context, created, "Column " + created.path() + " is " + TypeAdvice.written(definition)
          + ", which stores a wall-clock time without its offset; use timestamptz, which stores the instant",
          "Use " + replacement, replacement);
    }
  }
}
