package dev.plumb.core.source.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.live.AppliedMigration;
import dev.plumb.core.model.live.AppliedMigration.Kind;
import dev.plumb.core.model.live.MigrationTool;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each tool's history table, created with the DDL the tool uses on SQLite and real rows, read from a file. */
class MigrationHistorySqliteTest {

  @TempDir
  Path dir;

  private MigrationHistoryReader.History read(String sql) throws SQLException {
    String url = "jdbc:sqlite:" + dir.resolve("app.db");
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
      statement.executeUpdate(sql);
    }
    // SQLite takes the read-only flag only when the file is opened (1 is SQLITE_OPEN_READONLY).
    Properties readOnly = new Properties();
    readOnly.setProperty("open_mode", "1");
    try (Connection connection = DriverManager.getConnection(url, readOnly)) {
      return ReadOnlySession.run(connection, Dialect.SQLITE, Duration.ZERO,
          c -> MigrationHistoryReader.read(c, Dialect.SQLITE, List.of()));
    }
  }

  @Test
  void flywayKeepsInstalledOnAsText() throws Exception {
    MigrationHistoryReader.History live = read("""
        CREATE TABLE "flyway_schema_history" (
            "installed_rank" INT NOT NULL PRIMARY KEY,
            "version" VARCHAR(50),
            "description" VARCHAR(200) NOT NULL,
            "type" VARCHAR(20) NOT NULL,
            "script" VARCHAR(1000) NOT NULL,
            "checksum" INT,
            "installed_by" VARCHAR(100) NOT NULL,
            "installed_on" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f','now')),
            "execution_time" INT NOT NULL,
            "success" BOOLEAN NOT NULL
        );
        CREATE INDEX "flyway_schema_history_s_idx" ON "flyway_schema_history" ("success");
        INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,
          installed_by, execution_time, success)
        VALUES (1, '1', 'init', 'SQL', 'V1__init.sql', 1812668543, 'me', 5, 1),
               (2, '2', 'more', 'SQL', 'V2__more.sql', NULL, 'me', 5, 0);
        """);

    assertThat(live.notes()).isEmpty();
    List<AppliedMigration> history = live.applied();
    assertThat(history).extracting(AppliedMigration::script, AppliedMigration::checksum, AppliedMigration::success)
        .containsExactly(
            tuple(Optional.of("V1__init.sql"), Optional.of("1812668543"), true),
            tuple(Optional.of("V2__more.sql"), Optional.empty(), false));
  }

  @Test
  void golangMigrate() throws Exception {
    MigrationHistoryReader.History live = read("""
        CREATE TABLE IF NOT EXISTS schema_migrations (version uint64, dirty bool);
        CREATE UNIQUE INDEX IF NOT EXISTS version_unique ON schema_migrations (version);
        INSERT INTO schema_migrations (version, dirty) VALUES (7, 0);
        """);

    assertThat(live.applied()).containsExactly(AppliedMigration.versionOnly("7", MigrationTool.GOLANG_MIGRATE));
  }

  @Test
  void dbmateAndRailsKeepVersionsAsText() throws Exception {
    MigrationHistoryReader.History live = read("""
        CREATE TABLE IF NOT EXISTS "schema_migrations" (version varchar(128) primary key);
        INSERT INTO schema_migrations (version) VALUES ('20240101120000');
        """);

    assertThat(live.applied()).containsExactly(
        AppliedMigration.versionOnly("20240101120000", MigrationTool.RAILS));
  }

  @Test
  void gooseWithARollback() throws Exception {
    MigrationHistoryReader.History live = read("""
        CREATE TABLE goose_db_version (
          id INTEGER PRIMARY KEY AUTOINCREMENT, version_id INTEGER NOT NULL, is_applied INTEGER NOT NULL,
          tstamp TIMESTAMP DEFAULT (datetime('now')));
        INSERT INTO goose_db_version (version_id, is_applied) VALUES (0, 1), (1, 1), (2, 1), (2, 0), (2, 1), (3, 1),
          (3, 0);
        """);

    assertThat(live.applied()).containsExactly(
        AppliedMigration.versionOnly("1", MigrationTool.GOOSE), AppliedMigration.versionOnly("2", MigrationTool.GOOSE));
  }

  @Test
  void drizzle() throws Exception {
    MigrationHistoryReader.History live = read("""
        CREATE TABLE IF NOT EXISTS "__drizzle_migrations" (
          id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric);
        INSERT INTO "__drizzle_migrations" ("hash", "created_at") VALUES ('h1', 1700000000000), ('h2', 1700000001000);
        """);

    assertThat(live.applied()).extracting(AppliedMigration::checksum, AppliedMigration::tool,
        AppliedMigration::kind).containsExactly(
            tuple(Optional.of("h1"), MigrationTool.DRIZZLE, Kind.VERSIONED),
            tuple(Optional.of("h2"), MigrationTool.DRIZZLE, Kind.VERSIONED));
  }

  @Test
  void noHistoryTable() throws Exception {
    MigrationHistoryReader.History live = read("CREATE TABLE users (id INTEGER PRIMARY KEY)");

    assertThat(live.applied()).isEmpty();
    assertThat(live.notes()).isEmpty();
  }
}
