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

class DriftUnexpectedTableTest {

  private final RuleTester tester = RuleTester.of(new DriftUnexpectedTable());

  @Test
  void aTableNoMigrationCreatesIsReportedByPathAtTheRunsAnchor() {
    List<Finding> findings = tester.migration("V1__users.sql", """
            -- expect-file: drift-unexpected-table (warning)
            CREATE TABLE users (id bigint PRIMARY KEY);
            """)
        .liveSql("live.sql", """
            CREATE TABLE users (id bigint PRIMARY KEY);
            CREATE TABLE report_cache (id bigint PRIMARY KEY, body text NOT NULL);
            """, LiveFacts.NONE)
        .check();

    assertThat(findings.get(0).message())
        .isEqualTo("Table public.report_cache exists in the live database but no migration creates it");
    assertThat(findings.get(0).location().object()).contains(ObjectPath.of("public", "report_cache"));
    assertThat(findings.get(0).remediations()).extracting(Remediation::sql).containsExactly(
        Optional.of("CREATE TABLE report_cache (\n  id bigint NOT NULL,\n  body text NOT NULL,\n"
            + "  PRIMARY KEY (id)\n);"),
        Optional.of("DROP TABLE report_cache;"));
  }

  @Test
  void everyTableIsUnexpectedWhenTheMigrationsCreateNone() {
    tester.migration("V1__nothing.sql", """
            -- expect-file: drift-unexpected-table, drift-unexpected-table
            SELECT 1;
            """)
        .liveSql("live.sql", "CREATE TABLE a (id int); CREATE TABLE b (id int);", LiveFacts.NONE)
        .check();
  }

  @Test
  void migrationToolHistoryTablesGiveNothing() {
    tester.migration("V1__users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);")
        .liveSql("live.sql", """
            CREATE TABLE users (id bigint PRIMARY KEY);
            CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY);
            CREATE TABLE schema_migrations (version varchar(255) PRIMARY KEY);
            CREATE TABLE goose_db_version (id int PRIMARY KEY);
            CREATE SCHEMA drizzle;
            CREATE TABLE drizzle.__drizzle_migrations (id int PRIMARY KEY);
            """, LiveFacts.NONE)
        .check();
  }

  @Test
  void tablesTheReplayIsUnsureOfGiveNothing() {
    tester.migration("V1__users.sql", """
            CREATE TABLE users (id bigint PRIMARY KEY);
            DO $$ BEGIN EXECUTE 'CREATE TABLE ' || 'audit_trail (id int)'; END $$;
            CREATE TABLE users_copy AS SELECT * FROM users;
            """)
        .liveSql("live.sql", """
            CREATE TABLE users (id bigint PRIMARY KEY);
            CREATE TABLE users_copy (id bigint);
            CREATE TABLE audit_trail (id int);
            """, LiveFacts.NONE)
        .check();
  }
}
