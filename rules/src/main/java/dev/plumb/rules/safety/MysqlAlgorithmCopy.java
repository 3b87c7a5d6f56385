package dev.plumb.rules.safety;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.operation.ConstraintKind;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.core.model.operation.TableChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A MySQL ALTER TABLE that copies the table blocks every write to it until the last row is copied. */
@RuleInfo(
    id = "mysql-algorithm-copy",
    severity = Severity.WARNING,
    category = "safety",
    summary = "A MySQL ALTER TABLE (or CREATE INDEX) copies the table, blocking writes until it is done",
    description = "MySQL 8 and MariaDB do most changes in place or instantly, but some only by copying the "
        + "table row by row (ALGORITHM=COPY), and during the copy no INSERT, UPDATE or DELETE on the table goes "
        + "through: on a big table that is minutes to hours of failed writes. Reported: ALGORITHM=COPY written "
        + "out (in ALTER TABLE or CREATE INDEX); CONVERT TO CHARACTER SET; DROP PRIMARY KEY without "
        + "adding another in the same statement; adding a STORED generated column; and adding a foreign key "
        + "while foreign_key_checks is on (MySQL builds it in place only with the checks off). Statements with "
        + "ALGORITHM=INPLACE or INSTANT are not reported: MySQL refuses them rather than copy. Tables created "
        + "earlier in the same migration are empty and not reported. A MODIFY or CHANGE to another data type "
        + "or charset copies the table too; column-type-change-rewrites-table reports those, and ENUM and SET "
        + "lists are mysql-enum-change-copies-table's, so one statement gets one finding.",
    lock = "Table copy (ALGORITHM=COPY): reads go on, every INSERT, UPDATE and DELETE waits until the copy is done",
    remediation = "Run the change with an online schema change tool (gh-ost, pt-online-schema-change), or add a "
        + "new column, backfill it in batches and switch over; write ALGORITHM=INPLACE to make MySQL refuse a "
        + "change it cannot do without copying.",
    badExample = "ALTER TABLE orders CONVERT TO CHARACTER SET utf8mb4;",
    safeExample = "-- gh-ost --database=shop --table=orders --alter=\"CONVERT TO CHARACTER SET utf8mb4\" --execute",
    equivalents = {"strong_migrations (changing the type of a column)"})
public final class MysqlAlgorithmCopy implements SchemaRule {

  /** One thing in the statement that makes MySQL copy the table. */
  private record Reason(String text, SourceSpan span, Optional<String> alter) {
  }

  @Override
  public void check(RuleContext context) {
    if (!context.dialect().isMysqlFamily()) {
      return;
    }
    boolean checksOff = false;
    int migration = -1;
    for (SafetyStep step : SafetySteps.of(context)) {
      if (step.step().migration() != migration) {
        migration = step.step().migration();
        checksOff = false;
      }
      for (Operation operation : step.operations()) {
        if (operation instanceof Operation.AlterTable alter && step.isExistingTable(alter.table())
            && !MysqlFamily.refusesCopy(alter)) {
          List<Reason> reasons = reasons(alter, checksOff);
          if (!reasons.isEmpty()) {
            report(context, alter, reasons);
          }
        } else if (operation instanceof Operation.CreateIndex index && step.isExistingTable(index.table())
            && index.algorithm().filter("COPY"::equals).isPresent()) {
          context.report(Location.of(index.span(), index.table()), "CREATE INDEX on " + index.table()
                  + " asks for ALGORITHM=COPY, so " + MysqlFamily.product(context.dialect()) + " copies the table: "
                  + "writes to " + index.table() + " wait until every row is copied")
              .remediation("Leave out ALGORITHM=COPY: an index is built in place while writes go on.");
        } else if (operation instanceof Operation.SetSetting setting
            && setting.name().equals("foreign_key_checks") && setting.scope() != Operation.SettingScope.GLOBAL) {
          String value = setting.value().strip().toLowerCase(Locale.ROOT);
          checksOff = value.equals("0") || value.equals("off") || value.equals("false");
        }
      }
    }
  }

  private static List<Reason> reasons(Operation.AlterTable alter, boolean checksOff) {
    List<Reason> reasons = new ArrayList<>();
    if (alter.algorithm().filter("COPY"::equals).isPresent()) {
      reasons.add(new Reason("asks for ALGORITHM=COPY", alter.span(), Optional.empty()));
    }
    boolean addsPrimaryKey = alter.changes().stream().anyMatch(c -> c instanceof TableChange.AddConstraint add
        && add.constraint().kind() == ConstraintKind.PRIMARY_KEY);
    for (TableChange change : alter.changes()) {
      if (change instanceof TableChange.SetCharset charset && charset.convert()) {
        reasons.add(new Reason("converts every text column to " + charset.charset(), change.span(),
            Optional.of("CONVERT TO CHARACTER SET " + charset.charset()
                + charset.collation().map(c -> " COLLATE " + c).orElse(""))));
      } else if (change instanceof TableChange.DropConstraint drop && drop.name().equals("PRIMARY")
          && !addsPrimaryKey) {
        reasons.add(new Reason("drops the primary key without adding another", change.span(),
            Optional.of("DROP PRIMARY KEY")));
      } else if (change instanceof TableChange.AddColumn add && add.column().storedGeneration()) {
        reasons.add(new Reason("adds the stored generated column " + add.column().name(), change.span(),
            Optional.empty()));
      } else if (change instanceof TableChange.AddConstraint add
          && add.constraint().kind() == ConstraintKind.FOREIGN_KEY && !checksOff) {
        reasons.add(new Reason("adds a foreign key while foreign_key_checks is on", change.span(),
            Optional.empty()));
      }
    }
    return reasons;
  }

  private static void report(RuleContext context, Operation.AlterTable alter, List<Reason> reasons) {
    String why = String.join("; ", reasons.stream().map(Reason::text).toList());
    FindingBuilder finding = context.report(Location.of(reasons.get(0).span(), alter.table()), "ALTER TABLE "
        + alter.table() + " " + why + ", so " + MysqlFamily.product(context.dialect()) + " copies the table: "
        + "writes to " + alter.table()
        + " wait until every row is copied");
    List<String> changes = reasons.stream().map(Reason::alter).flatMap(Optional::stream).toList();
    if (!changes.isEmpty() && changes.size() == reasons.size()) {
      finding.remediation("Run the change with an online schema change tool, which copies the table while "
          + "writes go on:", OnlineSchemaChange.ghOst(alter.table(), String.join(", ", changes)));
    } else {
      finding.remediation("Run the change with an online schema change tool (gh-ost, "
          + "pt-online-schema-change), which copies the table while writes go on.");
    }
    if (reasons.stream().anyMatch(r -> r.text().contains("foreign_key_checks"))) {
      finding.remediation("Or add the foreign key in place with the checks off for this session (existing rows "
          + "are then not checked):", "SET foreign_key_checks = 0;\n-- the ALTER TABLE\n"
          + "SET foreign_key_checks = 1;");
    }
  }
}
