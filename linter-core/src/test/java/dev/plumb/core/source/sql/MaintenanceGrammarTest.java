package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MaintenanceGrammarTest {

  private static final String SETUP = """
      CREATE TABLE users (id int PRIMARY KEY, email text);
      CREATE INDEX users_email_idx ON users (email);
      CREATE MATERIALIZED VIEW user_count AS SELECT count(*) AS n FROM users;
      """;

  @ParameterizedTest
  @ValueSource(strings = {"VACUUM", "VACUUM FULL users", "VACUUM ANALYZE users", "VACUUM (VERBOSE, ANALYZE) users",
      "VACUUM users (email), public.users", "ANALYZE", "ANALYZE users", "ANALYZE VERBOSE users (email)",
      "REINDEX INDEX users_email_idx", "REINDEX TABLE CONCURRENTLY users", "REINDEX (VERBOSE) DATABASE app",
      "CLUSTER", "CLUSTER users USING users_email_idx", "CLUSTER VERBOSE users",
      "COPY users (id, email) FROM '/docker-entrypoint-initdb.d/users.csv' WITH (FORMAT csv, HEADER true)",
      "COPY users TO STDOUT", "COPY (SELECT id FROM users) TO '/tmp/ids.csv' CSV HEADER",
      "COPY users FROM STDIN WITH (FORMAT csv) WHERE id > 10", "TRUNCATE users RESTART IDENTITY CASCADE",
      "TRUNCATE TABLE ONLY users, users", "REFRESH MATERIALIZED VIEW CONCURRENTLY user_count WITH DATA"})
  void postgres_understoodWithoutChange(String statement) {
    StatementEffect effect = StatementEffect.postgres(SETUP, statement + ";");

    assertThat(effect.understood()).as(statement).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before());
  }

  @ParameterizedTest
  @ValueSource(strings = {"OPTIMIZE TABLE users", "OPTIMIZE NO_WRITE_TO_BINLOG TABLE users, users",
      "CHECK TABLE users EXTENDED", "REPAIR TABLE users QUICK", "ANALYZE TABLE users"})
  void mysql_understoodWithoutChange(String statement) {
    StatementEffect effect = StatementEffect.of(Dialect.MYSQL, "CREATE TABLE users (id int PRIMARY KEY);",
        statement + ";");

    assertThat(effect.understood()).as(statement).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before());
  }

  @ParameterizedTest
  @ValueSource(strings = {"VACUUM", "VACUUM main", "VACUUM INTO '/tmp/backup.db'", "ANALYZE", "ANALYZE users",
      "REINDEX", "REINDEX users"})
  void sqlite_understoodWithoutChange(String statement) {
    StatementEffect effect = StatementEffect.of(Dialect.SQLITE, "CREATE TABLE users (id integer PRIMARY KEY);",
        statement + ";");

    assertThat(effect.understood()).as(statement).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before());
  }

  @ParameterizedTest
  @ValueSource(strings = {"VACUUM users extra", "REINDEX users", "REINDEX INDEX", "CLUSTER users USING",
      "COPY users", "COPY users FROM", "TRUNCATE", "TRUNCATE users RESTART", "REFRESH MATERIALIZED VIEW",
      "ANALYZE users (email"})
  void postgres_partlyMatchingStatementsAreNotUnderstood(String statement) {
    StatementEffect effect = StatementEffect.postgres(SETUP, statement + ";");

    assertThat(effect.understood()).as(statement).isFalse();
  }
}
