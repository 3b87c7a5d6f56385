package dev.plumb.rules.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.RelatedLocation;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownTableReferenceTest {

  private final RuleTester tester = RuleTester.of(new UnknownTableReference());

  @Test
  void indexBeforeItsTableSaysWhereTheTableIsCreated() {
    List<Finding> findings = tester
        .migration("V1__core.sql", """
            CREATE TABLE users (id int PRIMARY KEY);
            -- expect: unknown-table-reference (error)
            CREATE INDEX metrics_at ON metrics (recorded_at);
            """)
        .migration("V12__metrics.sql", """
            CREATE TABLE metrics (recorded_at timestamptz);
            """)
        .check();

    Finding finding = findings.get(0);
    assertThat(finding.message()).isEqualTo("Table public.metrics does not exist when it is indexed");
    assertThat(finding.location().span()).hasValue(new SourceSpan("V1__core.sql", 3, 28, 3, 34));
    assertThat(finding.remediations()).extracting(Remediation::description)
        .containsExactly("Created in V12__metrics.sql:1; move this statement after it.");
    assertThat(finding.related()).containsExactly(new RelatedLocation(
        new SourceSpan("V12__metrics.sql", 1, 1, 1, 46), "table public.metrics is created here"));
  }

  @Test
  void everyKindOfStatementThatNeedsTheTable() {
    List<Finding> findings = tester
        .migration("V1__all.sql", """
            CREATE TABLE games (id int PRIMARY KEY);
            -- expect: unknown-table-reference
            CREATE TABLE reviews (game_id int REFERENCES games (id), studio_id int REFERENCES studios (id));
            -- expect: unknown-table-reference
            ALTER TABLE studios ADD COLUMN founded date;
            -- expect: unknown-table-reference
            COMMENT ON TABLE studios IS 'makers';
            -- expect: unknown-table-reference
            CREATE VIEW catalog AS SELECT g.id FROM games g JOIN studios s ON s.id = g.id;
            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
            -- expect: unknown-table-reference
            CREATE TRIGGER studios_touch BEFORE UPDATE ON studios FOR EACH ROW EXECUTE FUNCTION touch();
            -- expect: unknown-table-reference
            INSERT INTO studios (id) VALUES (1);
            -- expect: unknown-table-reference
            UPDATE studios SET id = 2;
            """)
        .check();

    assertThat(findings).extracting(Finding::message).containsExactly(
        "Table public.studios does not exist when it is referenced by a foreign key",
        "Table public.studios does not exist when it is altered",
        "Table public.studios does not exist when it is commented on",
        "Table public.studios does not exist when it is read by view public.catalog",
        "Table public.studios does not exist when it is given trigger studios_touch",
        "Table public.studios does not exist when it is inserted into",
        "Table public.studios does not exist when it is updated");
    assertThat(findings.get(0).remediations()).extracting(Remediation::description)
        .containsExactly("No migration creates it; create it before this statement, or correct the name.");
  }

  @Test
  void aTableUsedAfterItsDropSaysWhereItWasDropped() {
    List<Finding> findings = tester
        .migration("V1__t.sql", "CREATE TABLE t (id int);")
        .migration("V2__drop.sql", "DROP TABLE t;")
        .migration("V3__index.sql", """
            -- expect: unknown-table-reference
            CREATE INDEX t_id ON t (id);
            """)
        .check();

    assertThat(findings.get(0).remediations()).extracting(Remediation::description)
        .containsExactly("Dropped in V2__drop.sql:1; remove this statement or do not drop it there.");
  }

  @Test
  void tablesThatExistOrNeedNotExistAreFine() {
    tester
        .migration("V1__ok.sql", """
            CREATE TABLE accounts (id int PRIMARY KEY, name text);
            CREATE MATERIALIZED VIEW totals AS SELECT count(*) AS n FROM accounts;
            CREATE INDEX totals_n ON totals (n);
            CREATE VIEW named AS WITH recent AS (SELECT * FROM accounts) SELECT name FROM recent, pg_class;
            ALTER TABLE IF EXISTS legacy ADD COLUMN x int;
            CREATE TABLE child (id int, account_id int REFERENCES accounts, parent_id int REFERENCES child (id));
            ALTER TABLE accounts RENAME TO customers;
            INSERT INTO customers (id, name) VALUES (1, 'a');
            """)
        .check();
  }

  @Test
  void tablesThePlatformManagesAreExternal() {
    tester
        .migration("20240101_profiles.sql", """
            CREATE TABLE public.profiles (id uuid PRIMARY KEY REFERENCES auth.users (id) ON DELETE CASCADE);
            CREATE POLICY own ON public.profiles USING (auth.uid() = id);
            INSERT INTO storage.buckets (id, name) VALUES ('avatars', 'avatars');
            """)
        .check();
  }

  @Test
  void noFindingAboutATableAStatementNotUnderstoodMayHaveCreated() {
    tester.allowingParseErrors()
        .migration("V1__broken.sql", """
            CREATE TABLE foo (id int,, label text);
            CREATE INDEX foo_id ON foo (id);
            DO $$ BEGIN EXECUTE 'CREATE TABLE bar (id int)'; END $$;
            INSERT INTO bar (id) VALUES (1);
            """)
        .check();
  }

  @Test
  void sqliteAndMysqlWithoutChecksAcceptForeignKeysToLaterTables() {
    tester.dialect(Dialect.SQLITE)
        .migration("001_init.sql", """
            CREATE TABLE a (b_id int REFERENCES b (id));
            CREATE TABLE b (id int PRIMARY KEY);
            """)
        .check();
    RuleTester.of(new UnknownTableReference()).dialect(Dialect.MYSQL)
        .migration("dump.sql", """
            SET FOREIGN_KEY_CHECKS = 0;
            CREATE TABLE a (b_id int, CONSTRAINT a_b FOREIGN KEY (b_id) REFERENCES b (id));
            CREATE TABLE b (id int PRIMARY KEY);
            """)
        .check();
  }
}
