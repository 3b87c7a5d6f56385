package dev.plumb.rules.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownColumnReferenceTest {

  private final RuleTester tester = RuleTester.of(new UnknownColumnReference());

  @Test
  void indexOnAColumnAddedLaterSaysWhereItIsAdded() {
    List<Finding> findings = tester
        .migration("V3__platforms.sql", """
            CREATE TABLE platforms (id int PRIMARY KEY, name text);
            -- expect: unknown-column-reference (error)
            CREATE INDEX platforms_description ON platforms (description);
            """)
        .migration("V4__describe.sql", """
            ALTER TABLE platforms
              ADD COLUMN description text;
            """)
        .check();

    Finding finding = findings.get(0);
    assertThat(finding.message())
        .isEqualTo("Column public.platforms.description does not exist when it is indexed");
    assertThat(finding.location().span()).hasValue(new SourceSpan("V3__platforms.sql", 3, 50, 3, 60));
    assertThat(finding.remediations()).extracting(Remediation::description)
        .containsExactly("Created in V4__describe.sql:2; move this statement after it.");
  }

  @Test
  void aColumnNoMigrationCreates() {
    List<Finding> findings = tester
        .migration("V1__enrolments.sql", """
            CREATE TABLE enrolments (id int, student_id int);
            -- expect: unknown-column-reference
            CREATE INDEX enrolments_course ON enrolments (course_id);
            """)
        .check();

    assertThat(findings.get(0).remediations()).extracting(Remediation::description)
        .containsExactly("No migration creates it; create it before this statement, or correct the name.");
  }

  @Test
  void everyKindOfStatementThatNeedsTheColumn() {
    tester
        .migration("V1__all.sql", """
            CREATE TABLE users (id int PRIMARY KEY, email text);
            CREATE TABLE orders (
              id int,
              -- expect: unknown-column-reference
              user_id int REFERENCES users (uid),
              -- expect: unknown-column-reference
              PRIMARY KEY (order_id)
            );
            -- expect: unknown-column-reference
            ALTER TABLE users ALTER COLUMN mail SET NOT NULL;
            -- A column dropped that is not there is duplicate-object's.
            ALTER TABLE users DROP COLUMN nickname;
            -- expect: unknown-column-reference
            ALTER TABLE users RENAME COLUMN mail TO e_mail;
            -- expect: unknown-column-reference
            COMMENT ON COLUMN users.mail IS 'where we write';
            -- expect: unknown-column-reference
            INSERT INTO users (id, mail) VALUES (1, 'a@b');
            -- expect: unknown-column-reference
            UPDATE users SET mail = 'c@d' WHERE id = 1;
            """)
        .check();
  }

  @Test
  void columnsThatExistAtThatPointAreFine() {
    tester
        .migration("V1__ok.sql", """
            CREATE TABLE users (id int PRIMARY KEY, mail text);
            ALTER TABLE users RENAME COLUMN mail TO email;
            CREATE UNIQUE INDEX users_email ON users (email);
            CREATE INDEX users_lower_email ON users (lower(email));
            ALTER TABLE users ADD COLUMN IF NOT EXISTS email text;
            ALTER TABLE users ALTER COLUMN email SET NOT NULL;
            UPDATE users u SET email = lower(o.email) FROM users o WHERE o.id = u.id;
            COMMENT ON COLUMN users.email IS 'login';
            """)
        .check();
  }

  @Test
  void noFindingAboutTablesWhoseColumnsTheReplayCannotKnow() {
    tester.allowingParseErrors()
        .migration("V1__unknown.sql", """
            CREATE TABLE base (id int);
            CREATE TABLE report AS SELECT id, 1 AS total FROM base;
            CREATE INDEX report_total ON report (total);
            CREATE TABLE child (extra int) INHERITS (base);
            ALTER TABLE child ADD PRIMARY KEY (id);
            ALTER TABLE base ADD COLUMN nme text,, ;
            CREATE INDEX base_nme ON base (nme);
            """)
        .check();
  }

  @Test
  void mysqlAlterActionsOnMissingColumns() {
    tester.dialect(Dialect.MYSQL)
        .migration("V1__t.sql", """
            CREATE TABLE t (id int NOT NULL, PRIMARY KEY (id));
            -- expect: unknown-column-reference
            ALTER TABLE t MODIFY COLUMN name varchar(20) NOT NULL;
            ALTER TABLE t ADD COLUMN name varchar(10), ADD KEY t_name (name);
            """)
        .check();
  }
}
