package dev.plumb.rules.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownTypeReferenceTest {

  private final RuleTester tester = RuleTester.of(new UnknownTypeReference());

  @Test
  void enumUsedBeforeItIsCreated() {
    List<Finding> findings = tester
        .migration("V1__orders.sql", """
            -- expect: unknown-type-reference (error)
            CREATE TABLE orders (id int, status order_status NOT NULL);
            """)
        .migration("V2__status.sql", """
            CREATE TYPE order_status AS ENUM ('new', 'paid');
            """)
        .check();

    Finding finding = findings.get(0);
    assertThat(finding.message()).isEqualTo(
        "Type public.order_status does not exist when it is used as the type of column public.orders.status");
    assertThat(finding.location().span()).hasValue(new SourceSpan("V1__orders.sql", 2, 37, 2, 48));
    assertThat(finding.remediations()).extracting(Remediation::description)
        .containsExactly("Created in V2__status.sql:1; move this statement after it.");
  }

  @Test
  void addedAndAlteredColumnsAndDomains() {
    tester
        .migration("V1__t.sql", """
            CREATE TABLE t (id int, e text);
            -- expect: unknown-type-reference
            ALTER TABLE t ADD COLUMN amount money_amount;
            -- expect: unknown-type-reference
            ALTER TABLE t ALTER COLUMN e TYPE email USING e::email;
            CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');
            """)
        .check();
  }

  @Test
  void builtInAndDeclaredTypesAreFine() {
    tester
        .migration("V1__types.sql", """
            CREATE TYPE mood AS ENUM ('ok', 'sad');
            CREATE TYPE pair AS (a int, b int);
            CREATE DOMAIN positive AS int CHECK (VALUE > 0);
            CREATE SCHEMA app;
            CREATE TYPE app.kind AS ENUM ('a');
            CREATE TABLE t (
              m mood, p pair, n positive, k app.kind, k2 kind, id uuid, doc jsonb, at timestamptz(3),
              since timestamp(6) without time zone, d interval day to second, tags text[], price numeric(10, 2),
              code "char", c citext, shape geometry(Point, 4326), r int4range, ip inet, v tsvector, s smallserial
            );
            """)
        .check();
  }

  @Test
  void nothingIsReportedOnceAnExtensionOrACodeBlockMayHaveMadeTheType() {
    tester
        .migration("V1__ext.sql", """
            DO $$ BEGIN CREATE TYPE tier AS ENUM ('low', 'high'); EXCEPTION WHEN duplicate_object THEN NULL; END $$;
            CREATE TABLE a (t tier);
            CREATE EXTENSION IF NOT EXISTS isn;
            CREATE TABLE b (code ismn13);
            """)
        .check();
    RuleTester.of(new UnknownTypeReference()).dialect(Dialect.MYSQL)
        .migration("V1__t.sql", "CREATE TABLE t (a mediumtext, b year, c set('x', 'y'));")
        .check();
  }
}
