package dev.plumb.rules.expected;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingPrimaryKeyTest {

  private final RuleTester tester = RuleTester.of(new MissingPrimaryKey());

  @Test
  void noPrimaryKeyAndWrongPrimaryKey() {
    List<Finding> findings = tester
        .expected("""
            tables:
              - name: a
                # expect: missing-primary-key
                primaryKey: [id]
              - name: b
                # expect: missing-primary-key
                primaryKey: [tenant_id, id]
            """)
        .migration("V1__t.sql", """
            CREATE TABLE a (id int);
            CREATE TABLE b (id int PRIMARY KEY, tenant_id int);
            """)
        .check();
    assertThat(findings).extracting(Finding::message).containsExactly(
        "Table public.a has no primary key; (id) is expected",
        "Table public.b has primary key (id) but (tenant_id, id) is expected");
    assertThat(findings.get(0).remediations().get(0).sql()).hasValue("ALTER TABLE a ADD PRIMARY KEY (id);");
    assertThat(findings.get(1).remediations().get(0).sql()).hasValue("""
        ALTER TABLE b DROP CONSTRAINT b_pkey;
        ALTER TABLE b ADD PRIMARY KEY (tenant_id, id);""");
  }

  @Test
  void matchingKeysInlineTableLevelOrAddedLater() {
    tester
        .expected("""
            tables:
              - { name: a, primaryKey: [id] }
              - { name: b, primaryKey: [x, y] }
              - { name: c, primaryKey: [id] }
              - { name: d }
            """)
        .migration("V1__t.sql", """
            CREATE TABLE a (id int PRIMARY KEY);
            CREATE TABLE b (x int, y int, CONSTRAINT b_pk PRIMARY KEY (x, y));
            CREATE TABLE c (id int);
            ALTER TABLE c ADD CONSTRAINT c_pkey PRIMARY KEY (id);
            CREATE TABLE d (id int);
            """)
        .check();
  }
}
