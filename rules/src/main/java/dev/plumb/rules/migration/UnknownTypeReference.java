package dev.plumb.rules.migration;

import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.migration.ObjectKind;
import java.util.Set;

/** A column of an enum or domain type that is created later fails, and with it the deploy. */
@RuleInfo(
    id = "unknown-type-reference",
    severity = Severity.ERROR,
    category = "migration",
    summary = "A column is of a type that does not exist at that point",
    description = "Replaying the migrations in order, a column (in CREATE TABLE, ADD COLUMN or ALTER COLUMN ... "
        + "TYPE) is of a type that is neither built in nor created by an earlier CREATE TYPE or CREATE DOMAIN. "
        + "PostgreSQL only: the other dialects have no such types. Types of the common extensions (citext, "
        + "hstore, PostGIS, pgvector, ...) count as built in, and once a migration creates any extension no "
        + "type is reported, since an extension's types cannot be known.",
    remediation = "Create the type before the column that uses it; if the name is wrong, correct it.")
public final class UnknownTypeReference implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    UnresolvedReferences.report(context, Set.of(ObjectKind.TYPE));
  }
}
