package dev.plumb.rules.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.live.LiveFacts;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class DriftMissingIndexTest {

  private final RuleTester tester = RuleTester.of(new DriftMissingIndex());

  private static final String TABLE = "CREATE TABLE users (id bigint PRIMARY KEY, email text, org bigint);\n";

  @Test
  void anIndexTheDatabaseLacksIsReportedWithItsDefinition() {
    List<Finding> findings = tester.migration("V1__users.sql", TABLE + """
            -- expect: drift-missing-index (error)
            CREATE UNIQUE INDEX users_email_idx ON users (lower(email)) WHERE org IS NOT NULL;
            CREATE INDEX users_org_idx ON users (org);
            """)
        .liveSql("live.sql", TABLE + "CREATE INDEX users_org_idx ON users (org);", LiveFacts.NONE)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Index public.users_email_idx on public.users is created by "
        + "the migrations but does not exist in the live database");
    assertThat(findings.get(0).remediations().get(0).sql()).contains("CREATE UNIQUE INDEX CONCURRENTLY "
        + "users_email_idx ON users ((lower(email))) WHERE org IS NOT NULL;");
  }

  @Test
  void indexesBothHaveGiveNothing() {
    String sql = TABLE + "CREATE INDEX users_org_idx ON users (org);";
    tester.migration("V1__users.sql", sql).liveSql("live.sql", sql, LiveFacts.NONE).check();
  }

  @Test
  void indexesOnAMissingTableOrDroppedByAMigrationGiveNothing() {
    tester.migration("V1__users.sql", TABLE + """
            CREATE INDEX users_org_idx ON users (org);
            DROP INDEX users_org_idx;
            """)
        .migration("V2__orders.sql", """
            CREATE TABLE orders (id bigint, user_id bigint);
            CREATE INDEX orders_user_idx ON orders (user_id);
            """)
        .liveSql("live.sql", TABLE, LiveFacts.NONE)
        .check();
  }
}
