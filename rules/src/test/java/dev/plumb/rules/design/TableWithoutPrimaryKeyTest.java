package dev.plumb.rules.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableWithoutPrimaryKeyTest {

  private final RuleTester tester = RuleTester.of(new TableWithoutPrimaryKey());

  @Test
  void tablesWithoutKeys() {
    List<Finding> findings = tester
        .migration("V1__t.sql", """
            -- expect: table-without-primary-key (note)
            CREATE TABLE events (kind text, payload jsonb);
            -- expect: table-without-primary-key
            CREATE TABLE app.tags (id bigint NOT NULL, name text UNIQUE);
            CREATE TABLE users (id bigint PRIMARY KEY);
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Table public.events has no primary key");
    assertThat(findings.get(0).remediations().get(0).sql())
        .contains("ALTER TABLE events ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;");
    assertThat(findings.get(1).remediations().get(0).sql()).contains("ALTER TABLE app.tags ADD PRIMARY KEY (id);");
  }

  @Test
  void keyAddedOrTableDroppedLater() {
    tester
        .migration("V1__t.sql", """
            CREATE TABLE events (id bigint NOT NULL, kind text);
            CREATE TABLE scratch (a int);
            """)
        .migration("V2__key.sql", """
            ALTER TABLE events ADD PRIMARY KEY (id);
            DROP TABLE scratch;
            """)
        .check();
  }

  @Test
  void keyDroppedLater() {
    tester
        .migration("V1__t.sql", """
            -- expect: table-without-primary-key
            CREATE TABLE events (id bigint CONSTRAINT events_pk PRIMARY KEY);
            """)
        .migration("V2__drop.sql", "ALTER TABLE events DROP CONSTRAINT events_pk;")
        .check();
  }

  @Test
  void mysqlAndSqlite() {
    List<Finding> findings = tester.dialect(Dialect.MYSQL)
        .migration("V1__t.sql", """
            -- expect: table-without-primary-key
            CREATE TABLE events (kind varchar(20));
            CREATE TABLE users (id bigint AUTO_INCREMENT, PRIMARY KEY (id));
            """)
        .check();
    assertThat(findings.get(0).remediations().get(0).sql())
        .contains("ALTER TABLE events ADD COLUMN id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY;");

    RuleTester.of(new TableWithoutPrimaryKey()).dialect(Dialect.SQLITE)
        .migration("V1__t.sql", """
            -- expect: table-without-primary-key
            CREATE TABLE events (kind text);
            CREATE TABLE users (id integer PRIMARY KEY);
            """)
        .check();
  }

  @Test
  void tablesWhoseColumnsTheReplayCannotTellAreLeftOut() {
    tester
        .migration("V1__t.sql", """
            CREATE TABLE users (id bigint PRIMARY KEY, name text);
            CREATE TABLE user_names AS SELECT name FROM users;
            """)
        .check();
  }
}
