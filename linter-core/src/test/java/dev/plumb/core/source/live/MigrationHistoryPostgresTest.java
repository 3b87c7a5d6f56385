package dev.plumb.core.source.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.live.AppliedMigration;
import dev.plumb.core.model.live.AppliedMigration.Kind;
import dev.plumb.core.model.live.MigrationTool;
import dev.plumb.core.testing.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each tool's history table, created with the DDL the tool uses and real rows, read back from PostgreSQL. */
class MigrationHistoryPostgresTest {

  /** Flyway's own DDL for PostgreSQL (createMetaDataTable.sql), with its schema-creation and baseline rows. */
  static final String FLYWAY = """
      CREATE TABLE "app"."flyway_schema_history" (
          "installed_rank" INT NOT NULL,
          "version" VARCHAR(50),
          "description" VARCHAR(200) NOT NULL,
          "type" VARCHAR(20) NOT NULL,
          "script" VARCHAR(1000) NOT NULL,
          "checksum" INTEGER,
          "installed_by" VARCHAR(100) NOT NULL,
          "installed_on" TIMESTAMP NOT NULL DEFAULT now(),
          "execution_time" INTEGER NOT NULL,
          "success" BOOLEAN NOT NULL
      );
      ALTER TABLE "app"."flyway_schema_history"
        ADD CONSTRAINT "flyway_schema_history_pk" PRIMARY KEY ("installed_rank");
      CREATE INDEX "flyway_schema_history_s_idx" ON "app"."flyway_schema_history" ("success");
      INSERT INTO app.flyway_schema_history VALUES
        (0, NULL, '<< Flyway Schema Creation >>', 'SCHEMA', '"app"', NULL, 'me', '2024-01-01 10:00:00', 0, true),
        (1, '1', '<< Flyway Baseline >>', 'BASELINE', '<< Flyway Baseline >>', NULL, 'me', '2024-01-01 10:00:00', 0,
         true),
        (2, '2', 'add users', 'SQL', 'V2__add_users.sql', 1812668543, 'me', '2024-01-02 10:00:00', 12, true),
        (3, '2.1', 'orders', 'SQL', 'V2_1__orders.sql', -1635563411, 'me', '2024-01-03 10:00:00', 7, false),
        (4, NULL, 'views', 'SQL', 'R__views.sql', 42, 'me', '2024-01-03 10:00:01', 3, true);
      """;

  @RegisterExtension
  final TestPostgres postgres = new TestPostgres();

  private LiveDatabase read(List<String> schemas) throws SQLException {
    try (Connection connection = postgres.connect()) {
      return LiveReader.read(connection, Dialect.POSTGRESQL, "db", schemas, Duration.ofSeconds(30));
    }
  }

  @Test
  void flywayRowsAreReadWithChecksumsAndSuccess() throws Exception {
    postgres.execute("CREATE SCHEMA app; CREATE TABLE app.users (id bigint PRIMARY KEY);" + FLYWAY);

    LiveDatabase live = read(List.of());

    assertThat(live.notes()).isEmpty();
    List<AppliedMigration> history = live.facts().history();
    assertThat(history).extracting(AppliedMigration::version, AppliedMigration::kind).containsExactly(
        tuple(Optional.of("1"), Kind.BASELINE),
        tuple(Optional.of("2"), Kind.VERSIONED),
        tuple(Optional.of("2.1"), Kind.VERSIONED),
        tuple(Optional.empty(), Kind.REPEATABLE));
    AppliedMigration users = history.get(1);
    assertThat(users.script()).contains("V2__add_users.sql");
    assertThat(users.description()).isEqualTo("add users");
    assertThat(users.checksum()).contains("1812668543");
    assertThat(users.success()).isTrue();
    assertThat(users.installedOn()).isPresent();
    assertThat(users.tool()).isEqualTo(MigrationTool.FLYWAY);
    assertThat(history.get(2).checksum()).contains("-1635563411");
    assertThat(history.get(2).success()).isFalse();
  }

  @Test
  void aRepairDeleteRowTakesBackTheVersion() throws Exception {
    postgres.execute("CREATE SCHEMA app;" + FLYWAY + "INSERT INTO app.flyway_schema_history VALUES "
        + "(5, '2.1', 'orders', 'DELETE', 'V2_1__orders.sql', -1635563411, 'me', now(), 0, true)");

    assertThat(read(List.of()).facts().history()).extracting(AppliedMigration::version)
        .containsExactly(Optional.of("1"), Optional.of("2"), Optional.empty());
  }

