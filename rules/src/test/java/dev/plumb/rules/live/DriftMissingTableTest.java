package dev.plumb.rules.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.live.LiveFacts;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class DriftMissingTableTest {

  private final RuleTester tester = RuleTester.of(new DriftMissingTable());

  @Test
  void aTableTheDatabaseLacksIsReportedAtTheStatementThatCreatesIt() {
    List<Finding> findings = tester.migration("V1__users.sql", """
            CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
            """)
        .migration("V2__orders.sql", """
            -- expect: drift-missing-table (error)
            CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(10,2) DEFAULT 0);
            """)
        .liveSql("live.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);", LiveFacts.NONE)
        .check();

    assertThat(findings.get(0).message())
        .isEqualTo("Table public.orders is created by the migrations but does not exist in the live database");
    assertThat(findings.get(0).location().object()).contains(ObjectPath.of("public", "orders"));
    assertThat(findings.get(0).remediations().get(0).sql()).contains("CREATE TABLE orders (\n"
        + "  id bigint NOT NULL,\n  total numeric(10,2) DEFAULT 0,\n  PRIMARY KEY (id)\n);");
  }

  @Test
  void aTableOutsideTheDefaultSchemaIsReportedWhereTheDatabaseWasReadInThatSchema() {
    tester.migration("V1__audit.sql", """
            CREATE SCHEMA audit;
            -- expect: drift-missing-table
            CREATE TABLE audit.log (id bigint);
            """)
        .liveSql("live.sql", "CREATE SCHEMA audit;", LiveFacts.NONE)
        .check();
  }

  @Test
  void tablesTheDatabaseHasDroppedTablesAndRunsWithoutALiveDatabaseGiveNothing() {
    String migration = """
        CREATE TABLE users (id bigint PRIMARY KEY);
        CREATE TABLE scratch (id bigint);
        DROP TABLE scratch;
        """;
    tester.migration("V1__users.sql", migration)
        .liveSql("live.sql", "CREATE TABLE users (id bigint PRIMARY KEY);", LiveFacts.NONE)
        .check();
    RuleTester.of(new DriftMissingTable()).migration("V1__users.sql", migration).check();
  }

  @Test
  void tablesTheReplayIsUnsureOfAndSchemasTheDatabaseWasNotReadInGiveNothing() {
    tester.migration("V1__users.sql", """
            CREATE TABLE users (id bigint PRIMARY KEY);
            CREATE TABLE users_copy AS SELECT * FROM users;
            CREATE SCHEMA audit;
            CREATE TABLE audit.log (id bigint);
            """)
        .liveSql("live.sql", "CREATE TABLE users (id bigint PRIMARY KEY);", LiveFacts.NONE)
        .check();
  }

  @Test
  void aLiveDatabaseWithoutMigrationsGivesNothing() {
    assertThat(tester.liveSql("live.sql", "CREATE TABLE users (id bigint);", LiveFacts.NONE).check()).isEmpty();
  }
}
