package dev.plumb.rules.migration;

import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.migration.ObjectKind;
import java.util.Set;

/** An index, key or write on a column the table does not have fails, and with it the deploy. */
@RuleInfo(
    id = "unknown-column-reference",
    severity = Severity.ERROR,
    category = "migration",
    summary = "A statement refers to a column that does not exist at that point",
    description = "Replaying the migrations in order, the statement names a column its table does not have at "
        + "that point: an index key, a key or foreign-key column, a column a foreign key references, ALTER TABLE "
        + "... ALTER / DROP / RENAME COLUMN, COMMENT ON COLUMN, or a column INSERT or UPDATE writes. The database "
        + "rejects it. The finding says where the column is created, if a later statement creates it. Nothing is "
        + "reported about a table that a statement Plumb could not parse may have changed.",
    remediation = "Move the statement after the one that adds the column, or add the column first; if the name "
        + "is wrong, correct it.")
public final class UnknownColumnReference implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    UnresolvedReferences.report(context, Set.of(ObjectKind.COLUMN));
  }
}
