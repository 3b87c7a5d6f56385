package dev.plumb.rules.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.live.LiveFacts;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvalidIndexTest {

  private final RuleTester tester = RuleTester.of(new InvalidIndex());

  private static LiveFacts invalid(String schema, String index, String table) {
    return new LiveFacts(List.of(new LiveFacts.InvalidIndex(ObjectPath.of(schema, index),
        ObjectPath.of(schema, table))), List.of(), List.of(), List.of());
  }

  @Test
  void anInvalidIndexIsReportedWithItsDefinitionToCreateAgain() {
    List<Finding> findings = tester.liveSql("live.sql", """
            CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, placed date);
            -- expect: invalid-index (error)
            CREATE UNIQUE INDEX orders_user_placed_idx ON orders (user_id, lower(placed::text) DESC)
              WHERE user_id IS NOT NULL;
            CREATE INDEX orders_placed_idx ON orders (placed);
            """, invalid("public", "orders_user_placed_idx", "orders"))
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Index public.orders_user_placed_idx on public.orders is "
        + "invalid: a CREATE INDEX CONCURRENTLY or REINDEX CONCURRENTLY failed and left it; queries do not use it, "
        + "but every write still maintains it");
    assertThat(findings.get(0).location().object()).contains(ObjectPath.of("public", "orders_user_placed_idx"));
    assertThat(findings.get(0).remediations()).extracting(Remediation::sql).containsExactly(
        Optional.of("DROP INDEX CONCURRENTLY orders_user_placed_idx;\nCREATE UNIQUE INDEX CONCURRENTLY "
            + "orders_user_placed_idx ON orders (user_id, (lower(placed::text)) DESC) WHERE user_id IS NOT NULL;"),
        Optional.of("REINDEX INDEX CONCURRENTLY orders_user_placed_idx;"));
  }

  @Test
  void anIndexOutsideTheDefaultSchemaKeepsItsSchemaAndMethod() {
    List<Finding> findings = tester.liveSql("live.sql", """
            CREATE SCHEMA app;
            CREATE TABLE app.docs (id bigint PRIMARY KEY, body jsonb);
            -- expect: invalid-index
            CREATE INDEX docs_body_idx ON app.docs USING gin (body);
            """, invalid("app", "docs_body_idx", "docs"))
        .check();

    assertThat(findings.get(0).remediations().get(0).sql()).contains("DROP INDEX CONCURRENTLY app.docs_body_idx;\n"
        + "CREATE INDEX CONCURRENTLY docs_body_idx ON app.docs USING gin (body);");
  }

  @Test
  void anInvalidIndexTheSchemaDoesNotShowIsAnchoredWhereTheRunWasSetUp() {
    List<Finding> findings = tester.live(Schema.empty(Dialect.POSTGRESQL), invalid("public", "gone_idx", "gone"))
        .expectAtAnchor("invalid-index")
        .check();

    assertThat(findings.get(0).remediations()).extracting(Remediation::sql)
        .containsExactly(Optional.of("REINDEX INDEX CONCURRENTLY gone_idx;"));
  }

  @Test
  void aLiveIndexIsAnchoredAtTheMigrationThatCreatedIt() {
    tester.migration("V1__orders.sql", """
            CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);
            """)
        .migration("V2__index.sql", """
            -- expect: invalid-index
            CREATE INDEX CONCURRENTLY orders_user_idx ON orders (user_id);
            """)
        .live(Schema.empty(Dialect.POSTGRESQL), invalid("public", "orders_user_idx", "orders"))
        .check();
  }

  @Test
  void validIndexesAndSchemasFromFilesGiveNothing() {
    tester.liveSql("live.sql", """
            CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);
            CREATE INDEX orders_user_idx ON orders (user_id);
            """, LiveFacts.NONE)
        .check();
    RuleTester.of(new InvalidIndex()).migration("V1__t.sql", """
            CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);
            CREATE INDEX CONCURRENTLY orders_user_idx ON orders (user_id);
            """)
        .check();
  }
}
