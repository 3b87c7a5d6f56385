package dev.plumb.rules.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.model.live.LiveFacts;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DriftUnexpectedIndexTest {

  private final RuleTester tester = RuleTester.of(new DriftUnexpectedIndex());

  private static final String TABLE = "CREATE TABLE orders (id bigint PRIMARY KEY, placed date, total int);\n";

  @Test
  void anIndexAddedByHandIsReportedAtItsTablesCreateTable() {
    List<Finding> findings = tester.migration("V1__orders.sql", "-- expect: drift-unexpected-index\n" + TABLE)
        .liveSql("live.sql", TABLE + "CREATE INDEX orders_placed_idx ON orders (placed DESC);", LiveFacts.NONE)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Index public.orders_placed_idx on public.orders exists in the "
        + "live database but no migration creates it");
    assertThat(findings.get(0).remediations()).extracting(Remediation::sql).containsExactly(
        Optional.of("CREATE INDEX CONCURRENTLY orders_placed_idx ON orders (placed DESC);"),
        Optional.of("DROP INDEX CONCURRENTLY orders_placed_idx;"));
  }

  @Test
  void indexesTheMigrationsCreateAndConstraintsGiveNothing() {
    String sql = TABLE + "ALTER TABLE orders ADD CONSTRAINT orders_total_key UNIQUE (total);\n"
        + "CREATE INDEX orders_placed_idx ON orders (placed);";
    tester.migration("V1__orders.sql", sql).liveSql("live.sql", sql, LiveFacts.NONE).check();
  }

  @Test
  void indexesOnUnexpectedTablesAreNotReportedOneByOne() {
    tester.migration("V1__orders.sql", TABLE)
        .liveSql("live.sql", TABLE + "CREATE TABLE extra (id int);\nCREATE INDEX extra_idx ON extra (id);",
            LiveFacts.NONE)
        .check();
  }
}
