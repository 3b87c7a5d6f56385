package dev.plumb.rules.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class NonIdempotentDdlTest {

  private final RuleTester tester = RuleTester.of(new NonIdempotentDdl());

  @Test
  void createsAndDropsWithoutGuards() {
    List<Finding> findings = tester
        .migration("V1__t.sql", """
            -- expect: non-idempotent-ddl (note)
            CREATE TABLE t (id int);
            -- expect: non-idempotent-ddl
            CREATE INDEX t_id ON t (id);
            -- expect: non-idempotent-ddl
            CREATE VIEW v AS SELECT id FROM t;
            -- expect: non-idempotent-ddl
            DROP INDEX t_id;
            -- expect: non-idempotent-ddl
            CREATE EXTENSION pgcrypto;
            """)
        .check();

    assertThat(findings).extracting(Finding::message).containsExactly(
        "Table public.t is created without IF NOT EXISTS, so running the migration again fails",
        "Index public.t_id is created without IF NOT EXISTS, so running the migration again fails",
        "View public.v is created without OR REPLACE, so running the migration again fails",
        "Index public.t_id is dropped without IF EXISTS, so running the migration again fails",
        "Extension pgcrypto is created without IF NOT EXISTS, so running the migration again fails");
    assertThat(findings).extracting(Finding::severity).containsOnly(Severity.NOTE);
    assertThat(findings.get(2).remediations()).extracting(Remediation::description)
        .containsExactly("Write `CREATE OR REPLACE VIEW`.");
    assertThat(findings.get(3).remediations()).extracting(Remediation::description)
        .containsExactly("Write `DROP INDEX IF EXISTS`.");
  }

  @Test
  void guardedStatementsAndThoseWithoutAGuardAreFine() {
    tester
        .migration("V1__t.sql", """
            CREATE TABLE IF NOT EXISTS t (id int);
            CREATE INDEX IF NOT EXISTS t_id ON t (id);
            CREATE OR REPLACE VIEW v AS SELECT id FROM t;
            DROP VIEW IF EXISTS v;
            CREATE TYPE mood AS ENUM ('ok');
            ALTER TABLE t ADD COLUMN c int;
            ALTER TABLE t DROP COLUMN c;
            ALTER TABLE t RENAME TO u;
            """)
        .check();
  }

  @Test
  void mysqlHasNoGuardForIndexes() {
    tester.dialect(Dialect.MYSQL)
        .migration("V1__t.sql", """
            -- expect: non-idempotent-ddl
            CREATE TABLE t (id int);
            CREATE INDEX t_id ON t (id);
            """)
        .check();
  }
}
