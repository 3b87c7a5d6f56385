package dev.plumb.rules.expected;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.ForeignKey;
import dev.plumb.core.model.ReferentialAction;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.expected.ExpectedForeignKey;
import dev.plumb.core.model.expected.ExpectedTable;
import java.util.Optional;
import java.util.stream.Stream;

/** Without the foreign key the database accepts orphaned rows; with the wrong action deletes cascade or fail. */
@RuleInfo(
    id = "missing-foreign-key",
    severity = Severity.ERROR,
    category = "expected",
    summary = "A table lacks a foreign key the expected schema lists, or its actions differ",
    description = "No foreign key of the table goes from the expected columns to the expected table (and columns, "
        + "where the expected schema names them). Where the expected schema gives `onDelete` or `onUpdate`, a "
        + "foreign key with another action is reported too.",
    remediation = "Add the foreign key in a new migration; in PostgreSQL add it NOT VALID and validate it "
        + "separately so the check of existing rows does not block writes.")
public final class MissingForeignKey implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    context.expected().ifPresent(expected -> {
      for (ExpectedTable table : expected.tables()) {
        context.actual().table(table.path()).ifPresent(actual -> {
          for (ExpectedForeignKey key : table.foreignKeys()) {
            checkKey(context, key, actual);
          }
        });
      }
    });
  }

  private static void checkKey(RuleContext context, ExpectedForeignKey expected, Table table) {
    Optional<ForeignKey> found = table.foreignKeys().stream()
        .filter(fk -> fk.columns().equals(expected.columns()))
        .filter(fk -> fk.referencedTable().equals(expected.referencedTable()))
        .filter(fk -> expected.referencedColumns().isEmpty() || fk.referencedColumns().isEmpty()
            || fk.referencedColumns().equals(expected.referencedColumns()))
        .findFirst();
    if (found.isEmpty()) {
      reportMissing(context, expected, table);
      return;
    }
    ForeignKey actual = found.get();
    String onDelete = actionMismatch("ON DELETE", expected.onDelete(), actual.onDelete());
    String onUpdate = actionMismatch("ON UPDATE", expected.onUpdate(), actual.onUpdate());
    if (onDelete.isEmpty() && onUpdate.isEmpty()) {
      return;
    }
    String differences = String.join("; ", Stream.of(onDelete, onUpdate)
        .filter(s -> !s.isEmpty()).toList());
    FindingBuilder finding = context.report(Location.of(expected.span(), table.path()),
        "Foreign key " + describe(expected) + " of " + table.path() + " differs: " + differences);
    actual.span().ifPresent(span -> finding.related(span, "the foreign key is declared here"));
    String name = actual.name().orElse(defaultName(table, expected));
    var ddl = ExpectedColumnSql.ddl(context.dialect());
    finding.remediation("Recreate the foreign key with the expected actions in a new migration:",
        ddl.dropConstraint(table.path(), name) + "\n" + ddl.addForeignKey(table.path(), name, expected.columns(),
            expected.referencedTable(), expected.referencedColumns(),
            expected.onDelete().or(() -> Optional.of(actual.onDelete())),
            expected.onUpdate().or(() -> Optional.of(actual.onUpdate()))));
  }

  private static void reportMissing(RuleContext context, ExpectedForeignKey expected, Table table) {
    FindingBuilder finding = context.report(Location.of(expected.span(), table.path()),
        "Table " + table.path() + " has no foreign key " + describe(expected));
    table.span().ifPresent(span -> finding.related(span, "table " + table.path() + " is created here"));
    if (context.actual().table(expected.referencedTable()).isEmpty()) {
      finding.remediation("Create table " + expected.referencedTable() + " first: the foreign key refers to it.");
    }
    finding.remediation("Add the foreign key in a new migration:",
        ExpectedColumnSql.ddl(context.dialect()).addForeignKey(table.path(), defaultName(table, expected),
            expected.columns(), expected.referencedTable(), expected.referencedColumns(), expected.onDelete(),
            expected.onUpdate()));
  }

  private static String actionMismatch(String clause, Optional<ReferentialAction> wanted, ReferentialAction actual) {
    if (wanted.isEmpty() || sameAction(wanted.get(), actual)) {
      return "";
    }
    return clause + " is " + actual.sql() + ", expected " + wanted.get().sql();
  }

  /** NO ACTION and RESTRICT differ only in when the check runs; code cannot tell them apart. */
  private static boolean sameAction(ReferentialAction wanted, ReferentialAction actual) {
    boolean wantedRefuses = wanted == ReferentialAction.NO_ACTION || wanted == ReferentialAction.RESTRICT;
    boolean actualRefuses = actual == ReferentialAction.NO_ACTION || actual == ReferentialAction.RESTRICT;
    return wanted == actual || (wantedRefuses && actualRefuses);
  }

  private static String describe(ExpectedForeignKey key) {
    String target = key.referencedTable() + (key.referencedColumns().isEmpty() ? ""
        : "(" + String.join(", ", key.referencedColumns()) + ")");
    return "(" + String.join(", ", key.columns()) + ") -> " + target;
  }

  private static String defaultName(Table table, ExpectedForeignKey key) {
    return key.name().orElse(table.name() + "_" + String.join("_", key.columns()) + "_fkey");
  }
}
