package dev.plumb.rules.safety;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.core.model.operation.TableChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Only appending values to an ENUM or SET is done in place; any other change copies the whole table. */
@RuleInfo(
    id = "mysql-enum-change-copies-table",
    severity = Severity.WARNING,
    category = "safety",
    summary = "A MySQL ENUM or SET column's values change other than by appending, which copies the table",
    description = "MySQL and MariaDB change an ENUM or SET column's list in place, without touching the rows, "
        + "only when the new list is the old one with values added at the end and each value still takes the "
        + "same number of bytes (an ENUM grows from 1 to 2 bytes past 255 values, a SET every 8 members). "
        + "Inserting a value in the middle, reordering, renaming or removing values stores every row anew: "
        + "MySQL copies the table, and writes wait until every row is copied. Removing a value that rows still "
        + "hold also fails in strict mode. The old list comes from the statement that last defined the column. "
        + "Tables created earlier in the same migration are empty and not reported; neither are statements "
        + "with ALGORITHM=INPLACE or INSTANT, which MySQL refuses rather than copy.",
    lock = "Table copy (ALGORITHM=COPY): reads go on, every INSERT, UPDATE and DELETE waits until the copy is done",
    remediation = "Append new values at the end of the list and keep the old ones in their order; for other "
        + "changes use an online schema change tool (gh-ost, pt-online-schema-change).",
    badExample = "ALTER TABLE orders MODIFY status ENUM('new', 'paid', 'shipped') NOT NULL;  -- was ('new', 'shipped')",
    safeExample = "ALTER TABLE orders MODIFY status ENUM('new', 'shipped', 'paid') NOT NULL;",
    equivalents = {"Atlas MY110", "Atlas MY111", "Atlas MY112", "Atlas MY113"})
public final class MysqlEnumChangeCopiesTable implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    if (!context.dialect().isMysqlFamily()) {
      return;
    }
    WrittenColumns written = new WrittenColumns();
    for (SafetyStep step : SafetySteps.of(context)) {
      for (Operation operation : step.operations()) {
        if (operation instanceof Operation.AlterTable alter && step.isExistingTable(alter.table())
            && !MysqlFamily.refusesCopy(alter)) {
          for (TableChange change : alter.changes()) {
            if (change instanceof TableChange.RedefineColumn redefine) {
              check(context, step, alter, redefine, written);
            }
          }
        }
        written.apply(operation);
      }
    }
  }

  private static void check(RuleContext context, SafetyStep step, Operation.AlterTable alter,
                            TableChange.RedefineColumn redefine, WrittenColumns written) {
    Optional<EnumValues> wanted = EnumValues.of(redefine.definition().typeText());
    Optional<EnumValues> writtenBefore = written.get(alter.table(), redefine.column())
        .flatMap(d -> EnumValues.of(d.typeText()));
    // Without the statement that defined it, the model's type name serves, folded to lower case.
    boolean folded = writtenBefore.isEmpty();
    Optional<EnumValues> before = writtenBefore.or(() -> step.step().before().table(alter.table())
        .flatMap(t -> t.column(redefine.column())).map(Column::type).flatMap(t -> EnumValues.of(t.name())));
    if (wanted.isEmpty() || before.isEmpty() || !wanted.get().kind().equals(before.get().kind())) {
      return;
    }
    List<String> old = folded ? lower(before.get().values()) : before.get().values();
    List<String> now = folded ? lower(wanted.get().values()) : wanted.get().values();
    boolean appended = now.size() >= old.size() && now.subList(0, old.size()).equals(old);
    boolean sameSize = wanted.get().storageBytes() == before.get().storageBytes();
    if (appended && sameSize) {
      return;
    }
    report(context, alter, redefine, before.get(), wanted.get(), why(old, now, wanted.get(), sameSize), folded);
  }

  private static void report(RuleContext context, Operation.AlterTable alter, TableChange.RedefineColumn redefine,
                             EnumValues before, EnumValues wanted, String why, boolean folded) {
    String kind = wanted.kind().toUpperCase(Locale.ROOT);
    FindingBuilder finding = context.report(Location.of(redefine.span(), alter.table().child(redefine.column())),
        "Changing " + kind + " column " + alter.table().child(redefine.column()) + " " + why + ", so "
            + MysqlFamily.product(context.dialect()) + " copies the table: writes to " + alter.table()
            + " wait until every row is copied");
    List<String> added = new ArrayList<>(wanted.values());
    added.removeAll(before.values());
    boolean removes = !wanted.values().containsAll(before.values());
    List<String> appended = new ArrayList<>(before.values());
    appended.addAll(added);
    EnumValues inPlace = new EnumValues(before.kind(), appended);
    if (!removes && !folded && inPlace.storageBytes() == before.storageBytes()) {
      String keyword = redefine.definition().typeText().strip();
      keyword = keyword.substring(0, keyword.indexOf('(')).strip();
      String type = inPlace.sql(keyword);
      finding.remediation("Append the new values at the end instead, which is done in place (" + kind
          + " values sort by their position, so check ORDER BY on the column):", type);
      finding.fix("Append the new values at the end", List.of(TextEdit.replace(redefine.definition().typeSpan(),
          type)));
    }
    finding.remediation("Otherwise run the change with an online schema change tool, which copies the table "
        + "while writes go on:", OnlineSchemaChange.ghOst(alter.table(),
        OnlineSchemaChange.redefinition(redefine, context.dialect())));
  }

  /** What the new list does that appending does not: "removes 'x'", "inserts 'y' before existing values". */
  private static String why(List<String> old, List<String> now, EnumValues wanted, boolean sameSize) {
    List<String> removed = new ArrayList<>(old);
    removed.removeAll(now);
    if (!removed.isEmpty()) {
      return "removes " + quoted(removed);
    }
    if (!sameSize) {
      return "to " + wanted.values().size() + " values makes each value take " + wanted.storageBytes()
          + " bytes";
    }
    List<String> kept = new ArrayList<>(now);
    kept.retainAll(old);
    if (!kept.equals(old)) {
      return "reorders its values";
    }
    List<String> inserted = new ArrayList<>();
    for (int i = 0; i < now.size(); i++) {
      if (!old.contains(now.get(i)) && now.subList(i, now.size()).stream().anyMatch(old::contains)) {
        inserted.add(now.get(i));
      }
    }
    return "inserts " + quoted(inserted) + " before existing values";
  }

  private static String quoted(List<String> values) {
    return String.join(", ", values.stream().map(EnumValues::quote).toList());
  }

  private static List<String> lower(List<String> values) {
    return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
  }
}
