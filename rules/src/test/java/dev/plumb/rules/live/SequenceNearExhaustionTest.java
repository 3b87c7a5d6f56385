package dev.plumb.rules.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.live.LiveFacts;
import dev.plumb.core.model.live.LiveFacts.SequenceUsage;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SequenceNearExhaustionTest {

  private static final long INT_MAX = Integer.MAX_VALUE;

  private final RuleTester tester = RuleTester.of(new SequenceNearExhaustion());

  private static SequenceUsage usage(String sequence, String type, Long last, long max, String column) {
    return new SequenceUsage(ObjectPath.of("public", sequence), type, Optional.ofNullable(last), max,
        Optional.ofNullable(column).map(c -> ObjectPath.of("public", c.split("\\.")[0], c.split("\\.")[1])));
  }

  private static LiveFacts sequences(SequenceUsage... usages) {
    return new LiveFacts(List.of(), List.of(), List.of(usages), List.of());
  }

  @Test
  void aSerialColumnPastEightyPercentIsAWarning_pastNinetyFiveAnError() {
    List<Finding> findings = tester.liveSql("live.sql", """
            -- expect: sequence-near-exhaustion (warning)
            CREATE TABLE events (id serial PRIMARY KEY, name text);
            -- expect: sequence-near-exhaustion (error)
            CREATE SEQUENCE ticket_seq AS integer;
            CREATE TABLE calm (id serial PRIMARY KEY);
            """, sequences(
                usage("events_id_seq", "integer", 1_800_000_000L, INT_MAX, "events.id"),
                usage("ticket_seq", "integer", 2_100_000_000L, INT_MAX, null),
                usage("calm_id_seq", "integer", 1_000L, INT_MAX, "calm.id")))
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Sequence public.events_id_seq (filling public.events.id) has "
        + "used 83.8% of its range (1,800,000,000 of 2,147,483,647, integer): inserts fail once it reaches the end");
    assertThat(findings.get(0).remediations().get(0).sql()).contains(
        "ALTER SEQUENCE events_id_seq AS bigint;\nALTER TABLE events ALTER COLUMN id TYPE bigint;");
    assertThat(findings.get(0).remediations().get(0).description()).contains("rewrites the table");
    assertThat(findings.get(1).remediations().get(0).sql()).contains("ALTER SEQUENCE ticket_seq AS bigint;");
  }

  @Test
  void aBigintSequenceWithItsOwnMaxvalueIsLifted() {
    List<Finding> findings = tester.liveSql("live.sql", """
            -- expect: sequence-near-exhaustion
            CREATE SEQUENCE batch_seq AS bigint MAXVALUE 1000;
            """, sequences(usage("batch_seq", "bigint", 900L, 1000, null)))
        .check();

    assertThat(findings.get(0).remediations().get(0).sql()).contains("ALTER SEQUENCE batch_seq NO MAXVALUE;");
  }

  @Test
  void thresholdsAreOptionsInPercent() {
    tester.option("threshold", 50).option("error-threshold", 101)
        .liveSql("live.sql", """
            -- expect: sequence-near-exhaustion (warning)
            CREATE SEQUENCE half_seq AS integer;
            CREATE SEQUENCE fresh_seq AS integer;
            """, sequences(usage("half_seq", "integer", INT_MAX, INT_MAX, null),
                usage("fresh_seq", "integer", null, INT_MAX, null)))
        .check();
  }

  @Test
  void aMysqlAutoIncrementCounterIsWidenedWithModify() {
    List<Finding> findings = RuleTester.of(new SequenceNearExhaustion()).dialect(Dialect.MYSQL)
        .live(dev.plumb.core.model.Schema.empty(Dialect.MYSQL), new LiveFacts(List.of(), List.of(),
            List.of(new SequenceUsage(ObjectPath.of("shop", "orders", "id"), "int", Optional.of(2_000_000_000L),
                INT_MAX, Optional.of(ObjectPath.of("shop", "orders", "id")))), List.of()))
        .expectAtAnchor("sequence-near-exhaustion", Optional.of(Severity.WARNING))
        .check();

    assertThat(findings.get(0).remediations().get(0).sql())
        .contains("ALTER TABLE shop.orders MODIFY COLUMN id BIGINT NOT NULL AUTO_INCREMENT;");
  }

  @Test
  void sequencesWellWithinTheirRangeGiveNothing() {
    tester.liveSql("live.sql", """
            CREATE TABLE events (id bigserial PRIMARY KEY);
            CREATE SEQUENCE unused_seq AS smallint;
            """, sequences(usage("events_id_seq", "bigint", 5_000_000_000L, Long.MAX_VALUE, "events.id"),
                usage("unused_seq", "smallint", null, Short.MAX_VALUE, null)))
        .check();
  }
}