  @Test
  void golangMigrateKeepsTheCurrentVersionAndWhetherItIsDirty() throws Exception {
    postgres.execute("""
        CREATE TABLE IF NOT EXISTS "schema_migrations" (version bigint not null primary key, dirty boolean not null);
        INSERT INTO "schema_migrations" (version, dirty) VALUES (20240102, true);
        """);

    assertThat(read(List.of()).facts().history()).containsExactly(new AppliedMigration(Optional.of("20240102"), "",
        Optional.empty(), Optional.empty(), false, Optional.empty(), MigrationTool.GOLANG_MIGRATE, Kind.VERSIONED));
  }

  @Test
  void railsKeepsOneRowPerVersion() throws Exception {
    postgres.execute("""
        CREATE TABLE "schema_migrations" ("version" character varying NOT NULL PRIMARY KEY);
        INSERT INTO "schema_migrations" ("version") VALUES ('20240102000000'), ('20240101000000');
        """);

    assertThat(read(List.of()).facts().history()).containsExactly(
        AppliedMigration.versionOnly("20240101000000", MigrationTool.RAILS),
        AppliedMigration.versionOnly("20240102000000", MigrationTool.RAILS));
  }

  @Test
  void gooseCountsTheLatestRowOfEachVersion() throws Exception {
    postgres.execute("""
        CREATE TABLE goose_db_version (
          id serial NOT NULL, version_id bigint NOT NULL, is_applied boolean NOT NULL,
          tstamp timestamp NULL default now(), PRIMARY KEY(id));
        INSERT INTO goose_db_version (version_id, is_applied) VALUES
          (0, true), (1, true), (2, true), (3, true), (3, false);
        """);

    assertThat(read(List.of()).facts().history()).containsExactly(
        AppliedMigration.versionOnly("1", MigrationTool.GOOSE), AppliedMigration.versionOnly("2", MigrationTool.GOOSE));
  }

  @Test
  void drizzleIsReadFromItsOwnSchemaWhicheverSchemasAreAskedFor() throws Exception {
    postgres.execute("""
        CREATE SCHEMA IF NOT EXISTS "drizzle";
        CREATE TABLE IF NOT EXISTS "drizzle"."__drizzle_migrations" (
          id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint);
        INSERT INTO "drizzle"."__drizzle_migrations" ("hash", "created_at") VALUES ('abc', 1700000000000);
        CREATE SCHEMA app;
        """);

    assertThat(read(List.of("app")).facts().history()).containsExactly(new AppliedMigration(Optional.empty(),
        "created_at 1700000000000", Optional.empty(), Optional.of("abc"), true, Optional.empty(),
        MigrationTool.DRIZZLE, Kind.VERSIONED));
  }

  @Test
  void historyOutsideTheSchemasAskedForIsNotRead() throws Exception {
    postgres.execute("CREATE SCHEMA app; CREATE SCHEMA other;" + FLYWAY);

    assertThat(read(List.of("other")).facts().history()).isEmpty();
    assertThat(read(List.of("app")).facts().history()).hasSize(4);
  }

  @Test
  void noHistoryTableMeansNoHistory() throws Exception {
    postgres.execute("CREATE TABLE users (id bigint PRIMARY KEY)");

    LiveDatabase live = read(List.of());

    assertThat(live.facts().history()).isEmpty();
    assertThat(live.notes()).isEmpty();
  }

  @Test
  void aTableOfAKnownNameButAnotherShapeIsANote() throws Exception {
    postgres.execute("CREATE TABLE schema_migrations (id int, name text)");

    LiveDatabase live = read(List.of());

    assertThat(live.facts().history()).isEmpty();
    assertThat(live.notes()).containsExactly("public.schema_migrations has columns [id, name] that no known "
        + "migration tool uses: not read as a migration history");
  }

  @Test
  void aHistoryTheUserMayNotReadIsANoteAndTheOthersAreStillRead() throws Exception {
    postgres.execute("CREATE SCHEMA app;" + FLYWAY + """
        CREATE TABLE public.schema_migrations (version bigint not null primary key, dirty boolean not null);
        INSERT INTO public.schema_migrations VALUES (3, false);
        """);
    String role = "history_" + postgres.database().substring("plumb_test_".length());
    postgres.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'reader-pw'; GRANT USAGE ON SCHEMA app TO " + role
        + "; GRANT SELECT ON public.schema_migrations TO " + role);
    try (Connection connection = DriverManager.getConnection(postgres.url(role, "reader-pw"))) {
      LiveDatabase live = LiveReader.read(connection, Dialect.POSTGRESQL, "db", List.of(), Duration.ofSeconds(30));

      assertThat(live.notes()).singleElement().asString()
          .startsWith("cannot read app.flyway_schema_history (ERROR: permission denied")
          .endsWith("): the Flyway migration history there is not checked");
      assertThat(live.facts().history()).containsExactly(
          AppliedMigration.versionOnly("3", MigrationTool.GOLANG_MIGRATE));
    } finally {
      postgres.execute("DROP OWNED BY " + role + "; DROP ROLE " + role);
    }
  }
}
