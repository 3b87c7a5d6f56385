package dev.plumb.rules.migration;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.migration.ObjectKind;
import dev.plumb.core.model.migration.ReplayEvent;
import dev.plumb.core.model.migration.ReplayStep;
import dev.plumb.core.model.operation.ConstraintDefinition;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.core.model.operation.TableChange;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * PostgreSQL cuts names longer than 63 bytes without an error, so the object is not called what the migration
 * says; MySQL and MariaDB refuse names longer than 64 characters.
 */
@RuleInfo(
    id = "identifier-too-long",
    severity = Severity.ERROR,
    category = "migration",
    summary = "A name is longer than the database allows",
    description = "PostgreSQL keeps at most 63 bytes of a name (NAMEDATALEN - 1; bytes of UTF-8, so fewer "
        + "characters for accented letters) and cuts longer ones with only a NOTICE. SQL that repeats the long "
        + "name is cut the same way and still works, but the catalog holds the short one: code and tools that "
        + "look the name up as a string (an ORM's schema check, `to_regclass('...')`, `information_schema`) find "
        + "nothing, and two long names that share their first 63 bytes collide. MySQL and MariaDB allow 64 "
        + "characters and reject longer names, so the migration fails. Reported for tables, columns, indexes, "
        + "constraints, views, sequences, types, functions, triggers and schemas the migrations create or rename "
        + "to. SQLite and H2 have no such limit in practice.",
    remediation = "Choose a shorter name: at most 63 bytes in PostgreSQL, 64 characters in MySQL and MariaDB.",
    badExample = "CREATE INDEX index_subscription_invoices_on_customer_id_and_billing_period_and_status "
        + "ON subscription_invoices (customer_id, billing_period, status);",
    safeExample = "CREATE INDEX subscription_invoices_customer_period_status "
        + "ON subscription_invoices (customer_id, billing_period, status);",
    equivalents = {"Squawk identifier-too-long"})
public final class IdentifierTooLong implements SchemaRule {

  /** PostgreSQL's NAMEDATALEN - 1, in bytes. */
  static final int POSTGRES_BYTES = 63;
  /** MySQL's and MariaDB's limit for schema object names, in characters. */
  static final int MYSQL_CHARACTERS = 64;

  @Override
  public void check(RuleContext context) {
    Dialect dialect = context.dialect();
    if (dialect != Dialect.POSTGRESQL && !dialect.isMysqlFamily()) {
      return;
    }
    context.migrations().ifPresent(trace -> {
      for (ReplayStep step : trace.steps()) {
        Set<String> reported = new HashSet<>();
        for (ReplayEvent event : step.events()) {
          if (event instanceof ReplayEvent.Created created && !created.existed()
              && created.kind() != ObjectKind.EXTENSION && reported.add(created.path().name())) {
            check(created.kind().word(), created.path(), created.span(), context);
          }
        }
        for (Operation operation : step.operations()) {
          if (operation instanceof Operation.AlterTable alter) {
            alteredNames(alter, reported, context);
          } else if (operation instanceof Operation.CreateTable create) {
            create.constraints().forEach(c -> constraint(create.table(), c, reported, context));
          }
        }
      }
    });
  }

  /** Constraint names come with no event of their own from CREATE TABLE. */
  private static void constraint(ObjectPath table, ConstraintDefinition constraint, Set<String> reported,
                                 RuleContext context) {
    constraint.name().filter(reported::add).ifPresent(n -> check("constraint", table.child(n), constraint.span(),
        context));
  }

  /** Renamed columns and added constraints. */
  private static void alteredNames(Operation.AlterTable alter, Set<String> reported, RuleContext context) {
    for (TableChange change : alter.changes()) {
      if (change instanceof TableChange.AddConstraint add) {
        constraint(alter.table(), add.constraint(), reported, context);
      } else if (change instanceof TableChange.RenameColumn rename && reported.add(rename.to())) {
        check("column", alter.table().child(rename.to()), rename.span(), context);
      } else if (change instanceof TableChange.RedefineColumn redefine
          && !redefine.definition().name().equalsIgnoreCase(redefine.column())
          && reported.add(redefine.definition().name())) {
        check("column", alter.table().child(redefine.definition().name()), redefine.span(), context);
      }
    }
  }

  private static void check(String kind, ObjectPath path, SourceSpan span, RuleContext context) {
    String name = path.name();
    Dialect dialect = context.dialect();
    String written = dialect.quoteIfNeeded(name);
    if (dialect == Dialect.POSTGRESQL) {
      int bytes = name.codePoints().map(IdentifierTooLong::utf8Bytes).sum();
      if (bytes > POSTGRES_BYTES) {
        String cut = dialect.quoteIfNeeded(truncated(name));
        context.report(Location.of(span, path), capitalized(kind) + " name " + written + " is " + bytes
                + " bytes long: PostgreSQL keeps " + POSTGRES_BYTES + " and names it " + cut + ", so lookups "
                + "by the full name as a string find nothing, and names that share those bytes collide")
            .remediation("Choose a name of at most " + POSTGRES_BYTES + " bytes, such as the one PostgreSQL "
                + "would use anyway: " + cut + ".");
      }
    } else {
      int characters = name.codePointCount(0, name.length());
      if (characters > MYSQL_CHARACTERS) {
        String shorter = dialect.quoteIfNeeded(name.substring(0, name.offsetByCodePoints(0, MYSQL_CHARACTERS)));
        context.report(Location.of(span, path), capitalized(kind) + " name " + written + " is " + characters
                + " characters long: " + (dialect == Dialect.MYSQL ? "MySQL" : "MariaDB") + " allows "
                + MYSQL_CHARACTERS + " and rejects the statement (Identifier name is too long)")
            .remediation("Choose a name of at most " + MYSQL_CHARACTERS + " characters, such as " + shorter + ".");
      }
    }
  }

  /** The name PostgreSQL keeps: the longest prefix of whole characters within 63 bytes. */
  static String truncated(String name) {
    int bytes = 0;
    int end = 0;
    while (end < name.length()) {
      int codePoint = name.codePointAt(end);
      int size = utf8Bytes(codePoint);
      if (bytes + size > POSTGRES_BYTES) {
        break;
      }
      bytes += size;
      end += Character.charCount(codePoint);
    }
    return name.substring(0, end);
  }

  /** How many bytes UTF-8 takes for the character (rules see no charset API). */
  private static int utf8Bytes(int codePoint) {
    return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }

  private static String capitalized(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
