package dev.plumb.rules.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreferBigintKeysTest {

  private final RuleTester tester = RuleTester.of(new PreferBigintKeys());

  @Test
  void narrowPrimaryAndForeignKeys() {
    List<Finding> findings = tester
        .migration("V1__users.sql", """
            CREATE TABLE users (
              -- expect: prefer-bigint-keys (note)
              id serial PRIMARY KEY,
              name text
            );
            CREATE TABLE orders (
              -- expect: prefer-bigint-keys
              id INTEGER NOT NULL,
              -- expect: prefer-bigint-keys
              user_id int4 REFERENCES users (id),
              -- expect: prefer-bigint-keys
              status_id smallint,
              quantity integer,
              PRIMARY KEY (id),
              FOREIGN KEY (status_id) REFERENCES statuses (id)
            );
            """)
        .check();

    assertThat(findings).extracting(Finding::message).containsExactly(
        "Primary key column public.users.id is serial: 32-bit keys run out at 2,147,483,647, and widening the "
            + "column later rewrites the table and the columns that reference it",
        "Primary key column public.orders.id is INTEGER: 32-bit keys run out at 2,147,483,647, and widening the "
            + "column later rewrites the table and the columns that reference it",
        "Foreign key column public.orders.user_id is int4: 32-bit keys run out at 2,147,483,647, and widening "
            + "the column later rewrites the table and the columns that reference it",
        "Foreign key column public.orders.status_id is smallint: 16-bit keys run out at 32,767, and widening "
            + "the column later rewrites the table and the columns that reference it");
    Remediation fix = findings.get(0).remediations().stream().filter(r -> !r.edits().isEmpty()).findFirst()
        .orElseThrow();
    assertThat(fix.description()).isEqualTo("Use bigserial");
    assertThat(fix.edits()).containsExactly(new TextEdit("V1__users.sql", 3, 6, 3, 12, "bigserial"));
    assertThat(findings.get(1).remediations().get(0).edits()).extracting(TextEdit::newText)
        .containsExactly("BIGINT");
  }

  @Test
  void keyAddedByALaterAlterTable() {
    tester
        .migration("V1__t.sql", """
            CREATE TABLE t (
              -- expect: prefer-bigint-keys
              id integer NOT NULL
            );
            """)
        .migration("V2__key.sql", "ALTER TABLE t ADD PRIMARY KEY (id);")
        .check();
  }

  @Test
  void addedForeignKeyColumn() {
    tester
        .migration("V1__t.sql", "CREATE TABLE users (id bigint PRIMARY KEY);")
        .migration("V2__ref.sql", """
            CREATE TABLE orders (id bigint PRIMARY KEY);
            -- expect: prefer-bigint-keys
            ALTER TABLE orders ADD COLUMN user_id integer REFERENCES users (id);
            """)
        .check();
  }

  @Test
  void wideKeysAndPlainIntegersAreFine() {
    tester
        .migration("V1__t.sql", """
            CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, age integer);
            CREATE TABLE orders (id bigserial PRIMARY KEY, user_id bigint REFERENCES users (id),
              quantity smallint);
            """)
        .check();
  }

  @Test
  void keyWidenedLaterIsNotReported() {
    tester
        .migration("V1__t.sql", "CREATE TABLE users (id integer PRIMARY KEY);")
        .migration("V2__widen.sql", "ALTER TABLE users ALTER COLUMN id TYPE bigint;")
        .check();
  }

  @Test
  void otherDialectsSayNothing() {
    tester.dialect(Dialect.MYSQL)
        .migration("V1__t.sql", "CREATE TABLE users (id int PRIMARY KEY);")
        .check();
  }
}
