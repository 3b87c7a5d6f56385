package dev.plumb.rules.safety;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.operation.ColumnDefinition;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.core.model.operation.TableChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** MySQL's utf8 is a 3-byte subset of UTF-8: an emoji in the data fails the insert or is cut off. */
@RuleInfo(
    id = "mysql-utf8mb3-charset",
    severity = Severity.WARNING,
    category = "safety",
    summary = "A MySQL charset or collation is utf8 (utf8mb3), which cannot store 4-byte characters",
    description = "In MySQL and MariaDB `utf8` means `utf8mb3`: at most 3 bytes a character. Emoji and other "
        + "characters outside the Basic Multilingual Plane take 4, so inserting them fails in strict mode (and "
        + "truncates the value otherwise). MySQL 8 deprecates utf8mb3 and will make `utf8` mean `utf8mb4`. "
        + "Reported wherever a migration writes the charset: a table's `DEFAULT CHARSET`, a column's "
        + "`CHARACTER SET`, `CHARACTER SET` and `CONVERT TO CHARACTER SET` in ALTER TABLE, and `utf8_` or "
        + "`utf8mb3_` collations, which imply the charset. The fix keeps the collation's rules "
        + "(`utf8_unicode_ci` becomes `utf8mb4_unicode_ci`); MySQL 8's default `utf8mb4_0900_ai_ci` sorts "
        + "differently and treats trailing spaces as significant. utf8mb4 keys take up to 4 bytes a "
        + "character, so an index on a long VARCHAR may exceed the key length limit (3072 bytes with "
        + "DYNAMIC rows, 767 with COMPACT).",
    remediation = "Write `utf8mb4`, with the matching `utf8mb4_` collation.",
    badExample = "CREATE TABLE users (name varchar(100)) DEFAULT CHARSET=utf8;",
    safeExample = "CREATE TABLE users (name varchar(100)) DEFAULT CHARSET=utf8mb4;",
    equivalents = {})
public final class MysqlUtf8mb3Charset implements SchemaRule {

  /** A charset or collation written somewhere in a statement. */
  private record Written(ObjectPath object, String what, Optional<String> charset, Optional<SourceSpan> charsetSpan,
                         Optional<String> collation, Optional<SourceSpan> collationSpan, SourceSpan at) {
  }

  @Override
  public void check(RuleContext context) {
    if (!context.dialect().isMysqlFamily()) {
      return;
    }
    for (SafetyStep step : SafetySteps.of(context)) {
      for (Operation operation : step.operations()) {
        for (Written written : written(operation)) {
          boolean charset = written.charset().filter(MysqlUtf8mb3Charset::isUtf8mb3).isPresent();
          boolean collation = written.collation().filter(MysqlUtf8mb3Charset::isUtf8mb3Collation).isPresent();
          if (charset || collation) {
            report(context, written, charset);
          }
        }
      }
    }
  }

  private static List<Written> written(Operation operation) {
    List<Written> found = new ArrayList<>();
    if (operation instanceof Operation.CreateTable create) {
      found.add(new Written(create.table(), "Table " + create.table(), create.charset(), create.charsetSpan(),
          create.collation(), create.collationSpan(), create.span()));
      create.columns().forEach(c -> found.add(column(create.table(), c)));
    } else if (operation instanceof Operation.AlterTable alter) {
      for (TableChange change : alter.changes()) {
        if (change instanceof TableChange.AddColumn add) {
          found.add(column(alter.table(), add.column()));
        } else if (change instanceof TableChange.RedefineColumn redefine) {
          found.add(column(alter.table(), redefine.definition()));
        } else if (change instanceof TableChange.SetCharset set) {
          found.add(new Written(alter.table(), (set.convert() ? "Converting table " : "Table ") + alter.table(),
              Optional.of(set.charset()), Optional.of(set.charsetSpan()), set.collation(), set.collationSpan(),
              set.span()));
        }
      }
    }
    return found;
  }

  private static Written column(ObjectPath table, ColumnDefinition column) {
    ObjectPath path = table.child(column.name());
    return new Written(path, "Column " + path, column.charset(), column.charsetSpan(), column.collation(),
        column.collationSpan(), column.span());
  }

  private static void report(RuleContext context, Written written, boolean charset) {
    String what = charset ? "CHARACTER SET " + written.charset().orElseThrow()
        : "COLLATE " + written.collation().orElseThrow();
    SourceSpan at = (charset ? written.charsetSpan() : written.collationSpan()).orElse(written.at());
    FindingBuilder finding = context.report(Location.of(at, written.object()), written.what() + " uses " + what
        + ", the 3-byte utf8mb3 that cannot store emoji and other 4-byte characters; use utf8mb4");
    List<TextEdit> edits = new ArrayList<>();
    if (charset) {
      written.charsetSpan().ifPresent(s -> edits.add(TextEdit.replace(s, "utf8mb4")));
    }
    written.collation().filter(MysqlUtf8mb3Charset::isUtf8mb3Collation).flatMap(c -> written.collationSpan()
        .map(s -> TextEdit.replace(s, utf8mb4Collation(c)))).ifPresent(edits::add);
    boolean complete = !charset || written.charsetSpan().isPresent();
    if (!edits.isEmpty() && complete) {
      finding.fix("Use utf8mb4", edits);
    }
    finding.remediation("Write utf8mb4" + written.collation().filter(MysqlUtf8mb3Charset::isUtf8mb3Collation)
        .map(c -> " with collation " + utf8mb4Collation(c)).orElse("") + "; on MySQL 8 utf8mb4_0900_ai_ci is "
        + "the default collation, on MariaDB utf8mb4_unicode_ci is the usual one.");
  }

  private static boolean isUtf8mb3(String charset) {
    String name = charset.toLowerCase(Locale.ROOT);
    return name.equals("utf8") || name.equals("utf8mb3");
  }

  private static boolean isUtf8mb3Collation(String collation) {
    String name = collation.toLowerCase(Locale.ROOT);
    return name.startsWith("utf8_") || name.startsWith("utf8mb3_");
  }

  /** The utf8mb4 collation with the same rules: {@code utf8_unicode_ci} becomes {@code utf8mb4_unicode_ci}. */
  private static String utf8mb4Collation(String collation) {
    String name = collation.toLowerCase(Locale.ROOT);
    return "utf8mb4_" + name.substring(name.indexOf('_') + 1);
  }
}
