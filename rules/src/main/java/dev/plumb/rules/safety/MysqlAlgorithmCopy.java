package dev.plumb.rules.safety;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.DataType;
import dev.plumb.core.model.Dialect;
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
        + "out (in ALTER TABLE or CREATE INDEX); a MODIFY or CHANGE to another data type (widening a VARCHAR within the same length-byte size "
        + "is done in place, counted at 4 bytes a character unless the column names its charset; ENUM and SET "
        + "lists are mysql-enum-change-copies-table's); CONVERT TO CHARACTER SET; DROP PRIMARY KEY without "
        + "adding another in the same statement; adding a STORED generated column; and adding a foreign key "
        + "while foreign_key_checks is on (MySQL builds it in place only with the checks off). Statements with "
        + "ALGORITHM=INPLACE or INSTANT are not reported: MySQL refuses them rather than copy. Tables created "
        + "earlier in the same migration are empty and not reported.",
    lock = "Table copy (ALGORITHM=COPY): reads go on, every INSERT, UPDATE and DELETE waits until the copy is done",
    remediation = "Run the change with an online schema change tool (gh-ost, pt-online-schema-change), or add a "
        + "new column, backfill it in batches and switch over; write ALGORITHM=INPLACE to make MySQL refuse a "
        + "change it cannot do without copying.",
    badExample = "ALTER TABLE orders MODIFY amount bigint NOT NULL;  -- was int",
    safeExample = "-- gh-ost --database=shop --table=orders --alter=\"MODIFY amount bigint NOT NULL\" --execute\n"
        + "-- or a new column, filled in batches:\n"
        + "ALTER TABLE orders ADD COLUMN amount_big bigint, ALGORITHM=INSTANT;",
    equivalents = {"strong_migrations (changing the type of a column)"})
public final class MysqlAlgorithmCopy implements SchemaRule {

  /** One thing in the statement that makes MySQL copy the table. */
  private record Reason(String text, SourceSpan span, Optional<String> alter) {
  }

  /** A column's type before the change, and the charset written for it. */
  private record OldType(DataType type, Optional<String> charset) {
  }

  @Override
  public void check(RuleContext context) {
    if (!context.dialect().isMysqlFamily()) {
      return;
    }
    boolean checksOff = false;
    int migration = -1;
    WrittenColumns written = new WrittenColumns();
    for (SafetyStep step : SafetySteps.of(context)) {
      if (step.step().migration() != migration) {
        migration = step.step().migration();
        checksOff = false;
      }
      for (Operation operation : step.operations()) {
        if (operation instanceof Operation.AlterTable alter && step.isExistingTable(alter.table())
            && !MysqlFamily.refusesCopy(alter)) {
          List<Reason> reasons = reasons(alter, step, written, checksOff, context.dialect());
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
        written.apply(operation);
      }
    }
  }

  private static List<Reason> reasons(Operation.AlterTable alter, SafetyStep step, WrittenColumns written,
                                      boolean checksOff, Dialect dialect) {
    List<Reason> reasons = new ArrayList<>();
    if (alter.algorithm().filter("COPY"::equals).isPresent()) {
      reasons.add(new Reason("asks for ALGORITHM=COPY", alter.span(), Optional.empty()));
    }
    boolean addsPrimaryKey = alter.changes().stream().anyMatch(c -> c instanceof TableChange.AddConstraint add
        && add.constraint().kind() == ConstraintKind.PRIMARY_KEY);
    for (TableChange change : alter.changes()) {
      if (change instanceof TableChange.RedefineColumn redefine) {
        Optional<OldType> old = oldType(alter, redefine.column(), step, written);
        Optional<DataType> now = redefine.definition().type();
        Optional<String> charset = redefine.definition().charset();
        Optional<String> oldCharset = old.flatMap(OldType::charset);
        Optional<String> alterText = Optional.of(OnlineSchemaChange.redefinition(redefine, dialect));
        if (charset.isPresent() && oldCharset.isPresent() && !charset.equals(oldCharset)) {
          reasons.add(new Reason("changes column " + redefine.column() + " from character set "
              + oldCharset.get() + " to " + charset.get(), change.span(), alterText));
        } else if (old.isPresent() && now.isPresent() && copiesType(old.get(), now.get(), redefine)) {
          reasons.add(new Reason("changes column " + redefine.column() + " from " + old.get().type().toSql()
              + " to " + redefine.definition().typeText().strip(), change.span(), alterText));
        }
      } else if (change instanceof TableChange.SetCharset charset && charset.convert()) {
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

  /**
   * The column's type before the change: as the statement that last defined it wrote it, or else from the
   * model, whose MySQL type names may carry the charset ({@code varchar character set latin1}).
   */
  private static Optional<OldType> oldType(Operation.AlterTable alter, String column, SafetyStep step,
                                           WrittenColumns written) {
    Optional<OldType> fromStatement = written.get(alter.table(), column)
        .flatMap(d -> d.type().map(t -> new OldType(t, d.charset())));
    if (fromStatement.isPresent()) {
      return fromStatement;
    }
    return step.step().before().table(alter.table()).flatMap(t -> t.column(column)).map(Column::type)
        .map(MysqlAlgorithmCopy::withoutCharset);
  }

  private static OldType withoutCharset(DataType type) {
    String name = type.name();
    int charset = name.indexOf(" character set ");
    int collate = name.indexOf(" collate ");
    int cut = charset >= 0 ? charset : collate;
    if (cut < 0) {
      return new OldType(type, Optional.empty());
    }
    Optional<String> written = charset < 0 ? Optional.empty()
        : Optional.of(name.substring(charset + " character set ".length()).split(" ")[0]);
    DataType plain = new DataType(name.substring(0, cut), type.length(), type.precision(), type.scale(),
        type.arrayDimensions());
    return new OldType(plain, written);
  }

  /** Whether a MODIFY from one type to the other needs a copy; ENUM and SET lists are another rule's. */
  private static boolean copiesType(OldType before, DataType now, TableChange.RedefineColumn redefine) {
    DataType old = before.type();
    Optional<String> charset = redefine.definition().charset();
    if (old.equals(now) || (isList(old, "enum") && isList(now, "enum")) || (isList(old, "set") && isList(now, "set"))) {
      return false;
    }
    if (old.name().equals("varchar") && now.name().equals("varchar") && old.length().isPresent()
        && now.length().isPresent() && now.length().get() >= old.length().get()) {
      int perCharacter = bytesPerCharacter(charset.or(before::charset));
      return lengthBytes(old.length().get() * perCharacter) != lengthBytes(now.length().get() * perCharacter);
    }
    return true;
  }

  private static boolean isList(DataType type, String kind) {
    return type.name().startsWith(kind + "(") || type.name().startsWith(kind + " (");
  }

  /** A VARCHAR keeps its length in 1 byte up to 255 bytes of data, in 2 beyond. */
  private static int lengthBytes(int maxBytes) {
    return maxBytes > 255 ? 2 : 1;
  }

  private static int bytesPerCharacter(Optional<String> charset) {
    String name = charset.orElse("utf8mb4");
    if (name.equals("latin1") || name.equals("ascii") || name.equals("binary")) {
      return 1;
    }
    return name.equals("utf8") || name.equals("utf8mb3") ? 3 : 4;
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
    if (reasons.stream().anyMatch(r -> r.text().startsWith("changes column"))) {
      finding.remediation("Or add a new column of the new type (instant), backfill it in batches, and switch "
          + "the application over before dropping the old one.");
    }
  }
}
