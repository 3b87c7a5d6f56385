package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetLoggedRewritesTableTest {

  private final RuleTester tester = RuleTester.of(new SetLoggedRewritesTable());

  @Test
  void setLoggedAndUnloggedOnExistingTables() {
    List<Finding> findings = tester
        .migration("V1__views.sql", "CREATE UNLOGGED TABLE page_views (id bigint, url text);")
        .migration("V2__logged.sql", """
            -- expect: set-logged-rewrites-table (warning)
            ALTER TABLE page_views SET LOGGED;
            -- expect: set-logged-rewrites-table
            ALTER TABLE IF EXISTS page_views SET UNLOGGED;
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("SET LOGGED on existing table public.page_views rewrites it, "
        + "writing every row to the WAL, under an ACCESS EXCLUSIVE lock, which blocks every read and write of the "
        + "table, until every row is copied");
    assertThat(findings.get(0).remediations().get(1).sql()).contains("""
        CREATE TABLE page_views_new (LIKE page_views INCLUDING ALL);
        -- copy in batches: INSERT INTO page_views_new SELECT * FROM page_views WHERE <a range of keys>;
        -- then, once writes go to both or are paused, in one transaction:
        ALTER TABLE page_views RENAME TO page_views_old;
        ALTER TABLE page_views_new RENAME TO page_views;
        """);
    assertThat(findings.get(1).remediations().get(1).sql().orElseThrow())
        .startsWith("CREATE UNLOGGED TABLE page_views_new");
  }

  @Test
  void newTablesOtherChangesAndOtherDialectsAreFine() {
    tester
        .migration("V1__views.sql", """
            CREATE UNLOGGED TABLE page_views (id bigint, url text);
            ALTER TABLE page_views SET LOGGED;
            """)
        .migration("V2__other.sql", "ALTER TABLE page_views SET (fillfactor = 90);")
        .check();
    RuleTester.of(new SetLoggedRewritesTable()).dialect(Dialect.H2)
        .migration("V2__other.sql", "ALTER TABLE page_views ADD COLUMN x int;")
        .check();
  }
}
