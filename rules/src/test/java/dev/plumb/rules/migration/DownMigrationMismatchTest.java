package dev.plumb.rules.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.RelatedLocation;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class DownMigrationMismatchTest {

  private final RuleTester tester = RuleTester.of(new DownMigrationMismatch());

  @Test
  void downThatLeavesATableAndDropsAColumnItShouldKeep() {
    List<Finding> findings = tester
        .migration("001_users.up.sql", "CREATE TABLE users (id int PRIMARY KEY, email text);")
        .down("001_users.down.sql", "DROP TABLE users;")
        .migration("002_audit.up.sql", """
            CREATE TABLE audit (id int);
            ALTER TABLE users ADD COLUMN enabled boolean NOT NULL DEFAULT true;
            """)
        .down("002_audit.down.sql", """
            -- expect: down-migration-mismatch (warning)
            ALTER TABLE users DROP COLUMN enabled;
            ALTER TABLE users DROP COLUMN email;
            """)
        .check();

    Finding finding = findings.get(0);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.message()).isEqualTo("The down of 002_audit.up.sql does not undo its up: table public.audit "
        + "is left over; column public.users.email is missing");
    assertThat(finding.location().span()).hasValue(new SourceSpan("002_audit.down.sql", 2, 1, 2, 37));
    assertThat(finding.related()).containsExactly(new RelatedLocation(new SourceSpan("002_audit.up.sql", 1, 1, 1, 27),
        "table public.audit is left over, created here"));
  }

  @Test
  void changesOfColumnsIndexesAndTypesAreNamed() {
    List<Finding> findings = tester
        .migration("003_orders.up.sql", """
            CREATE TABLE orders (id int, total numeric(10, 2));
            """)
        .down("003_orders.down.sql", "DROP TABLE orders;")
        .migration("004_widen.up.sql", """
            ALTER TABLE orders ALTER COLUMN total TYPE numeric(12, 2);
            ALTER TABLE orders ALTER COLUMN total SET NOT NULL;
            CREATE INDEX orders_total ON orders (total);
            CREATE TYPE state AS ENUM ('open');
            """)
        .down("004_widen.down.sql", """
            -- expect: down-migration-mismatch
            DROP INDEX orders_total;
            """)
        .check();

    assertThat(findings).extracting(Finding::message).containsExactly("The down of 004_widen.up.sql does not undo "
        + "its up: column public.orders.total is numeric(12,2) instead of numeric(10,2) and is NOT NULL instead "
        + "of nullable; type public.state is left over");
  }

  @Test
  void exactInversesAndDownsPlumbDidNotUnderstandAreNotReported() {
    tester.allowingParseErrors()
        .migration("005_tags.up.sql", """
            CREATE TABLE tags (id int PRIMARY KEY, name text);
            CREATE UNIQUE INDEX tags_name ON tags (name);
            ALTER TABLE tags ADD COLUMN color text;
            """)
        .down("005_tags.down.sql", """
            ALTER TABLE tags DROP COLUMN color;
            DROP INDEX tags_name;
            DROP TABLE tags;
            """)
        .migration("006_notes.up.sql", "CREATE TABLE notes (id int);")
        .down("006_notes.down.sql", "DROP TABLE notes,, ;")
        .check();
  }
}
