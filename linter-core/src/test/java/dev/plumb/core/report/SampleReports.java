package dev.plumb.core.report;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RelatedLocation;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.api.RuleDescriptor;
import dev.plumb.core.api.Severity;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Hand-built reports the writer tests share, so that the three formats are checked against the same facts:
 * a file name with a space, an absolute file outside the base directory, an absolute one inside it,
 * remediations with SQL and with edits, findings with and without related locations.
 */
public final class SampleReports {

  public static final Path BASE = Path.of("/home/dev/shop");

  public static final RuleDescriptor NOT_NULL_RULE = new RuleDescriptor("adding-not-null-column-without-default",
      Severity.ERROR, "Adding a NOT NULL column without a default fails on a non-empty table",
      "PostgreSQL rejects the statement when the table already has rows.",
      "Add the column nullable, backfill it, then set NOT NULL.", "safety", true, List.of());
  public static final RuleDescriptor PRIMARY_KEY_RULE = new RuleDescriptor("missing-primary-key", Severity.WARNING,
      "Table has no primary key", "Rows of a table without a primary key cannot be addressed one by one.",
      "Add a primary key.", "design", true, List.of());
  public static final RuleDescriptor TYPE_RULE = new RuleDescriptor("column-type-mismatch", Severity.NOTE,
      "Column type differs from the expected schema", "The migrations give a column another type than the "
      + "expected schema declares.", "Change the migration or the expected schema.", "expected", true, List.of());

  /** V2 adds a NOT NULL column; its file name has a space. */
  public static final Finding NOT_NULL = new Finding(NOT_NULL_RULE.id(), Severity.ERROR,
      "Column public.users.email is NOT NULL without a default",
      Location.of(new SourceSpan("db/migrations/V2__add email.sql", 3, 1, 3, 48),
          ObjectPath.of("public", "users", "email")),
      List.of(new RelatedLocation(new SourceSpan("db/migrations/V1__init.sql", 1, 1, 4, 2),
          "Table public.users created here")),
      List.of(Remediation.sql("Add it nullable, backfill in batches, then add NOT NULL:", """
          ALTER TABLE users ADD COLUMN email text;
          UPDATE users SET email = '' WHERE email IS NULL;
          ALTER TABLE users ALTER COLUMN email SET NOT NULL;""")));

  /** Has a fix: an edit an editor can apply, plus the SQL for those who prefer a new migration. */
  public static final Finding NO_PRIMARY_KEY = new Finding(PRIMARY_KEY_RULE.id(), Severity.WARNING,
      "Table public.audit_log has no primary key",
      Location.of(new SourceSpan("db/migrations/V3__audit.sql", 1, 1, 1, 40), ObjectPath.of("public", "audit_log")),
      List.of(),
      List.of(new Remediation("Add an id column as primary key",
          Optional.of("ALTER TABLE audit_log ADD COLUMN id bigserial PRIMARY KEY;"),
          List.of(TextEdit.insert("db/migrations/V3__audit.sql", 1, 25, "id bigserial PRIMARY KEY, ")))));

  /** Found in a file outside the base directory, related to one inside it, both named absolutely. */
  public static final Finding TYPE_MISMATCH = new Finding(TYPE_RULE.id(), Severity.NOTE,
      "Column public.orders.total is numeric(12,2), expected numeric(10,2)",
      Location.of(new SourceSpan("/opt/shared/schema.yml", 12, 5, 12, 20), ObjectPath.of("public", "orders", "total")),
      List.of(new RelatedLocation(new SourceSpan("/home/dev/shop/db/migrations/V1__init.sql", 9, 3, 9, 20),
          "Declared as numeric(12,2) here")),
      List.of());

  /** A finding the engine should have anchored to a file but did not. */
  public static final Finding UNANCHORED = new Finding(PRIMARY_KEY_RULE.id(), Severity.WARNING,
      "Table public.sessions has no primary key", new Location(Optional.empty(),
          Optional.of(ObjectPath.of("public", "sessions"))),
      List.of(), List.of(Remediation.text("Add a primary key")));

  private SampleReports() {
  }

  public static LintReport report(Finding... findings) {
    return new LintReport("0.1.0", List.of(NOT_NULL_RULE, PRIMARY_KEY_RULE, TYPE_RULE), List.of(findings),
        new RunStats(3, 42, 41), BASE);
  }

  public static LintReport sample() {
    return report(NOT_NULL, NO_PRIMARY_KEY, TYPE_MISMATCH);
  }
}
