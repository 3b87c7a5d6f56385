package dev.plumb.core.source.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.live.LiveFacts.InvalidIndex;
import dev.plumb.core.model.live.LiveFacts.SequenceUsage;
import dev.plumb.core.model.live.LiveFacts.UnvalidatedConstraint;
import dev.plumb.core.testing.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Health facts, the schema filter and partitions, read from a real PostgreSQL database. */
class PostgresLiveFactsTest {

  @RegisterExtension
  final TestPostgres postgres = new TestPostgres();

  private LiveDatabase introspect(List<String> schemas) throws SQLException {
    try (Connection connection = postgres.connect()) {
      return LiveReader.read(connection, Dialect.POSTGRESQL, "db", schemas, Duration.ofSeconds(30));
    }
  }

  @Test
  void failedConcurrentIndexIsInvalid() throws Exception {
    postgres.execute(PostgresIntrospectorTest.shopDdl());
    postgres.execute("INSERT INTO customers (email, name) VALUES ('ann@example.com', 'Ann'), ('an@ex.com', 'Ann')");
    // Run on its own: CONCURRENTLY refuses to run in a transaction block.
    String concurrently = "CREATE UNIQUE INDEX CONCURRENTLY customers_name_key ON customers (name)";
    assertThatThrownBy(() -> postgres.execute(concurrently))
        .isInstanceOf(SQLException.class).hasMessageContaining("could not create unique index");

    LiveDatabase live = introspect(List.of());

    assertThat(live.facts().invalidIndexes()).containsExactly(
        new InvalidIndex(ObjectPath.of("public", "customers_name_key"), ObjectPath.of("public", "customers")));
    assertThat(live.schema().index(ObjectPath.of("public", "customers_name_key"))).hasValueSatisfying(
        index -> assertThat(index.valid()).isFalse());
  }

  @Test
  void notValidConstraintsAreUnvalidated() throws Exception {
    postgres.execute(PostgresIntrospectorTest.shopDdl());

    LiveDatabase live = introspect(List.of());

    ObjectPath lines = ObjectPath.of("public", "order_lines");
    assertThat(live.facts().unvalidatedConstraints()).containsExactlyInAnyOrder(
        new UnvalidatedConstraint(lines, "order_lines_product_fk", "FOREIGN KEY"),
        new UnvalidatedConstraint(lines, "order_lines_quantity_check", "CHECK"));
  }

  @Test
  void validatedConstraintIsNoLongerReported() throws Exception {
    postgres.execute(PostgresIntrospectorTest.shopDdl());
    postgres.execute("ALTER TABLE order_lines VALIDATE CONSTRAINT order_lines_product_fk");

    LiveDatabase live = introspect(List.of());

    assertThat(live.facts().unvalidatedConstraints()).extracting(UnvalidatedConstraint::name)
        .containsExactly("order_lines_quantity_check");
  }

  @Test
  void sequenceUsageIsBoundedByTheNarrowerOfSequenceAndColumn() throws Exception {
    postgres.execute(PostgresIntrospectorTest.shopDdl());
    postgres.execute("""
        SELECT setval('invoice_numbers', 2000000000);
        CREATE SEQUENCE legacy_id_seq;
        CREATE TABLE legacy (id integer NOT NULL DEFAULT nextval('legacy_id_seq'));
        ALTER SEQUENCE legacy_id_seq OWNED BY legacy.id;
        SELECT setval('legacy_id_seq', 2100000000);
        CREATE TABLE counters (id smallserial PRIMARY KEY);
        SELECT setval('counters_id_seq', 30000);
        """);

    Map<String, SequenceUsage> usage = introspect(List.of()).facts().sequences().stream()
        .collect(Collectors.toMap(u -> u.sequence().toString(), Function.identity()));

    assertThat(usage.get("public.invoice_numbers")).isEqualTo(new SequenceUsage(
        ObjectPath.of("public", "invoice_numbers"), "integer", Optional.of(2_000_000_000L), Integer.MAX_VALUE,
        Optional.empty()));
    // A bigint sequence behind an integer column: the column overflows first.
    assertThat(usage.get("public.legacy_id_seq")).isEqualTo(new SequenceUsage(
        ObjectPath.of("public", "legacy_id_seq"), "integer", Optional.of(2_100_000_000L), Integer.MAX_VALUE,
        Optional.of(ObjectPath.of("public", "legacy", "id"))));
    assertThat(usage.get("public.counters_id_seq").type()).isEqualTo("smallint");
    assertThat(usage.get("public.counters_id_seq").usedFraction()).isGreaterThan(0.9);
    assertThat(usage.get("public.orders_id_seq").lastValue()).isEmpty();
    assertThat(usage.get("public.orders_id_seq").maxValue()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void schemaFilterReadsOnlyTheSchemasNamed() throws Exception {
    postgres.execute(PostgresIntrospectorTest.shopDdl());

    LiveDatabase billing = introspect(List.of("billing"));

    assertThat(billing.schema().tables().keySet()).containsExactly(ObjectPath.of("billing", "invoices"));
    assertThat(billing.schema().sequences().keySet()).containsExactly(ObjectPath.of("billing", "invoices_id_seq"));
    assertThat(billing.schema().views()).isEmpty();
    assertThat(billing.schema().enumTypes()).isEmpty();
    assertThat(billing.schema().triggers()).isEmpty();
    assertThat(introspect(List.of("billing", "public")).schema().tables()).hasSize(5);
  }

  @Test
  void partitionedTableAndItsPartitionsAreTables() throws Exception {
    postgres.execute("""
        CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
        CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
        CREATE INDEX events_at_idx ON events (at);
        """);

    Map<ObjectPath, Table> tables = introspect(List.of()).schema().tables();

    assertThat(tables).containsOnlyKeys(ObjectPath.of("public", "events"), ObjectPath.of("public", "events_2024"));
    Table partition = tables.get(ObjectPath.of("public", "events_2024"));
    assertThat(partition.columns()).extracting(c -> c.name()).containsExactly("id", "at");
    assertThat(partition.primaryKey()).hasValueSatisfying(k -> assertThat(k.columns()).containsExactly("id", "at"));
    assertThat(tables.get(ObjectPath.of("public", "events")).indexes()).extracting(i -> i.name())
        .containsExactly("events_at_idx");
  }
}
