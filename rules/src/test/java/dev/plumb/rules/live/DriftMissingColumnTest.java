package dev.plumb.rules.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.live.LiveFacts;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class DriftMissingColumnTest {

  private final RuleTester tester = RuleTester.of(new DriftMissingColumn());

  @Test
  void aColumnTheDatabaseLacksIsReportedAtItsDeclaration() {
    List<Finding> findings = tester.migration("V1__users.sql", """
            CREATE TABLE users (
              id bigint PRIMARY KEY,
              -- expect: drift-missing-column (error)
              email text NOT NULL
            );
            """)
        .migration("V2__nickname.sql", """
            -- expect: drift-missing-column
            ALTER TABLE users ADD COLUMN nickname varchar(40) DEFAULT 'anon';
            """)
        .liveSql("live.sql", "CREATE TABLE users (id bigint PRIMARY KEY);", LiveFacts.NONE)
        .check();

    assertThat(findings).extracting(Finding::message).containsExactly(
        "Column public.users.email is created by the migrations but does not exist in the live database",
        "Column public.users.nickname is created by the migrations but does not exist in the live database");
    assertThat(findings.get(1).remediations().get(0).sql())
        .contains("ALTER TABLE users ADD COLUMN nickname character varying(40) DEFAULT 'anon';");
  }

  @Test
  void aMissingTableIsNotReportedOncePerColumn() {
    tester.migration("V1__users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);")
        .liveSql("live.sql", "CREATE TABLE orders (id bigint);", LiveFacts.NONE)
        .check();
  }

  @Test
  void columnsBothHaveAndColumnsDroppedByALaterMigrationGiveNothing() {
    tester.migration("V1__users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy int);")
        .migration("V2__drop.sql", "ALTER TABLE users DROP COLUMN legacy;")
        .liveSql("live.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);", LiveFacts.NONE)
        .check();
  }
}
