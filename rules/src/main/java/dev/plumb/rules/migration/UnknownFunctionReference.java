package dev.plumb.rules.migration;

import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.migration.ObjectKind;
import java.util.Set;

/** CREATE TRIGGER fails when the function it executes does not exist yet. */
@RuleInfo(
    id = "unknown-function-reference",
    severity = Severity.ERROR,
    category = "migration",
    summary = "A trigger executes a function that does not exist at that point",
    description = "Replaying the migrations in order, `CREATE TRIGGER ... EXECUTE FUNCTION f()` (or `EXECUTE "
        + "PROCEDURE`) comes before any statement that creates `f`. PostgreSQL rejects the trigger. The function "
        + "is looked up by name (in any schema when the call names none), since trigger functions take no "
        + "declared arguments.",
    remediation = "Create the function before the trigger: move the CREATE FUNCTION up, or the CREATE TRIGGER "
        + "down.")
public final class UnknownFunctionReference implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    UnresolvedReferences.report(context, Set.of(ObjectKind.FUNCTION));
  }
}
