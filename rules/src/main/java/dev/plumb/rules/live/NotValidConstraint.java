package dev.plumb.rules.live;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.ddl.DdlWriter;
import dev.plumb.core.model.CheckConstraint;
import dev.plumb.core.model.ForeignKey;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.live.LiveFacts.UnvalidatedConstraint;
import java.util.Optional;
import java.util.stream.Stream;

/** A constraint added NOT VALID and never validated guards new rows only: the old ones may break it. */
@RuleInfo(
    id = "not-valid-constraint",
    severity = Severity.WARNING,
    category = "live",
    summary = "A constraint was added NOT VALID and never validated",
    description = "Adding a foreign key or check constraint `NOT VALID` is the safe first half of a migration: "
        + "it checks new and updated rows at once without scanning the table under a heavy lock. The second half, "
        + "`VALIDATE CONSTRAINT`, checks the existing rows under a lock that lets reads and writes go on. A "
        + "constraint the live database still has unvalidated (`pg_constraint.convalidated = false`) means the "
        + "second half never ran: rows written before may violate it, and the planner cannot rely on it.",
    remediation = "Validate it in a migration of its own; it scans the table but blocks neither reads nor writes "
        + "(a foreign key also takes a SHARE ROW EXCLUSIVE lock on the referenced table, which blocks writes "
        + "there). Fix the rows that violate it first.",
    lock = "VALIDATE CONSTRAINT takes SHARE UPDATE EXCLUSIVE on the table: reads and writes go on",
    badExample = "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) "
        + "NOT VALID;\n-- and no VALIDATE CONSTRAINT afterwards",
    safeExample = "ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;")
public final class NotValidConstraint implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    DdlWriter ddl = new DdlWriter(context.dialect());
    for (UnvalidatedConstraint constraint : context.liveFacts().unvalidatedConstraints()) {
      ObjectPath object = constraint.table().child(constraint.name());
      Optional<SourceSpan> span = context.actual().table(constraint.table()).flatMap(t -> spanOf(t, constraint));
      context.report(Location.of(span, object), constraint.kind() + " constraint " + constraint.name() + " on "
              + constraint.table() + " was added NOT VALID and never validated: rows written before it may "
              + "violate it")
          .remediation("Validate it; this checks the existing rows without blocking reads or writes:",
              "ALTER TABLE " + ddl.tableName(constraint.table()) + " VALIDATE CONSTRAINT "
                  + ddl.name(constraint.name()) + ";");
    }
  }

  private static Optional<SourceSpan> spanOf(Table table, UnvalidatedConstraint constraint) {
    Optional<String> name = Optional.of(constraint.name());
    return Stream.concat(
            table.foreignKeys().stream().filter(k -> k.name().equals(name)).map(ForeignKey::span),
            table.checks().stream().filter(c -> c.name().equals(name)).map(CheckConstraint::span))
        .flatMap(Optional::stream).findFirst().or(table::span);
  }
}
