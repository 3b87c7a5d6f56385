package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExclusionConstraintLocksTableTest {

  private static final String BOOKINGS = "CREATE TABLE bookings (room int, during tstzrange);";

  private final RuleTester tester = RuleTester.of(new ExclusionConstraintLocksTable());

  @Test
  void exclusionConstraintOnAnExistingTable() {
    List<Finding> findings = tester
        .migration("V1__bookings.sql", BOOKINGS)
        .migration("V2__exclude.sql", """
            -- expect: exclusion-constraint-locks-table (warning)
            ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("EXCLUDE constraint bookings_no_overlap on existing table "
        + "public.bookings builds its index under an ACCESS EXCLUSIVE lock, which blocks every read and write of "
        + "the table, until every row is indexed; PostgreSQL has no concurrent way to add one");
    assertThat(findings.get(0).remediations().get(0).sql()).contains("""
        SET lock_timeout = '2s';
        -- then the ALTER TABLE bookings ... EXCLUDE ... as written, at a quiet hour, retried until it gets the lock
        """);
  }

  @Test
  void unnamedAndWithALockTimeoutAlreadySet() {
    List<Finding> findings = tester
        .migration("V1__bookings.sql", BOOKINGS)
        .migration("V2__exclude.sql", """
            SET lock_timeout = '3s';
            -- expect: exclusion-constraint-locks-table
            ALTER TABLE bookings ADD EXCLUDE USING gist (during WITH &&);
            """)
        .check();

    assertThat(findings.get(0).message()).startsWith("An EXCLUDE constraint on existing table public.bookings");
    assertThat(findings.get(0).remediations().get(0).sql().orElseThrow()).doesNotContain("SET lock_timeout");
  }

  @Test
  void newTablesAndOtherConstraintsAreFine() {
    tester
        .migration("V1__bookings.sql", BOOKINGS + """
            ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);
            """)
        .migration("V2__check.sql", "ALTER TABLE bookings ADD CONSTRAINT room_positive CHECK (room > 0) NOT VALID;")
        .check();
    RuleTester.of(new ExclusionConstraintLocksTable()).dialect(Dialect.MARIADB)
        .migration("V2__check.sql", "ALTER TABLE bookings ADD CONSTRAINT room_positive CHECK (room > 0);")
        .check();
  }
}
