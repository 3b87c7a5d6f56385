package dev.plumb.rules.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateMigrationVersionTest {

  private final RuleTester tester = RuleTester.of(new DuplicateMigrationVersion());

  @Test
  void backupCopiesBesideTheOriginalAreReported() {
    List<Finding> findings = tester
        .migration("db/005_users.sql", "CREATE TABLE users (id int);")
        .migration("db/006_platforms.sql", "CREATE TABLE platforms (id int);")
        .migration("db/006_platforms_OLD.sql", """
            -- expect-file: duplicate-migration-version
            CREATE TABLE platforms_old (id int);
            """)
        .migration("db/006_platforms_clean.sql", """
            -- expect-file: duplicate-migration-version (error)
            CREATE TABLE platforms_clean (id int);
            """)
        .check();

    Finding old = findings.stream().filter(f -> f.message().startsWith("006_platforms_OLD")).findFirst()
        .orElseThrow();
    assertThat(old.message()).isEqualTo("006_platforms_OLD.sql has version 006, the same as 006_platforms.sql; it "
        + "looks like a backup copy of it");
    assertThat(old.related().get(0).span().file()).isEqualTo("db/006_platforms.sql");
    assertThat(old.related().get(0).message()).isEqualTo("version 006 is first used here");
    assertThat(old.remediations().get(0).description()).startsWith("Delete db/006_platforms_OLD.sql:");
  }

  @Test
  void versionsWrittenDifferentlyAreTheSame() {
    List<Finding> findings = tester
        .migration("V2__accounts.sql", "CREATE TABLE accounts (id int);")
        .migration("V002__orders.sql", """
            -- expect-file: duplicate-migration-version
            CREATE TABLE orders (id int);
            """)
        .migration("V3__users.sql", "CREATE TABLE users (id int);")
        .check();

    assertThat(findings.get(0).message()).isEqualTo("V002__orders.sql has version 002, the same as V2__accounts.sql");
    assertThat(findings.get(0).remediations().get(0).description()).isEqualTo("Rename V002__orders.sql to a "
        + "version after the last one (3), or delete it if V2__accounts.sql already does its work.");
  }

  @Test
  void aDirectiveAtTheTopOfTheFileSuppressesIt() {
    tester
        .migration("V2__accounts.sql", "CREATE TABLE accounts (id int);")
        .migration("V2__orders.sql", """
            -- plumb:ignore duplicate-migration-version applied under this version in production already
            CREATE TABLE orders (id int);
            """)
        .check();
  }

  @Test
  void distinctVersions_repeatables_andUndosAreFine() {
    tester
        .migration("V1__t.sql", "CREATE TABLE t (id int);")
        .migration("U1__t.sql", "DROP TABLE t;")
        .migration("V1.1__u.sql", "CREATE TABLE u (id int);")
        .migration("V10__v.sql", "CREATE TABLE v (id int);")
        .migration("R__views.sql", "CREATE VIEW tv AS SELECT id FROM t;")
        .migration("R__more_views.sql", "CREATE VIEW uv AS SELECT id FROM u;")
        .check();
  }

  @Test
  void anUpAndItsDownShareAVersionByDesign() {
    tester
        .migration("1_t.up.sql", "CREATE TABLE t (id int);")
        .migration("1_t.down.sql", "DROP TABLE t;")
        .migration("2_u.up.sql", "CREATE TABLE u (id int);")
        .check();
  }

  @Test
  void filesWithoutVersionsHaveNoneToShare() {
    tester
        .migration("schema.sql", "CREATE TABLE t (id int);")
        .migration("more.sql", "CREATE TABLE u (id int);")
        .check();
  }
}
