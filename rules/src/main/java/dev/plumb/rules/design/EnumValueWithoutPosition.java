package dev.plumb.rules.design;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.EnumType;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.rules.safety.SafetyStep;
import dev.plumb.rules.safety.SafetySteps;
import dev.plumb.rules.safety.SqlNames;
import java.util.List;
import java.util.Optional;

/** An enum value added without BEFORE or AFTER goes last, and enum values sort by position, not by name. */
@RuleInfo(
    id = "enum-value-without-position",
    severity = Severity.NOTE,
    category = "design",
    summary = "An enum value is added without saying where it goes",
    description = "PostgreSQL's `ALTER TYPE ... ADD VALUE` without `BEFORE` or `AFTER` appends the value at the "
        + "end. Enum values compare and sort by their position (ORDER BY, <, >, min/max), so where the value goes "
        + "decides query results, and a position chosen by default is easily wrong ('low', 'high', then "
        + "'medium' sorts medium above high). Writing the position makes the choice visible in review. "
        + "PostgreSQL only.",
    remediation = "Write `BEFORE 'value'` or `AFTER 'value'`; where last is right, `AFTER` the current last value "
        + "says so.",
    badExample = "ALTER TYPE priority ADD VALUE 'medium';",
    safeExample = "ALTER TYPE priority ADD VALUE 'medium' BEFORE 'high';",
    equivalents = {"Squawk require-enum-value-ordering"})
public final class EnumValueWithoutPosition implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    if (context.dialect() != Dialect.POSTGRESQL) {
      return;
    }
    for (SafetyStep step : SafetySteps.of(context)) {
      for (Operation operation : step.operations()) {
        if (operation instanceof Operation.AddEnumValue add && add.position().isEmpty()) {
          report(add, Optional.ofNullable(step.step().before().enumTypes().get(add.type())), context);
        }
      }
    }
  }

  private static void report(Operation.AddEnumValue add, Optional<EnumType> type, RuleContext context) {
    String typeName = SqlNames.of(add.type(), context.dialect());
    Optional<String> last = type.map(EnumType::values).filter(v -> !v.isEmpty()).map(v -> v.get(v.size() - 1));
    String goes = last.map(v -> "it goes after " + literal(v)).orElse("it goes last");
    FindingBuilder finding = context.report(Location.of(add.span(), add.type()), "Value " + literal(add.value())
            + " is added to enum " + typeName + " without BEFORE or AFTER: " + goes + ", and enum values sort and "
            + "compare by position, so this decides ORDER BY and < results")
        .remediation("Say where the value goes: BEFORE or AFTER an existing value of " + typeName + ".");
    last.ifPresent(v -> finding.fix("Write AFTER " + literal(v) + " (where it goes now)",
        List.of(TextEdit.insertAfter(add.valueSpan(), " AFTER " + literal(v)))));
  }

  private static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
