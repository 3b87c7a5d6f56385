package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionGrammarTest {

  private static final String SETUP = "CREATE TABLE users (id int);";

  @ParameterizedTest
  @ValueSource(strings = {
      "BEGIN", "BEGIN TRANSACTION", "BEGIN WORK", "BEGIN ISOLATION LEVEL SERIALIZABLE",
      "BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY, NOT DEFERRABLE",
      "START TRANSACTION", "START TRANSACTION ISOLATION LEVEL READ COMMITTED",
      "COMMIT WORK", "COMMIT AND NO CHAIN", "END", "END TRANSACTION", "ABORT", "ROLLBACK AND CHAIN",
      "COMMIT PREPARED 'tx1'", "SAVEPOINT before_cleanup", "RELEASE SAVEPOINT before_cleanup",
      "RELEASE before_cleanup", "ROLLBACK TO SAVEPOINT before_cleanup", "ROLLBACK TO before_cleanup",
      "SET search_path TO billing, extensions, public", "SET search_path TO \"$user\", public",
      "SET LOCAL lock_timeout TO '3s'", "SET LOCAL statement_timeout TO 0", "SET SESSION work_mem = '64MB'",
      "SET app.tenant_id = '42'", "SET TIME ZONE 'UTC'", "SET TIME ZONE LOCAL", "SET ROLE NONE",
      "SET ROLE admin", "SET SESSION AUTHORIZATION DEFAULT", "SET CONSTRAINTS ALL IMMEDIATE",
      "SET CONSTRAINTS \"orders_user_fk\", payments_fk DEFERRED", "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE",
      "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED", "SET work_mem FROM CURRENT",
      "RESET ALL", "RESET search_path", "RESET SESSION AUTHORIZATION", "LOCK TABLE users IN ACCESS EXCLUSIVE MODE",
      "LOCK users, ONLY users IN SHARE ROW EXCLUSIVE MODE NOWAIT", "CHECKPOINT", "DISCARD ALL",
      "NOTIFY schema_changed, '008'", "NOTIFY schema_changed", "LISTEN schema_changed", "UNLISTEN *",
      "DEALLOCATE PREPARE q", "DEALLOCATE ALL", "SHOW search_path"})
  void postgres_understoodWithoutChange(String statement) {
    StatementEffect effect = StatementEffect.postgres(SETUP, statement + ";");

    assertThat(effect.understood()).as(statement).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "BEGIN", "BEGIN WORK", "START TRANSACTION WITH CONSISTENT SNAPSHOT", "COMMIT", "ROLLBACK",
      "SET NAMES utf8mb4", "SET NAMES 'utf8mb4' COLLATE 'utf8mb4_unicode_ci'", "SET FOREIGN_KEY_CHECKS = 0",
      "SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0", "SET @saved_cs_client = @@character_set_client",
      "SET @@session.time_zone = '+00:00'", "SET SESSION sql_mode = 'STRICT_ALL_TABLES'",
      "SET GLOBAL event_scheduler = ON", "SET @now = NOW()", "SET autocommit = 0", "SET CHARACTER SET utf8mb4",
      "LOCK TABLES `users` WRITE", "LOCK TABLES users READ LOCAL, users AS u WRITE", "UNLOCK TABLES",
      "FLUSH PRIVILEGES", "FLUSH NO_WRITE_TO_BINLOG TABLES", "USE inventory", "SHOW WARNINGS",
      "SHOW TABLES LIKE 'user%'"})
  void mysql_understoodWithoutChange(String statement) {
    StatementEffect effect = StatementEffect.of(Dialect.MYSQL, SETUP, statement + ";");

    assertThat(effect.understood()).as(statement).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA main.user_version = 6",
      "PRAGMA foreign_key_check", "PRAGMA wal_checkpoint(TRUNCATE)", "PRAGMA optimize", "BEGIN",
      "BEGIN IMMEDIATE TRANSACTION", "BEGIN EXCLUSIVE", "COMMIT", "END TRANSACTION", "SAVEPOINT v5",
      "RELEASE SAVEPOINT v5", "ROLLBACK TO v5"})
  void sqlite_understoodWithoutChange(String statement) {
    StatementEffect effect = StatementEffect.of(Dialect.SQLITE, SETUP, statement + ";");

    assertThat(effect.understood()).as(statement).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before());
  }

  @ParameterizedTest
  @ValueSource(strings = {"SET MODE PostgreSQL", "SET REFERENTIAL_INTEGRITY FALSE", "SET DB_CLOSE_DELAY -1",
      "SET SCHEMA catalog", "CHECKPOINT SYNC"})
  void h2_understoodWithoutChange(String statement) {
    StatementEffect effect = StatementEffect.of(Dialect.H2, SETUP, statement + ";");

    assertThat(effect.understood()).as(statement).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before());
  }

  @ParameterizedTest
  @ValueSource(strings = {"BEGIN garbage", "START TRANSACTION ISOLATION LEVEL SOMETIMES", "COMMIT WORK now",
      "SET LOCAL", "SET TIME ZONE", "SAVEPOINT", "RELEASE SAVEPOINT a b",
      "ROLLBACK TO SAVEPOINT", "SET CONSTRAINTS ALL LATER", "LOCK TABLE users IN SHARE", "DISCARD EVERYTHING",
      "NOTIFY", "PRAGMA foreign_keys = ON", "RESET", "SHOW"})
  void postgres_partlyMatchingStatementsAreNotUnderstood(String statement) {
    StatementEffect effect = StatementEffect.postgres(SETUP, statement + ";");

    assertThat(effect.understood()).as(statement).isFalse();
    assertThat(effect.problems()).isNotEmpty();
    assertThat(effect.after()).isEqualTo(effect.before());
  }

  @ParameterizedTest
  @ValueSource(strings = {"SET @x", "SET @x = ", "SET NAMES", "LOCK TABLES users", "UNLOCK", "FLUSH EVERYTHING",
      "SET x = (1"})
  void mysql_partlyMatchingStatementsAreNotUnderstood(String statement) {
    StatementEffect effect = StatementEffect.of(Dialect.MYSQL, SETUP, statement + ";");

    assertThat(effect.understood()).as(statement).isFalse();
  }
}
