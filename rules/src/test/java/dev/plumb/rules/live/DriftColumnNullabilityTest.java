package dev.plumb.rules.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.model.live.LiveFacts;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DriftColumnNullabilityTest {

  private final RuleTester tester = RuleTester.of(new DriftColumnNullability());

  @Test
  void aConstraintDroppedOrSetByHandIsReportedEitherWay() {
    List<Finding> findings = tester.migration("V1__users.sql", """
            CREATE TABLE users (
              id bigint PRIMARY KEY,
              -- expect: drift-column-nullability (error)
              email text NOT NULL,
              -- expect: drift-column-nullability
              nickname text
            );
            """)
        .liveSql("live.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text, nickname text NOT NULL);",
            LiveFacts.NONE)
        .check();

    assertThat(findings).extracting(Finding::message).containsExactly(
        "Column public.users.email is nullable in the live database but NOT NULL in the migrations",
        "Column public.users.nickname is NOT NULL in the live database but nullable in the migrations");
    assertThat(findings.get(0).remediations()).extracting(Remediation::sql).containsExactly(
        Optional.of("ALTER TABLE users ALTER COLUMN email DROP NOT NULL;"),
        Optional.of("ALTER TABLE users ALTER COLUMN email SET NOT NULL;"));
  }

  @Test
  void nullabilityBothShareGivesNothing() {
    String sql = "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, nickname text);";
    tester.migration("V1__users.sql", sql).liveSql("live.sql", sql, LiveFacts.NONE).check();
  }

  @Test
  void aMigrationThatSetsNotNullLaterIsTakenIntoAccount() {
    tester.migration("V1__users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);")
        .migration("V2__email.sql", "ALTER TABLE users ALTER COLUMN email SET NOT NULL;")
        .liveSql("live.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);", LiveFacts.NONE)
        .check();
  }
}
