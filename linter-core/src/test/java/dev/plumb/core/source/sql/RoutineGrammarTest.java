package dev.plumb.core.source.sql;

import static dev.plumb.core.source.sql.StatementEffect.path;
import static dev.plumb.core.source.sql.StatementEffect.statementSpan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Routine;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoutineGrammarTest {

  private static final String FUNCTIONS = """
      CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
      CREATE FUNCTION has_role(p_user uuid, p_role text) RETURNS boolean LANGUAGE sql AS $$ SELECT true $$;
      CREATE FUNCTION has_role(p_user uuid) RETURNS boolean LANGUAGE sql AS $$ SELECT true $$;
      """;

  @ParameterizedTest
  @ValueSource(strings = {
      "CREATE EVENT TRIGGER ddl_log ON ddl_command_end EXECUTE FUNCTION log_ddl()",
      "CREATE EVENT TRIGGER ddl_log ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE') "
          + "EXECUTE PROCEDURE public.log_ddl()",
      "ALTER EVENT TRIGGER ddl_log ENABLE ALWAYS", "ALTER EVENT TRIGGER ddl_log DISABLE",
      "ALTER EVENT TRIGGER ddl_log OWNER TO postgres", "DROP EVENT TRIGGER IF EXISTS ddl_log CASCADE",
      "ALTER FUNCTION has_role(uuid, text) OWNER TO postgres",
      "ALTER FUNCTION has_role(uuid, text) SET search_path = auth, pg_temp",
      "ALTER FUNCTION has_role(uuid) SECURITY DEFINER STABLE PARALLEL SAFE COST 10 RESTRICT",
      "ALTER PROCEDURE grant_role(uuid, text) SECURITY DEFINER", "ALTER FUNCTION log_ddl() RESET ALL",
      "ALTER FUNCTION has_role(uuid) SET SCHEMA auth"})
  void postgres_understoodWithoutChange(String statement) {
    StatementEffect effect = StatementEffect.postgres(FUNCTIONS, statement + ";");

    assertThat(effect.understood()).as(statement).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before());
  }

  @Test
  void alterFunctionRename_withArgumentsRenamesThatOverloadOnly() {
    StatementEffect effect = StatementEffect.postgres(FUNCTIONS,
        "ALTER FUNCTION has_role(uuid, text) RENAME TO has_any_role;");

    Routine old = effect.before().routines().get("public.has_role(uuid, text)");
    assertThat(effect.understood()).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before().withoutRoutine(old.signature()).withRoutine(new Routine(
        path("public", "has_any_role"), old.argumentTypes(), old.returnType(), old.language(), old.span())));
  }

  @Test
  void mysqlProcedureWithCompoundBody_isARoutine() {
    StatementEffect effect = StatementEffect.of(Dialect.MYSQL, "CREATE TABLE tickets (id int, status text);", """
        CREATE DEFINER=`app`@`%` PROCEDURE close_stale_tickets(IN days INT, OUT closed INT)
        MODIFIES SQL DATA
        BEGIN
            UPDATE tickets SET status = 'closed' WHERE status = 'solved';
            SELECT ROW_COUNT() INTO closed;
        END""");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before().withRoutine(new Routine(path("", "close_stale_tickets"),
        List.of("int"), Optional.empty(), Optional.of("sql"), Optional.of(statementSpan(6, 3)))));
  }

  @Test
  void mysqlFunction_hasItsReturnType() {
    StatementEffect effect = StatementEffect.of(Dialect.MARIADB, "", """
        CREATE OR REPLACE FUNCTION fine_for(p_due DATE, p_returned DATETIME) RETURNS DECIMAL(8,2)
        DETERMINISTIC
        COMMENT 'fines are capped'
        BEGIN
            RETURN IF(DATEDIFF(p_returned, p_due) > 0, 0.25, 0.00);
        END""");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after().routines().get("fine_for(date, datetime)").returnType()).contains("decimal(8,2)");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "CREATE EVENT IF NOT EXISTS ev_purge ON SCHEDULE EVERY 1 DAY STARTS '2024-06-01 03:00:00' "
          + "DO DELETE FROM audit_log WHERE changed_at < NOW()",
      "CREATE EVENT ev_expire ON SCHEDULE EVERY 1 HOUR DO CALL expire_promotions()",
      "ALTER EVENT ev_expire DISABLE", "DROP EVENT IF EXISTS ev_expire",
      "BEGIN NOT ATOMIC IF NOT EXISTS (SELECT 1 FROM audit_log) THEN INSERT INTO audit_log VALUES (1); END IF; END"})
  void mysql_eventsAndAnonymousBlocks_understoodWithoutChange(String statement) {
    StatementEffect effect = StatementEffect.of(Dialect.MARIADB,
        "CREATE TABLE audit_log (id int, changed_at datetime);",
        statement + ";");

    assertThat(effect.understood()).as(statement).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before());
  }

  @Test
  void h2Alias_isARoutine_andDropAliasRemovesIt() {
    StatementEffect created = StatementEffect.of(Dialect.H2, "",
        "CREATE ALIAS IF NOT EXISTS SLUGIFY FOR 'org.example.Functions.slugify';");
    StatementEffect dropped = StatementEffect.of(Dialect.H2, "CREATE ALIAS SLUGIFY FOR 'org.example.F.slugify';",
        "DROP ALIAS IF EXISTS SLUGIFY;");

    assertThat(created.understood()).isTrue();
    assertThat(created.after()).isEqualTo(created.before().withRoutine(new Routine(path("PUBLIC", "SLUGIFY"),
        List.of(), Optional.empty(), Optional.of("java"), Optional.of(statementSpan(1, 70)))));
    assertThat(dropped.understood()).isTrue();
    assertThat(dropped.after().routines()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"CREATE EVENT TRIGGER ddl_log ON ddl_command_end EXECUTE FUNCTION log_ddl",
      "CREATE EVENT TRIGGER ddl_log ON ddl_command_end WHEN TAG ('x') EXECUTE FUNCTION log_ddl()",
      "ALTER EVENT TRIGGER ddl_log", "ALTER FUNCTION has_role(uuid) RENAME TO",
      "ALTER FUNCTION has_role(uuid) SECURITY", "ALTER FUNCTION has_role(uuid) FASTER"})
  void postgres_partlyMatchingStatements_areNotUnderstood(String statement) {
    StatementEffect effect = StatementEffect.postgres(FUNCTIONS, statement + ";");

    assertThat(effect.understood()).as(statement).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"CREATE PROCEDURE p() BEGIN SELECT 1;", "CREATE FUNCTION f() BEGIN RETURN 1; END",
      "CREATE EVENT e DO", "CREATE PROCEDURE p() lbl: BEGIN SELECT 1; END other",
      "CREATE PROCEDURE p() BEGIN garbage garbage; END", "CREATE PROCEDURE p() BEGIN UPDATE SET x; END"})
  void mysql_partlyMatchingRoutines_areNotUnderstood(String statement) {
    StatementEffect effect = StatementEffect.of(Dialect.MYSQL, "CREATE TABLE t (a int);",
        "DELIMITER //\n" + statement + "//\nDELIMITER ;\n");

    assertThat(effect.understood()).as(statement).isFalse();
  }
}
