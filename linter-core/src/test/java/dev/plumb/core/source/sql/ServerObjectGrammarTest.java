package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerObjectGrammarTest {

  private static final String SETUP = "CREATE TABLE t (a int, b int);";

  @ParameterizedTest
  @ValueSource(strings = {"CREATE AGGREGATE my_sum (int) (sfunc = int4pl, stype = int)",
      "CREATE CAST (text AS mood) WITH INOUT AS IMPLICIT",
      "CREATE CAST (bigint AS money) WITH FUNCTION cash(bigint) AS ASSIGNMENT",
      "CREATE COLLATION IF NOT EXISTS german (provider = icu, locale = 'de-DE')",
      "CREATE COLLATION german_copy FROM german", "CREATE STATISTICS st (dependencies) ON a, b FROM t",
      "CREATE TEXT SEARCH CONFIGURATION fr ( COPY = french )",
      "ALTER TEXT SEARCH CONFIGURATION fr ALTER MAPPING FOR hword, word WITH french_stem",
      "CREATE SERVER s FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'x', dbname 'app')",
      "CREATE USER MAPPING IF NOT EXISTS FOR app SERVER s OPTIONS (user 'app', password 'x')",
      "CREATE TABLESPACE fast OWNER app LOCATION '/ssd'", "CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING",
      "CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = int4eq)",
      "CREATE OR REPLACE TRUSTED LANGUAGE plperl HANDLER plperl_call_handler",
      "ALTER DATABASE app SET timezone TO 'UTC'", "ALTER DATABASE app OWNER TO admin",
      "ALTER DATABASE app CONNECTION LIMIT 50", "ALTER SYSTEM SET max_connections = 200",
      "PREPARE q (int) AS SELECT $1", "DROP AGGREGATE IF EXISTS my_sum(int)", "DROP CAST (text AS mood)",
      "DROP RULE r ON t CASCADE", "DROP USER MAPPING IF EXISTS FOR app SERVER s", "DROP SERVER s CASCADE",
      "DROP TEXT SEARCH CONFIGURATION IF EXISTS fr"})
  void understoodWithoutChange(String statement) {
    StatementEffect effect = StatementEffect.postgres(SETUP, statement + ";");

    assertThat(effect.understood()).as(statement).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before());
  }

  @ParameterizedTest
  @ValueSource(strings = {"CREATE AGGREGATE my_sum (int)", "CREATE CAST (text AS mood)",
      "CREATE STATISTICS st ON a, b", "CREATE SERVER s OPTIONS (host 'x')", "CREATE TABLESPACE fast",
      "CREATE RULE r AS ON MERGE TO t DO NOTHING", "ALTER DATABASE app RENAME", "PREPARE q (int)",
      "ALTER SCHEMA app RENAME TO app2", "IMPORT FOREIGN SCHEMA remote FROM SERVER s INTO local",
      "PREPARE q AS garbage here", "CREATE RULE r AS ON INSERT TO t DO ALSO garbage here"})
  void partlyMatchingOrUnmodelledStatements_areNotUnderstood(String statement) {
    StatementEffect effect = StatementEffect.postgres(SETUP, statement + ";");

    assertThat(effect.understood()).as(statement).isFalse();
  }
}
