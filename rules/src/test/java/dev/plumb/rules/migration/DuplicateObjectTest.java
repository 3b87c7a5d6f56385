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

class DuplicateObjectTest {

  private final RuleTester tester = RuleTester.of(new DuplicateObject());

  @Test
  void tableCreatedTwice() {
    List<Finding> findings = tester
        .migration("V1__users.sql", "CREATE TABLE users (id int);")
        .migration("V2__users_again.sql", """
            -- expect: duplicate-object (error)
            CREATE TABLE users (id int, email text);
            """)
        .check();

    Finding finding = findings.get(0);
    assertThat(finding.message()).isEqualTo("Table public.users already exists, so creating it fails");
    assertThat(finding.location().span()).hasValue(new SourceSpan("V2__users_again.sql", 2, 1, 2, 39));
    assertThat(finding.related()).containsExactly(new RelatedLocation(new SourceSpan("V1__users.sql", 1, 1, 1, 27),
        "table public.users is created here"));
    assertThat(finding.remediations()).extracting(Remediation::description)
        .containsExactly("Remove the duplicate statement or give the new table another name.");
  }

  @Test
  void dropOfSomethingThatIsNotThere() {
    List<Finding> findings = tester
        .migration("V1__t.sql", """
            CREATE TABLE t (id int);
            -- expect: duplicate-object
            DROP INDEX t_id_idx;
            -- expect: duplicate-object
            ALTER TABLE t DROP COLUMN nickname;
            """)
        .check();

    assertThat(findings).extracting(Finding::message).containsExactly(
        "Index public.t_id_idx does not exist, so dropping it fails",
        "Column public.t.nickname does not exist, so dropping it fails");
    assertThat(findings.get(0).remediations()).extracting(Remediation::description)
        .containsExactly("Remove the statement, or write IF EXISTS if the index may be absent.");
  }

  @Test
  void everyKindOfObjectCreatedAgain() {
    tester
        .migration("V1__all.sql", """
            CREATE TABLE t (id int, CONSTRAINT t_positive CHECK (id > 0));
            -- expect: duplicate-object
            ALTER TABLE t ADD COLUMN id bigint;
            CREATE INDEX t_id ON t (id);
            -- expect: duplicate-object
            CREATE INDEX t_id ON t (id);
            -- expect: duplicate-object
            ALTER TABLE t ADD CONSTRAINT t_positive CHECK (id >= 0);
            CREATE TYPE mood AS ENUM ('ok');
            -- expect: duplicate-object
            CREATE TYPE mood AS ENUM ('ok', 'sad');
            CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
            -- expect: duplicate-object
            CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 2';
            CREATE SEQUENCE s;
            -- expect: duplicate-object
            CREATE SEQUENCE s;
            CREATE TABLE u (id int);
            -- expect: duplicate-object
            ALTER TABLE u RENAME TO t;
            """)
        .check();
  }

  @Test
  void guardedAndReplacingStatementsAreFine() {
    tester
        .migration("V1__ok.sql", """
            CREATE TABLE IF NOT EXISTS t (id int);
            CREATE TABLE IF NOT EXISTS t (id int);
            CREATE OR REPLACE VIEW v AS SELECT id FROM t;
            CREATE OR REPLACE VIEW v AS SELECT id + 1 AS id FROM t;
            CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS 'SELECT a';
            CREATE FUNCTION f(a text) RETURNS int LANGUAGE sql AS 'SELECT 1';
            DROP INDEX IF EXISTS gone;
            DROP TABLE IF EXISTS gone;
            ALTER TABLE t DROP COLUMN IF EXISTS gone;
            CREATE SEQUENCE IF NOT EXISTS s;
            CREATE SEQUENCE IF NOT EXISTS s;
            CREATE TABLE u (id serial, email text UNIQUE);
            ALTER TABLE u DROP CONSTRAINT u_email_key;
            ALTER TABLE u DROP CONSTRAINT named_by_the_database;
            DROP SEQUENCE u_id_seq CASCADE;
            DROP TABLE t, u;
            CREATE TABLE t (id int);
            SET search_path TO app;
            CREATE TABLE accounts (id int);
            DROP TABLE app.accounts;
            """)
        .check();
  }

  @Test
  void mysqlUniqueKeysAreIndexes() {
    tester.dialect(Dialect.MYSQL)
        .migration("V1__t.sql", """
            CREATE TABLE t (id int, email varchar(100), UNIQUE KEY t_email (email), KEY t_id (id));
            DROP INDEX t_email ON t;
            ALTER TABLE t DROP INDEX t_id;
            -- expect: duplicate-object
            ALTER TABLE t DROP INDEX t_id;
            """)
        .check();
  }

  @Test
  void nothingAboutObjectsAStatementNotUnderstoodMayHaveTouched() {
    tester.allowingParseErrors()
        .migration("V1__t.sql", """
            CREATE TABLE t (id int);
            DROP TABLE t,, CASCADE;
            CREATE TABLE t (id int);
            CREATE TABLE g (id int,, label text);
            DROP TABLE g;
            """)
        .check();
  }
}
