package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrivilegeGrammarTest {

  private static final String SETUP = """
      CREATE SCHEMA billing;
      CREATE TABLE billing.accounts (id int PRIMARY KEY, tenant_id int);
      CREATE FUNCTION billing.current_tenant() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
      """;

  @ParameterizedTest
  @ValueSource(strings = {
      "GRANT SELECT, INSERT ON billing.accounts TO app_user",
      "GRANT SELECT (id, tenant_id), UPDATE (tenant_id) ON TABLE billing.accounts TO app_user WITH GRANT OPTION",
      "GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA billing TO admin",
      "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA billing TO app",
      "GRANT EXECUTE ON FUNCTION billing.current_tenant() TO app, readonly",
      "GRANT USAGE ON SCHEMA billing TO anon, authenticated", "GRANT app_role TO bob WITH ADMIN OPTION",
      "REVOKE ALL ON billing.accounts FROM PUBLIC", "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
      "REVOKE GRANT OPTION FOR SELECT ON billing.accounts FROM app CASCADE",
      "REVOKE EXECUTE ON FUNCTION billing.current_tenant() FROM PUBLIC",
      "CREATE ROLE billing_app LOGIN", "CREATE ROLE app_user WITH LOGIN PASSWORD 'x' NOINHERIT CONNECTION LIMIT 3",
      "CREATE USER bob WITH PASSWORD 'secret' VALID UNTIL '2030-01-01'", "ALTER ROLE app_user SET search_path = app",
      "ALTER ROLE app_user RENAME TO app_service", "ALTER ROLE app_user WITH NOLOGIN", "DROP ROLE IF EXISTS a, b",
      "ALTER DEFAULT PRIVILEGES IN SCHEMA billing GRANT SELECT ON TABLES TO readonly",
      "ALTER DEFAULT PRIVILEGES FOR ROLE admin IN SCHEMA billing REVOKE ALL ON SEQUENCES FROM app",
      "ALTER TABLE billing.accounts OWNER TO admin", "ALTER SCHEMA billing OWNER TO postgres",
      "ALTER FUNCTION billing.current_tenant() OWNER TO postgres", "ALTER MATERIALIZED VIEW mv OWNER TO reporting",
      "ALTER TYPE mood OWNER TO CURRENT_USER",
      "CREATE POLICY tenant_isolation ON billing.accounts USING (tenant_id = 1)",
      "CREATE POLICY \"Users read own\" ON billing.accounts AS RESTRICTIVE FOR SELECT TO authenticated, anon "
          + "USING (true) WITH CHECK (tenant_id > 0)",
      "ALTER POLICY tenant_isolation ON billing.accounts RENAME TO tenant_only",
      "ALTER POLICY tenant_isolation ON billing.accounts TO app USING (tenant_id = 2)",
      "DROP POLICY IF EXISTS tenant_isolation ON billing.accounts",
      "SECURITY LABEL FOR selinux ON TABLE billing.accounts IS 'system_u:object_r:sepgsql_table_t:s0'"})
  void postgres_understoodWithoutChange(String statement) {
    StatementEffect effect = StatementEffect.postgres(SETUP, statement + ";");

    assertThat(effect.understood()).as(statement).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before());
  }

  @ParameterizedTest
  @ValueSource(strings = {"GRANT SELECT ON inventory.* TO 'inventory_ro'@'%'",
      "GRANT SELECT, SHOW VIEW ON *.* TO `report`@`localhost` WITH GRANT OPTION",
      "GRANT EXECUTE ON PROCEDURE inventory.reserve_stock TO app@'10.0.0.%'",
      "REVOKE INSERT ON inventory.products FROM 'app'@'%'",
      "CREATE USER IF NOT EXISTS 'inventory_ro'@'%' IDENTIFIED BY 'change-me'", "DROP USER IF EXISTS 'old'@'%'",
      "ALTER USER 'app'@'%' IDENTIFIED BY 'new-secret'"})
  void mysql_understoodWithoutChange(String statement) {
    StatementEffect effect = StatementEffect.of(Dialect.MYSQL, "CREATE TABLE products (id int PRIMARY KEY);",
        statement + ";");

    assertThat(effect.understood()).as(statement).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before());
  }

  @ParameterizedTest
  @ValueSource(strings = {"GRANT SELECT ON billing.accounts", "GRANT ON billing.accounts TO app",
      "REVOKE ALL ON billing.accounts TO app", "CREATE ROLE", "CREATE POLICY p ON billing.accounts USING tenant_id",
      "DROP POLICY p", "ALTER SCHEMA billing OWNER TO", "SECURITY LABEL ON TABLE billing.accounts"})
  void postgres_partlyMatchingStatementsAreNotUnderstood(String statement) {
    StatementEffect effect = StatementEffect.postgres(SETUP, statement + ";");

    assertThat(effect.understood()).as(statement).isFalse();
  }
}
