package dev.plumb.rules.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.live.LiveFacts;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateIndexTest {

  private final RuleTester tester = RuleTester.of(new DuplicateIndex());

  @Test
  void anIndexWithTheSameKeysMethodAndPredicateIsADuplicate() {
    List<Finding> findings = tester.migration("V1__t.sql", """
            CREATE TABLE users (id bigint PRIMARY KEY, email text, tenant bigint);
            CREATE INDEX users_email_idx ON users (email);
            -- expect: duplicate-index (warning)
            CREATE INDEX users_email_idx2 ON users (email);
            CREATE INDEX users_live_idx ON users (lower(email)) WHERE tenant IS NOT NULL;
            -- expect: duplicate-index
            CREATE INDEX users_live_idx2 ON users (lower(email)) WHERE tenant  IS NOT NULL;
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Index public.users_email_idx2 on public.users (email) "
        + "duplicates index users_email_idx: every write maintains both, queries need one");
    assertThat(findings.get(0).remediations().get(0).sql()).contains("DROP INDEX CONCURRENTLY users_email_idx2;");
    assertThat(findings.get(0).related()).extracting(r -> r.span().line()).containsExactly(2);
  }

  @Test
  void theUniqueOneIsKept_andAKeyConstraintBeforeAnyIndex() {
    tester.migration("V1__t.sql", """
            CREATE TABLE users (id bigint PRIMARY KEY, email text, handle text UNIQUE);
            -- expect: duplicate-index
            CREATE INDEX users_email_plain ON users (email);
            CREATE UNIQUE INDEX users_email_key ON users (email);
            -- expect: duplicate-index
            CREATE UNIQUE INDEX users_id_idx ON users (id);
            -- expect: duplicate-index
            CREATE INDEX users_handle_idx ON users (handle);
            """)
        .check();
  }

  @Test
  void differentKeysOrderDirectionMethodPredicateOrPrefixesAreNoDuplicates() {
    tester.migration("V1__t.sql", """
            CREATE TABLE docs (id bigint PRIMARY KEY, a int, b int, body jsonb);
            CREATE INDEX docs_ab ON docs (a, b);
            CREATE INDEX docs_ba ON docs (b, a);
            CREATE INDEX docs_a ON docs (a);
            CREATE INDEX docs_a_desc ON docs (a DESC);
            CREATE INDEX docs_a_partial ON docs (a) WHERE b > 0;
            CREATE INDEX docs_body ON docs USING gin (body);
            CREATE INDEX docs_body_hash ON docs USING hash (body);
            CREATE INDEX docs_id_a ON docs (id, a);
            """)
        .check();
  }

  @Test
  void theIndexBehindAConstraintIsNotItsDuplicate_inALiveDatabase() {
    tester.liveSql("live.sql", """
            CREATE TABLE users (id bigint, email text, CONSTRAINT users_pkey PRIMARY KEY (id),
              CONSTRAINT users_email_key UNIQUE (email));
            CREATE UNIQUE INDEX users_pkey ON users (id);
            CREATE UNIQUE INDEX users_email_key ON users (email);
            """, LiveFacts.NONE)
        .check();
  }

  @Test
  void mysqlDropsTheDuplicateWithAlterTable() {
    List<Finding> findings = RuleTester.of(new DuplicateIndex()).dialect(Dialect.MYSQL)
        .migration("V1__t.sql", """
            CREATE TABLE users (id bigint PRIMARY KEY, email varchar(200));
            CREATE INDEX users_email ON users (email);
            -- expect: duplicate-index
            CREATE INDEX users_email_again ON users (email);
            """)
        .check();

    assertThat(findings.get(0).remediations().get(0).sql())
        .contains("ALTER TABLE users DROP INDEX users_email_again;");
  }
}
