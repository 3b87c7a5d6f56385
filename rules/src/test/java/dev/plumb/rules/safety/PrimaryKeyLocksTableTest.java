package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrimaryKeyLocksTableTest {

  private final RuleTester tester = RuleTester.of(new PrimaryKeyLocksTable());

  @Test
  void primaryKeyOnNullableColumnsOfAnExistingTable() {
    List<Finding> findings = tester
        .migration("V1__events.sql", "CREATE TABLE events (id bigint, payload text);")
        .migration("V2__pk.sql", """
            -- expect: primary-key-locks-table (warning)
            ALTER TABLE events ADD PRIMARY KEY (id);
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Primary key events_pkey on existing table public.events "
        + "builds its index under an ACCESS EXCLUSIVE lock, which blocks every read and write of the table, until "
        + "every row is indexed, after scanning every row for NULLs in nullable column id");
    assertThat(findings.get(0).remediations().get(0).sql()).contains("""
        ALTER TABLE events ADD CONSTRAINT events_id_not_null CHECK (id IS NOT NULL) NOT VALID;
        ALTER TABLE events VALIDATE CONSTRAINT events_id_not_null;
        ALTER TABLE events ALTER COLUMN id SET NOT NULL;
        ALTER TABLE events DROP CONSTRAINT events_id_not_null;
        -- CONCURRENTLY cannot run inside a transaction block: run it in a migration without one
        CREATE UNIQUE INDEX CONCURRENTLY events_pkey ON events (id);
        ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_pkey;
        """);
  }

  @Test
  void namedKeyOnNotNullColumns() {
    List<Finding> findings = tester
        .migration("V1__events.sql", "CREATE TABLE events (id bigint NOT NULL, payload text);")
        .migration("V2__pk.sql", """
            -- expect: primary-key-locks-table
            ALTER TABLE events ADD CONSTRAINT events_pk PRIMARY KEY (id);
            """)
        .check();

    assertThat(findings.get(0).message()).endsWith("until every row is indexed");
    assertThat(findings.get(0).remediations().get(0).sql().orElseThrow()).startsWith(
        "-- CONCURRENTLY cannot run inside a transaction block: run it in a migration without one\n"
            + "CREATE UNIQUE INDEX CONCURRENTLY events_pkey ON events (id);\n"
            + "ALTER TABLE events ADD CONSTRAINT events_pk PRIMARY KEY USING INDEX events_pkey;\n");
  }

  @Test
  void serialPrimaryKeyColumn() {
    List<Finding> findings = tester
        .migration("V1__events.sql", "CREATE TABLE events (payload text);")
        .migration("V2__pk.sql", """
            -- expect: primary-key-locks-table
            ALTER TABLE events ADD COLUMN id bigserial PRIMARY KEY;
            -- nothing fills it, so it fails instead: not-null-column-without-default says so
            ALTER TABLE events ADD COLUMN code int PRIMARY KEY;
            """)
        .check();

    assertThat(findings.get(0).remediations().get(0).sql().orElseThrow())
        .startsWith("ALTER TABLE events ADD COLUMN id bigint;\nCREATE SEQUENCE events_id_seq OWNED BY events.id;\n")
        .endsWith("ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_pkey;\n");
  }

  @Test
  void unknownTableSaysWhenToMakeTheColumnNotNull() {
    List<Finding> findings = tester
        .migration("V2__pk.sql", """
            -- expect: primary-key-locks-table
            ALTER TABLE legacy ADD PRIMARY KEY (code);
            """)
        .check();

    assertThat(findings.get(0).remediations().get(0).sql().orElseThrow())
        .startsWith("-- if code may hold NULLs, make it NOT NULL first:\n");
  }

  @Test
  void usingIndexNewTablesAndOtherDialectsAreFine() {
    tester
        .migration("V1__events.sql", """
            CREATE TABLE events (id bigint NOT NULL);
            ALTER TABLE events ADD PRIMARY KEY (id);
            CREATE TABLE audit (payload text);
            """)
        .migration("V2__pk.sql", """
            ALTER TABLE events DROP CONSTRAINT events_pkey;
            ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_id_idx;
            """)
        .check();
    RuleTester.of(new PrimaryKeyLocksTable()).dialect(Dialect.MYSQL)
        .migration("V2__pk.sql", "ALTER TABLE events ADD PRIMARY KEY (id);")
        .check();
  }
}
