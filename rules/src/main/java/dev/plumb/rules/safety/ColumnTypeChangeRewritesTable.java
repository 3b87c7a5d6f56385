package dev.plumb.rules.safety;

import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.DataType;
import dev.plumb.core.model.DataTypes;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.operation.ColumnDefinition;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.core.model.operation.Operation.CreateTable;
import dev.plumb.core.model.operation.TableChange;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Changing a column's type writes every row anew while the table is locked, unless the bytes stay valid. */
@RuleInfo(
    id = "column-type-change-rewrites-table",
    severity = Severity.WARNING,
    category = "safety",
    summary = "Changing a column's type rewrites or copies the whole table",
    description = "PostgreSQL's `ALTER COLUMN ... TYPE` rewrites the table and rebuilds its indexes under "
        + "ACCESS EXCLUSIVE, unless the old values are valid as they are: a longer or unlimited `varchar`, "
        + "`varchar` to `text` and back to an unlimited `varchar`, a `numeric` with more precision and the same "
        + "scale (or none), a longer `varbit`, more fractional seconds for time types, `cidr` to `inet`, `xml` to "
        + "`text`; those are not reported. `timestamp` to `timestamptz` is reported: since PostgreSQL 12 it skips "
        + "the rewrite only when the session time zone is UTC. MySQL and MariaDB `MODIFY`/`CHANGE` with another "
        + "type copy the table, blocking writes, except a VARCHAR that grows while its length prefix keeps its "
        + "size (one byte up to 255 bytes, two beyond; the column's character set counts, utf8mb4's four bytes "
        + "per character where none is written) and an ENUM that gains values at its end. Tables created earlier "
        + "in the same migration are not reported; neither are MySQL columns whose old type is unknown, nor "
        + "statements with ALGORITHM=INPLACE or INSTANT, which MySQL refuses rather than copy.",
    remediation = "Add a column of the new type, keep it in step with the old one, backfill it in batches, switch "
        + "the code over, then drop the old column (and rename the new one into its place).",
    lock = "PostgreSQL: ACCESS EXCLUSIVE on the table during the rewrite and index rebuilds, blocking every read "
        + "and write; MySQL/MariaDB: a table copy that blocks writes, with an exclusive metadata lock at its start "
        + "and end",
    badExample = "ALTER TABLE orders ALTER COLUMN quantity TYPE bigint;",
    safeExample = """
        ALTER TABLE orders ADD COLUMN quantity_new bigint;
        -- keep quantity_new in step with quantity (a trigger, or the code writing both), then
        -- backfill in batches: UPDATE orders SET quantity_new = quantity WHERE quantity_new IS NULL AND ...;
        -- once the code reads quantity_new, in one transaction:
        ALTER TABLE orders DROP COLUMN quantity;
        ALTER TABLE orders RENAME COLUMN quantity_new TO quantity;""",
    equivalents = {"Squawk changing-column-type", "Atlas PG301",
        "strong_migrations (changing the type of a column)", "eugene E5"})
public final class ColumnTypeChangeRewritesTable implements SchemaRule {

  private static final Pattern PLAIN_USING = Pattern.compile("\\(*\"?([^\"()]+)\"?\\)*(\\s*::.*)?");

  @Override
  public void check(RuleContext context) {
    Dialect dialect = context.dialect();
    if (dialect != Dialect.POSTGRESQL && !dialect.isMysqlFamily()) {
      return;
    }
    List<SafetyStep> steps = SafetySteps.of(context);
    for (ExistingTableChange site : ExistingTableChange.of(steps)) {
      if (site.change() instanceof TableChange.AlterColumnType change && dialect == Dialect.POSTGRESQL) {
        postgres(context, site, change);
      } else if (site.change() instanceof TableChange.RedefineColumn change && dialect.isMysqlFamily()
          && !MysqlFamily.refusesCopy(site.alter())) {
        mysql(context, site, change, steps);
      }
    }
  }

  private static void postgres(RuleContext context, ExistingTableChange site, TableChange.AlterColumnType change) {
    Optional<DataType> from = site.columnBefore(change.column()).map(Column::type);
    Optional<DataType> to = change.type().or(() -> parse(change.typeText(), site.dialect()));
    boolean plainUsing = change.using().map(u -> usesOnly(u, change.column())).orElse(true);
    if (from.isPresent() && to.isPresent() && plainUsing && TypeChanges.postgresKeepsRows(from.get(), to.get())) {
      return;
    }
    String fromText = from.map(t -> " from " + t.toSql()).orElse("");
    String note = from.isPresent() && to.isPresent() && plainUsing && context.settings().postgresVersion() >= 12
        ? TypeChanges.postgresNote(from.get(), to.get()).map(n -> " (" + n + ")").orElse("") : "";
    String unknown = from.isEmpty() ? " (its type before is not known; a change PostgreSQL makes in place, such "
        + "as a longer varchar, would not rewrite)" : "";
    String value = change.using().map(String::strip).orElse(site.sql(change.column()));
    context.report(site.location(change.column()), "Changing column " + change.column() + " of existing table "
            + site.table() + fromText + " to " + change.typeText().strip() + " rewrites the table and rebuilds its "
            + "indexes under " + LockMode.ACCESS_EXCLUSIVE.describe() + note + unknown)
        .remediation(remedy(), swap(site, change.column(), change.typeText().strip(), value));
  }

