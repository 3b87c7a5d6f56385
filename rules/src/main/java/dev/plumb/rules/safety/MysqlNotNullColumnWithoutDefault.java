package dev.plumb.rules.safety;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.DataType;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.ColumnDefinition;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.core.model.operation.TableChange;
import java.util.Optional;
import java.util.Set;

/** MySQL fills a NOT NULL column added without a default with values nobody chose. */
@RuleInfo(
    id = "mysql-not-null-column-without-default",
    severity = Severity.WARNING,
    category = "safety",
    summary = "A NOT NULL column is added to an existing MySQL table without a DEFAULT",
    description = "Where PostgreSQL rejects `ADD COLUMN c int NOT NULL` on a table with rows, MySQL and MariaDB "
        + "accept it and give every existing row the type's implicit default: 0 for numbers, '' for strings, "
        + "the first value of an ENUM. Those values were never chosen by anyone, and code that reads the "
        + "column cannot tell them from real ones. For DATE, DATETIME and TIMESTAMP the implicit default is the "
        + "zero date, which MySQL's default SQL mode (strict, with NO_ZERO_DATE) rejects: the ALTER then fails on "
        + "a table with rows but passed on the empty table of every test (MariaDB's default mode stores the zero "
        + "date). AUTO_INCREMENT and generated columns fill "
        + "themselves and are not reported; nor are tables created earlier in the same migration, which are "
        + "empty.",
    remediation = "Give the column the DEFAULT the existing rows should get, or add it NULL, fill it in batches, "
        + "and then make it NOT NULL.",
    badExample = "ALTER TABLE orders ADD COLUMN priority int NOT NULL;",
    safeExample = "ALTER TABLE orders ADD COLUMN priority int NOT NULL DEFAULT 0;",
    equivalents = {"Atlas MY101"})
public final class MysqlNotNullColumnWithoutDefault implements SchemaRule {

  private static final Set<String> DATES = Set.of("date", "datetime", "timestamp");
  private static final Set<String> NUMBERS = Set.of("tinyint", "smallint", "mediumint", "int", "bigint", "decimal",
      "float", "double", "bit", "year");
  private static final Set<String> STRINGS = Set.of("char", "varchar", "tinytext", "text", "mediumtext",
      "longtext", "binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob");

  @Override
  public void check(RuleContext context) {
    Dialect dialect = context.dialect();
    if (!dialect.isMysqlFamily()) {
      return;
    }
    for (SafetyStep step : SafetySteps.of(context)) {
      for (Operation operation : step.operations()) {
        if (operation instanceof Operation.AlterTable alter && step.isExistingTable(alter.table())) {
          for (TableChange change : alter.changes()) {
            if (change instanceof TableChange.AddColumn add && fillsRowsItself(add.column())) {
              report(context, alter, add, dialect);
            }
          }
        }
      }
    }
  }

  private static boolean fillsRowsItself(ColumnDefinition column) {
    return column.notNull() && column.defaultExpression().isEmpty() && column.generatedExpression().isEmpty()
        && !column.identity();
  }

  private static void report(RuleContext context, Operation.AlterTable alter, TableChange.AddColumn add,
                             Dialect dialect) {
    ColumnDefinition column = add.column();
    String table = SqlNames.of(alter.table(), dialect);
    String name = SqlNames.of(column.name(), dialect);
    String type = column.typeText().strip();
    // MySQL's default SQL mode has NO_ZERO_DATE, MariaDB's does not.
    boolean date = DATES.contains(column.writtenTypeName());
    boolean fails = date && dialect == Dialect.MYSQL;
    String effect = fails ? "the zero date, which the default SQL mode rejects, so the ALTER fails on a table "
        + "with rows"
        : (date ? Optional.of("the zero date") : implicitDefault(column)).map(v -> v + ", a value nobody chose")
            .orElse("the type's implicit default, a value nobody chose");
    String value = date ? "'2000-01-01'" : implicitDefault(column).orElse("<value>");
    context.report(Location.of(add.span(), alter.table().child(column.name())), "Column " + column.name()
            + " is added NOT NULL without a DEFAULT to existing table " + alter.table() + ": "
            + MysqlFamily.product(dialect) + " fills the existing rows with " + effect)
        .remediation("Give the column the value existing rows should get:",
            "ALTER TABLE " + table + " ADD COLUMN " + name + " " + type + " NOT NULL DEFAULT " + value + ";")
        .remediation("Or add it NULL, fill it in batches, then make it NOT NULL:",
            "ALTER TABLE " + table + " ADD COLUMN " + name + " " + type + " NULL;\n"
                + "UPDATE " + table + " SET " + name + " = " + value + " WHERE " + name + " IS NULL; -- in batches\n"
                + "ALTER TABLE " + table + " MODIFY " + name + " " + type + " NOT NULL;");
  }

  /** What MySQL puts in existing rows, where it is plain: 0 for numbers, '' for strings, an ENUM's first value. */
  private static Optional<String> implicitDefault(ColumnDefinition column) {
    String type = column.type().map(DataType::name).orElse(column.writtenTypeName())
        .replace(" unsigned", "").replace(" zerofill", "");
    if (NUMBERS.contains(type)) {
      return Optional.of("0");
    }
    if (STRINGS.contains(type)) {
      return Optional.of("''");
    }
    return EnumValues.of(column.typeText()).filter(v -> v.kind().equals("enum"))
        .flatMap(v -> v.values().stream().findFirst()).map(EnumValues::quote);
  }
}
