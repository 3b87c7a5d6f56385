package dev.plumb.rules.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.model.live.LiveFacts;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DriftColumnDefaultTest {

  private final RuleTester tester = RuleTester.of(new DriftColumnDefault());

  @Test
  void aDefaultChangedOrDroppedByHandIsReported() {
    List<Finding> findings = tester.migration("V1__orders.sql", """
            CREATE TABLE orders (
              id bigint PRIMARY KEY,
              -- expect: drift-column-default (warning)
              status text DEFAULT 'new',
              -- expect: drift-column-default
              placed timestamptz DEFAULT now()
            );
            """)
        .liveSql("live.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, status text DEFAULT 'pending', "
            + "placed timestamptz);", LiveFacts.NONE)
        .check();

    assertThat(findings).extracting(Finding::message).containsExactly(
        "Column public.orders.status has DEFAULT 'pending' in the live database but DEFAULT 'new' in the migrations",
        "Column public.orders.placed has no default in the live database but DEFAULT now() in the migrations");
    assertThat(findings.get(1).remediations()).extracting(Remediation::sql).containsExactly(
        Optional.of("ALTER TABLE orders ALTER COLUMN placed DROP DEFAULT;"),
        Optional.of("ALTER TABLE orders ALTER COLUMN placed SET DEFAULT now();"));
  }

  @Test
  void defaultsThatMeanTheSameGiveNothing() {
    tester.migration("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, status text DEFAULT 'new', "
            + "placed timestamptz DEFAULT CURRENT_TIMESTAMP, note text);")
        .liveSql("live.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, status text DEFAULT 'new'::text, "
            + "placed timestamptz DEFAULT now(), note text);", LiveFacts.NONE)
        .check();
  }

  @Test
  void aDefaultSetByALaterMigrationIsTakenIntoAccount() {
    tester.migration("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, status text);")
        .migration("V2__status.sql", "ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';")
        .liveSql("live.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, status text DEFAULT 'new');",
            LiveFacts.NONE)
        .check();
  }
}