  private static void mysql(RuleContext context, ExistingTableChange site, TableChange.RedefineColumn change,
                            List<SafetyStep> steps) {
    ColumnDefinition definition = change.definition();
    Optional<DataType> from = site.columnBefore(change.column()).map(Column::type);
    Optional<DataType> to = definition.type().or(() -> parse(definition.typeText(), site.dialect()));
    if (from.isEmpty() || to.isEmpty()) {
      return;
    }
    Optional<CreateTable> created = creation(steps, site.table());
    Optional<String> tableCharset = created.flatMap(CreateTable::charset);
    Optional<String> oldCharset = TypeChanges.mysqlCharsetIn(from.get())
        .or(() -> created.flatMap(c -> columnCharset(c, change.column()))).or(() -> tableCharset);
    // MODIFY writes the column anew: without CHARACTER SET it takes the table's default, not its old one.
    Optional<String> newCharset = definition.charset().or(() -> tableCharset);
    boolean converts = oldCharset.isPresent() && newCharset.isPresent() && !oldCharset.equals(newCharset);
    int bytesPerChar = TypeChanges.bytesPerChar(newCharset.or(() -> oldCharset));
    if (!converts && TypeChanges.mysqlInPlace(from.get(), to.get(), bytesPerChar)) {
      return;
    }
    String note = converts ? " (its character set changes from " + oldCharset.get() + " to " + newCharset.get()
        + ")" : prefixNote(from.get(), to.get(), bytesPerChar);
    String type = definition.typeText().strip();
    context.report(site.location(change.column()), "Changing column " + change.column() + " of existing table "
            + site.table() + " from " + TypeChanges.mysqlTypeOnly(from.get()).toSql() + " to " + type
            + " copies the table" + note + ": INSERT, UPDATE and DELETE wait until every row is copied, and at its "
            + "start and end it takes " + LockMode.METADATA_EXCLUSIVE.describe())
        .remediation(remedy() + "; or let an online schema change tool (gh-ost, pt-online-schema-change) copy the "
            + "table without blocking writes", swap(site, change.column(), type, site.sql(change.column())));
  }

  /** Why a growing VARCHAR still copies: its length prefix grows from one byte to two. */
  private static String prefixNote(DataType from, DataType to, int bytesPerChar) {
    DataType before = TypeChanges.mysqlTypeOnly(from);
    DataType after = TypeChanges.mysqlTypeOnly(to);
    boolean growingVarchar = before.name().equals("varchar") && after.name().equals("varchar")
        && before.length().isPresent() && after.length().isPresent()
        && after.length().get() > before.length().get();
    return growingVarchar ? " (at " + bytesPerChar + " bytes per character the values pass 255 bytes, so each "
        + "one's length prefix grows from one byte to two)" : "";
  }

  private static String remedy() {
    return "Add a column of the new type, keep it in step with the old one, backfill it in batches, switch the "
        + "code over, then drop the old column and rename the new one into its place (recreate its indexes, "
        + "constraints and default on the new column)";
  }

  private static String swap(ExistingTableChange site, String column, String type, String value) {
    ObjectPath table = site.table();
    String newColumn = column + "_new";
    String newSql = site.sql(newColumn);
    String oldSql = site.sql(column);
    String alter = "ALTER TABLE " + site.tableSql();
    String finish = site.dialect().isMysqlFamily()
        ? alter + " DROP COLUMN " + oldSql + ", RENAME COLUMN " + newSql + " TO " + oldSql + ";\n"
        : alter + " DROP COLUMN " + oldSql + ";\n" + alter + " RENAME COLUMN " + newSql + " TO " + oldSql + ";\n";
    return alter + " ADD COLUMN " + newSql + " " + type + ";\n"
        + "-- keep " + newSql + " in step with " + oldSql + " (a trigger, or the code writing both), then\n"
        + SafeSql.backfill(table, newColumn, value, site.dialect())
        + "-- once the code reads " + newSql + ", in one transaction:\n"
        + finish;
  }

  /** A USING that only reads the column (maybe with a cast) changes nothing about whether rows are rewritten. */
  private static boolean usesOnly(String using, String column) {
    Matcher plain = PLAIN_USING.matcher(using.strip());
    return plain.matches() && plain.group(1).strip().equalsIgnoreCase(column);
  }

  /** The CREATE TABLE of the table in the migrations, if they hold one. */
  private static Optional<CreateTable> creation(List<SafetyStep> steps, ObjectPath table) {
    Optional<CreateTable> found = Optional.empty();
    for (SafetyStep step : steps) {
      for (Operation operation : step.operations()) {
        if (operation instanceof CreateTable create && create.table().equals(table)) {
          found = Optional.of(create);
        }
      }
    }
    return found;
  }

  private static Optional<String> columnCharset(CreateTable create, String column) {
    return create.columns().stream().filter(c -> c.name().equals(column)).findFirst()
        .flatMap(ColumnDefinition::charset);
  }

  private static Optional<DataType> parse(String typeText, Dialect dialect) {
    try {
      return Optional.of(DataTypes.of(typeText, dialect));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
