package dev.plumb.core.source.sql;

import static dev.plumb.core.source.sql.ReadOperations.line;
import static dev.plumb.core.source.sql.ReadOperations.mysql;
import static dev.plumb.core.source.sql.ReadOperations.only;
import static dev.plumb.core.source.sql.ReadOperations.postgres;
import static dev.plumb.core.source.sql.ReadOperations.span;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.Operation.SetSetting;
import dev.plumb.core.model.operation.Operation.SettingScope;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingOperationsTest {

  @Test
  void postgresSessionSettingUnquoted() {
    String sql = "SET lock_timeout = '5s'";

    assertThat(postgres(sql)).isEqualTo(new SetSetting("lock_timeout", "5s", SettingScope.SESSION, line(sql)));
  }

  @Test
  void postgresScopesNamesAndValues() {
    assertThat(postgres("SET LOCAL Statement_Timeout TO 5000")).isEqualTo(new SetSetting("statement_timeout",
        "5000", SettingScope.LOCAL, line("SET LOCAL Statement_Timeout TO 5000")));
    assertThat(postgres("SET SESSION search_path TO app, 'public'"))
        .isEqualTo(new SetSetting("search_path", "app, 'public'", SettingScope.SESSION,
            line("SET SESSION search_path TO app, 'public'")));
    assertThat(((SetSetting) postgres("SET \"Lock_Timeout\" = DEFAULT")).name()).isEqualTo("lock_timeout");
    assertThat(((SetSetting) postgres("SET \"Lock_Timeout\" = DEFAULT")).value()).isEqualTo("DEFAULT");
    assertThat(((SetSetting) postgres("SET myapp.Tenant = '42'")).name()).isEqualTo("myapp.tenant");
    assertThat(((SetSetting) postgres("SET statement_timeout = -1")).value()).isEqualTo("-1");
  }

  @Test
  void timeZoneIsTheTimezoneSetting() {
    assertThat(postgres("SET TIME ZONE 'UTC'")).isEqualTo(new SetSetting("timezone", "UTC", SettingScope.SESSION,
        line("SET TIME ZONE 'UTC'")));
  }

  @Test
  void resetIsSetToDefault() {
    assertThat(postgres("RESET Lock_Timeout")).isEqualTo(new SetSetting("lock_timeout", "DEFAULT",
        SettingScope.SESSION, line("RESET Lock_Timeout")));
    assertThat(((SetSetting) postgres("RESET ALL")).name()).isEqualTo("all");
  }

  @Test
  void postgresStatementsThatAreNoSettings() {
    for (String sql : List.of("SET ROLE admin", "SET SESSION AUTHORIZATION admin", "SET CONSTRAINTS ALL DEFERRED",
        "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE", "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY",
        "SET search_path FROM CURRENT", "SET lock_timeout =", "SET", "RESET ROLE", "RESET SESSION AUTHORIZATION",
        "RESET", "RESET a b")) {
      assertThat(ReadOperations.of(Dialect.POSTGRESQL, sql)).as(sql).isEmpty();
    }
  }

  @Test
  void mysqlSingleAssignmentSpansTheStatement() {
    String sql = "SET lock_wait_timeout = 5";

    assertThat(mysql(sql)).isEqualTo(new SetSetting("lock_wait_timeout", "5", SettingScope.SESSION, line(sql)));
  }

  @Test
  void mysqlScopeKeywordHoldsUntilTheNextOne() {
    String sql = "SET SESSION lock_wait_timeout = 5, GLOBAL innodb_lock_wait_timeout = 10, max_execution_time = 1000";

    assertThat(ReadOperations.of(Dialect.MYSQL, sql)).containsExactly(
        new SetSetting("lock_wait_timeout", "5", SettingScope.SESSION, span(1, 33)),
        new SetSetting("innodb_lock_wait_timeout", "10", SettingScope.GLOBAL, span(36, 71)),
        new SetSetting("max_execution_time", "1000", SettingScope.GLOBAL, span(74, 98)));
  }

  @Test
  void mysqlSystemVariablePrefixesAndUserVariables() {
    String sql = "SET @@session.lock_wait_timeout = 5, @@GLOBAL.Max_Connections = 10, @@sql_mode = 'ANSI', @n = 3";

    assertThat(ReadOperations.of(Dialect.MARIADB, sql)).containsExactly(
        new SetSetting("lock_wait_timeout", "5", SettingScope.SESSION, span(1, 35)),
        new SetSetting("max_connections", "10", SettingScope.GLOBAL, span(38, 66)),
        new SetSetting("sql_mode", "ANSI", SettingScope.SESSION, span(69, 87)));
    assertThat(ReadOperations.of(Dialect.MYSQL, "SET @saved := @@sql_mode")).isEmpty();
  }

  @Test
  void mysqlValuesAsWritten() {
    assertThat(((SetSetting) mysql("SET sql_mode = CONCAT(@@sql_mode, ',STRICT_ALL_TABLES')")).value())
        .isEqualTo("CONCAT(@@sql_mode, ',STRICT_ALL_TABLES')");
    assertThat(mysql("SET FOREIGN_KEY_CHECKS = 0")).isEqualTo(new SetSetting("foreign_key_checks", "0",
        SettingScope.SESSION, line("SET FOREIGN_KEY_CHECKS = 0")));
    assertThat(((SetSetting) mysql("SET PERSIST max_connections = 500")).scope()).isEqualTo(SettingScope.GLOBAL);
  }

  @Test
  void mysqlStatementsThatAreNoSettings() {
    for (String sql : List.of("SET NAMES utf8mb4", "SET CHARACTER SET utf8", "SET PASSWORD = 'secret'",
        "SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED", "SET DEFAULT ROLE ALL TO app",
        "SET ROLE reader", "SET a = 1,", "SET a", "SET a = (1")) {
      assertThat(ReadOperations.of(Dialect.MYSQL, sql)).as(sql).isEmpty();
    }
    assertThat(ReadOperations.of(Dialect.MYSQL, "RESET PERSIST")).isEmpty();
  }

  @Test
  void h2SettingsWithoutEquals() {
    assertThat(only(Dialect.H2, "SET LOCK_TIMEOUT 10000")).isEqualTo(new SetSetting("lock_timeout", "10000",
        SettingScope.SESSION, line("SET LOCK_TIMEOUT 10000")));
    assertThat(ReadOperations.of(Dialect.H2, "SET @x = 1")).isEmpty();
  }

  @Test
  void postgresSetConfig() {
    String sql = "SELECT set_config('lock_timeout', '2s', false)";

    assertThat(postgres(sql)).isEqualTo(new SetSetting("lock_timeout", "2s", SettingScope.SESSION, line(sql)));
    assertThat(postgres("select pg_catalog.set_config('search_path', '', true)")).isEqualTo(new SetSetting(
        "search_path", "", SettingScope.LOCAL, line("select pg_catalog.set_config('search_path', '', true)")));
  }

  @Test
  void severalSetConfigCallsEachWithItsSpan() {
    String sql = "SELECT set_config('A', '1', false) AS a, set_config('b', current_setting('x'), 'true') b";

    assertThat(ReadOperations.of(Dialect.POSTGRESQL, sql)).containsExactly(
        new SetSetting("a", "1", SettingScope.SESSION, span(1, 39)),
        new SetSetting("b", "current_setting('x')", SettingScope.LOCAL, span(42, 88)));
  }

  @Test
  void otherSelectsHaveNoOperation() {
    for (String sql : List.of("SELECT 1", "SELECT set_config('a')", "SELECT set_config('a', '1', false) + 1",
        "SELECT set_config_log('a', '1', false)", "SELECT set_config('a', '1', false), 2",
        "SELECT set_config(a, '1', false)", "SELECT set_config('a', '1', false", "SELECT * FROM set_config")) {
      assertThat(ReadOperations.of(Dialect.POSTGRESQL, sql)).as(sql).isEmpty();
    }
    assertThat(ReadOperations.of(Dialect.MYSQL, "SELECT set_config('a', '1', false)")).isEmpty();
  }
}
