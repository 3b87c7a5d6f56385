package dev.plumb.core.source.sql;

import static dev.plumb.core.source.sql.StatementEffect.path;
import static dev.plumb.core.source.sql.StatementEffect.statementSpan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.CheckConstraint;
import dev.plumb.core.model.ColumnGeneration;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.PrimaryKey;
import dev.plumb.core.model.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlterTableGrammarTest {

  private static final String POSTGRES = """
      CREATE TABLE depots (id int PRIMARY KEY);
      CREATE TABLE drivers (
          id int,
          depot_id int REFERENCES depots (id),
          level smallint NOT NULL,
          errors int,
          score int GENERATED ALWAYS AS (level * 2) STORED
      );
      CREATE UNIQUE INDEX drivers_id_idx ON drivers (id);
      """;
  private static final ObjectPath DRIVERS = path("public", "drivers");

  @ParameterizedTest
  @ValueSource(strings = {
      "ALTER TABLE drivers ALTER CONSTRAINT drivers_depot_id_fkey DEFERRABLE INITIALLY DEFERRED",
      "ALTER TABLE drivers REPLICA IDENTITY FULL", "ALTER TABLE drivers REPLICA IDENTITY USING INDEX drivers_id_idx",
      "ALTER TABLE drivers ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY",
      "ALTER TABLE ONLY drivers SET (autovacuum_vacuum_scale_factor = 0.01), SET UNLOGGED",
      "ALTER TABLE drivers ALTER COLUMN errors SET STATISTICS 500",
      "ALTER TABLE drivers ALTER errors SET STORAGE PLAIN",
      "ALTER TABLE drivers CLUSTER ON drivers_id_idx, SET WITHOUT CLUSTER",
      "ALTER TABLE drivers DISABLE TRIGGER ALL", "ALTER TABLE drivers ENABLE ALWAYS TRIGGER drivers_touch",
      "ALTER TABLE depots ATTACH PARTITION depots_eu FOR VALUES IN ('eu')",
      "ALTER TABLE depots ATTACH PARTITION depots_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')",
      "ALTER TABLE depots DETACH PARTITION depots_2024 CONCURRENTLY", "ALTER TABLE drivers INHERIT people"})
  void postgresActionsWithoutModelEffect_understoodWithoutChange(String statement) {
    StatementEffect effect = StatementEffect.postgres(POSTGRES, statement + ";");

    assertThat(effect.understood()).as(statement).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before());
  }

  @Test
  void nativeAndParsedActionsInOneStatement_applyInOrder() {
    StatementEffect effect = StatementEffect.postgres(POSTGRES, """
        ALTER TABLE drivers
            ALTER CONSTRAINT drivers_depot_id_fkey NOT DEFERRABLE,
            ALTER COLUMN level SET DATA TYPE integer,
            ALTER COLUMN errors SET NOT NULL,
            ADD COLUMN phone text;""");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after().table(DRIVERS).orElseThrow().columns())
        .extracting(c -> c.name() + " " + c.type().toSql() + (c.nullable() ? "" : " not null"))
        .containsExactly("id integer", "depot_id integer", "level integer not null", "errors integer not null",
            "score integer", "phone text");
  }

  @Test
  void dropExpression_makesTheColumnPlain() {
    StatementEffect effect = StatementEffect.postgres(POSTGRES,
        "ALTER TABLE drivers ALTER COLUMN score DROP EXPRESSION IF EXISTS;");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before().updateTable(DRIVERS,
        t -> t.updateColumn("score", c -> c.withGeneration(ColumnGeneration.NONE, Optional.empty()))));
  }

  @Test
  void addConstraintUsingIndex_turnsTheIndexIntoTheConstraint() {
    StatementEffect unique = StatementEffect.postgres(POSTGRES,
        "ALTER TABLE drivers ADD CONSTRAINT drivers_id_key UNIQUE USING INDEX drivers_id_idx;");
    StatementEffect primary = StatementEffect.postgres(POSTGRES,
        "ALTER TABLE drivers ADD CONSTRAINT drivers_pkey PRIMARY KEY USING INDEX drivers_id_idx;");

    var index = unique.before().index(path("public", "drivers_id_idx")).orElseThrow();
    assertThat(unique.understood()).isTrue();
    assertThat(unique.after()).isEqualTo(unique.before().updateTable(DRIVERS, t -> t.withIndexes(List.of())
        .withUniqueConstraints(List.of(new UniqueConstraint(Optional.of("drivers_id_key"), List.of("id"),
            index.span())))));
    assertThat(primary.after().table(DRIVERS).orElseThrow().primaryKey())
        .contains(new PrimaryKey(Optional.of("drivers_pkey"), List.of("id"), index.span()));
  }

  @Test
  void mysqlDropForeignKey_dropsTheConstraint() {
    StatementEffect effect = StatementEffect.of(Dialect.MYSQL, """
        CREATE TABLE suppliers (id int PRIMARY KEY);
        CREATE TABLE products (id int PRIMARY KEY, supplier_id int,
          CONSTRAINT fk_products_supplier FOREIGN KEY (supplier_id) REFERENCES suppliers (id));
        """, "ALTER TABLE products DROP FOREIGN KEY fk_products_supplier;");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before().updateTable(path("", "products"),
        t -> t.withForeignKeys(List.of())));
  }

  @Test
  void mysqlAddAndDropCheck() {
    String setup = "CREATE TABLE seating_sections (id int PRIMARY KEY, seats int);";
    StatementEffect added = StatementEffect.of(Dialect.MYSQL, setup,
        "ALTER TABLE seating_sections ADD CHECK (seats > 0) NOT ENFORCED;");
    StatementEffect dropped = StatementEffect.of(Dialect.MYSQL,
        setup + "ALTER TABLE seating_sections ADD CONSTRAINT chk_seats CHECK (seats > 0);",
        "ALTER TABLE seating_sections DROP CHECK chk_seats;");

    assertThat(added.understood()).isTrue();
    assertThat(added.after().table(path("", "seating_sections")).orElseThrow().checks()).containsExactly(
        new CheckConstraint(Optional.of("seating_sections_chk_1"), "seats > 0", false,
            Optional.of(statementSpan(1, 63))));
    assertThat(dropped.understood()).isTrue();
    assertThat(dropped.after().table(path("", "seating_sections")).orElseThrow().checks()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ALTER TABLE purchase_orders ENGINE=InnoDB ROW_FORMAT=COMPRESSED KEY_BLOCK_SIZE=8",
      "ALTER TABLE purchase_orders AUTO_INCREMENT = 5000, COMMENT = 'orders'",
      "ALTER TABLE purchase_orders CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci",
      "ALTER TABLE purchase_orders DEFAULT CHARSET = utf8mb4", "ALTER TABLE purchase_orders DISABLE KEYS",
      "ALTER TABLE purchase_orders ADD SYSTEM VERSIONING", "ALTER TABLE purchase_orders DROP SYSTEM VERSIONING",
      "ALTER TABLE purchase_orders REMOVE PARTITIONING", "ALTER TABLE purchase_orders ALTER INDEX ix_total INVISIBLE",
      "ALTER TABLE purchase_orders ALGORITHM=INPLACE, LOCK=NONE"})
  void mysqlActionsWithoutModelEffect_understoodWithoutChange(String statement) {
    StatementEffect effect = StatementEffect.of(Dialect.MARIADB,
        "CREATE TABLE purchase_orders (id int PRIMARY KEY, total int, KEY ix_total (total));", statement + ";");

    assertThat(effect.understood()).as(statement).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before());
  }

  @Test
  void h2AlterColumnRenameAndSetNull() {
    String setup = "CREATE TABLE pets (id int PRIMARY KEY, name varchar(30) NOT NULL);";
    StatementEffect renamed = StatementEffect.of(Dialect.H2, setup,
        "ALTER TABLE pets ALTER COLUMN name RENAME TO pet_name;");
    StatementEffect nullable = StatementEffect.of(Dialect.H2, setup, "ALTER TABLE pets ALTER COLUMN name SET NULL;");

    assertThat(renamed.understood()).isTrue();
    assertThat(renamed.after()).isEqualTo(SchemaEdits.renameColumn(renamed.before(), path("PUBLIC", "PETS"), "NAME",
        "PET_NAME"));
    assertThat(nullable.understood()).isTrue();
    assertThat(nullable.after()).isEqualTo(nullable.before().updateTable(path("PUBLIC", "PETS"),
        t -> t.updateColumn("NAME", c -> c.withNullable(true))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ALTER TABLE drivers ALTER CONSTRAINT", "ALTER TABLE drivers REPLICA IDENTITY",
      "ALTER TABLE drivers ALTER CONSTRAINT c DEFERRABLE, FLY AWAY",
      "ALTER TABLE drivers ATTACH PARTITION p FOR VALUES", "ALTER TABLE drivers ADD CONSTRAINT c UNIQUE USING INDEX",
      "ALTER TABLE drivers SET WITH"})
  void partlyUnderstoodActions_makeTheStatementNotUnderstood(String statement) {
    StatementEffect effect = StatementEffect.postgres(POSTGRES, statement + ";");

    assertThat(effect.understood()).as(statement).isFalse();
    assertThat(effect.after()).isEqualTo(effect.before());
  }
}
