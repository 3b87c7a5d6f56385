package dev.plumb.rules.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.live.LiveFacts;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DriftUnexpectedColumnTest {

  private final RuleTester tester = RuleTester.of(new DriftUnexpectedColumn());

  @Test
  void aColumnAddedByHandIsReportedAtTheStatementThatCreatesItsTable() {
    List<Finding> findings = tester.migration("V1__users.sql", """
            -- expect: drift-unexpected-column (warning)
            CREATE TABLE users (id bigint PRIMARY KEY);
            """)
        .liveSql("live.sql", "CREATE TABLE users (id bigint PRIMARY KEY, nickname text DEFAULT 'x');",
            LiveFacts.NONE)
        .check();

    assertThat(findings.get(0).message())
        .isEqualTo("Column public.users.nickname exists in the live database but no migration creates it");
    assertThat(findings.get(0).location().object()).contains(ObjectPath.of("public", "users", "nickname"));
    assertThat(findings.get(0).remediations()).extracting(Remediation::sql).containsExactly(
        Optional.of("ALTER TABLE users ADD COLUMN nickname text DEFAULT 'x';"),
        Optional.of("ALTER TABLE users DROP COLUMN nickname;"));
  }

  @Test
  void columnsOfAnUnexpectedTableAreNotReportedOneByOne() {
    tester.migration("V1__users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);")
        .liveSql("live.sql", """
            CREATE TABLE users (id bigint PRIMARY KEY);
            CREATE TABLE extra (id bigint, note text);
            """, LiveFacts.NONE)
        .check();
  }

  @Test
  void columnsAMigrationAddsGiveNothing() {
    tester.migration("V1__users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);")
        .migration("V2__nick.sql", "ALTER TABLE users ADD COLUMN nickname text;")
        .liveSql("live.sql", "CREATE TABLE users (id bigint PRIMARY KEY, nickname text);", LiveFacts.NONE)
        .check();
  }
}
