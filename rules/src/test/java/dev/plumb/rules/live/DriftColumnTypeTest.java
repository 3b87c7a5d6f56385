package dev.plumb.rules.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.model.live.LiveFacts;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DriftColumnTypeTest {

  private final RuleTester tester = RuleTester.of(new DriftColumnType());

  @Test
  void aTypeChangedByHandIsReportedAtTheColumnsDeclaration() {
    List<Finding> findings = tester.migration("V1__users.sql", """
            CREATE TABLE users (
              id bigint PRIMARY KEY,
              -- expect: drift-column-type (error)
              email varchar(100)
            );
            """)
        .liveSql("live.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255));", LiveFacts.NONE)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Column public.users.email is character varying(255) in the "
        + "live database but character varying(100) in the migrations");
    assertThat(findings.get(0).remediations()).extracting(Remediation::sql).containsExactly(
        Optional.of("ALTER TABLE users ALTER COLUMN email TYPE character varying(255) USING "
            + "email::character varying(255);"),
        Optional.of("ALTER TABLE users ALTER COLUMN email TYPE character varying(100) USING "
            + "email::character varying(100);"));
  }

  @Test
  void aTypeAMigrationChangesIsComparedAsChanged() {
    tester.migration("V1__users.sql", """
            -- expect: drift-column-type
            CREATE TABLE users (id int PRIMARY KEY);
            """)
        .migration("V2__bigint.sql", "ALTER TABLE users ALTER COLUMN id TYPE bigint;")
        .liveSql("live.sql", "CREATE TABLE users (id int4 PRIMARY KEY);", LiveFacts.NONE)
        .check();
  }

  @Test
  void synonymsAndTypesBothHaveGiveNothing() {
    tester.migration("V1__users.sql", "CREATE TABLE users (id int4 PRIMARY KEY, name varchar(20), at timestamptz);")
        .liveSql("live.sql", "CREATE TABLE users (id integer PRIMARY KEY, name character varying(20), "
            + "at timestamp with time zone);", LiveFacts.NONE)
        .check();
  }
}
