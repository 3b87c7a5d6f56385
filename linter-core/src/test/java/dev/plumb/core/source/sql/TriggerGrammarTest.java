package dev.plumb.core.source.sql;

import static dev.plumb.core.source.sql.StatementEffect.path;
import static dev.plumb.core.source.sql.StatementEffect.statementSpan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Trigger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TriggerGrammarTest {

  @Test
  void sqliteTriggerWithWhenAndBody_isATriggerOnItsTable() {
    StatementEffect effect = StatementEffect.of(Dialect.SQLITE, """
        CREATE TABLE users (id integer PRIMARY KEY, email text, updated_at text);
        """, """
        CREATE TRIGGER IF NOT EXISTS users_touch
        AFTER UPDATE OF email, updated_at ON users
        FOR EACH ROW
        WHEN new.updated_at = old.updated_at
        BEGIN
            UPDATE users SET updated_at = CURRENT_TIMESTAMP WHERE id = new.id;
        END;""");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before().withTrigger(new Trigger(path("main", "users", "users_touch"),
        path("main", "users"), "AFTER", List.of("UPDATE"), Optional.empty(), Optional.of(statementSpan(7, 3)))));
  }

  @Test
  void sqliteTriggerWithoutTiming_firesBefore() {
    StatementEffect effect = StatementEffect.of(Dialect.SQLITE, "CREATE TABLE t (a int);",
        "CREATE TEMP TRIGGER t_del DELETE ON t BEGIN SELECT RAISE(ABORT, 'no'); END;");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after().triggers().get(path("main", "t", "t_del")).timing()).isEqualTo("BEFORE");
  }

  @Test
  void mysqlTriggerWithDefinerAndCompoundBody() {
    StatementEffect effect = StatementEffect.of(Dialect.MYSQL, """
        CREATE TABLE tickets (id int PRIMARY KEY, first_response_at datetime);
        CREATE TABLE ticket_messages (ticket_id int, internal tinyint);
        """, """
        CREATE DEFINER=`app`@`%` TRIGGER tr_first_response BEFORE INSERT ON ticket_messages
        FOR EACH ROW FOLLOWS tr_other
        BEGIN
            IF NEW.internal = 0 THEN
                UPDATE tickets SET first_response_at = NOW() WHERE id = NEW.ticket_id;
            END IF;
            CASE WHEN NEW.internal IS NULL THEN SET NEW.internal = 0; END CASE;
        END""");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before().withTrigger(new Trigger(
        path("", "ticket_messages", "tr_first_response"), path("", "ticket_messages"), "BEFORE", List.of("INSERT"),
        Optional.empty(), Optional.of(statementSpan(8, 3)))));
  }

  @Test
  void mysqlTriggerWithASingleStatementBody() {
    StatementEffect effect = StatementEffect.of(Dialect.MYSQL, "CREATE TABLE t (a int, b int);",
        "CREATE TRIGGER t_b BEFORE UPDATE ON t FOR EACH ROW SET NEW.b = NEW.a * 2;");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after().triggers()).containsOnlyKeys(path("", "t", "t_b"));
  }

  @Test
  void h2TriggerCallingAClass() {
    StatementEffect effect = StatementEffect.of(Dialect.H2, "CREATE TABLE visits (id int);",
        "CREATE TRIGGER trg_visits_audit AFTER INSERT, UPDATE ON visits FOR EACH ROW CALL 'org.example.Audit';");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after().triggers().get(path("PUBLIC", "VISITS", "TRG_VISITS_AUDIT")).events())
        .containsExactly("INSERT", "UPDATE");
  }

  @Test
  void postgresAlterTriggerRename() {
    StatementEffect effect = StatementEffect.postgres("""
        CREATE TABLE t (a int);
        CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
        CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();
        """, "ALTER TRIGGER t_touch ON t RENAME TO t_touch_updated;");

    Trigger trigger = effect.before().triggers().get(path("public", "t", "t_touch"));
    assertThat(effect.understood()).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before().withoutTrigger(trigger.path()).withTrigger(new Trigger(
        path("public", "t", "t_touch_updated"), trigger.table(), trigger.timing(), trigger.events(),
        trigger.function(), trigger.span())));
  }

  @Test
  void dropTriggerWithoutATable_dropsItByName() {
    StatementEffect effect = StatementEffect.of(Dialect.MYSQL, """
        CREATE TABLE t (a int, b int);
        CREATE TRIGGER t_b BEFORE UPDATE ON t FOR EACH ROW SET NEW.b = NEW.a;
        """, "DROP TRIGGER IF EXISTS t_b;");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after().triggers()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"CREATE TRIGGER x AFTER INSERT ON t BEGIN SELECT 1;",
      "CREATE TRIGGER x AFTER INSERT ON t BEGIN SELECT 1; END extra",
      "CREATE TRIGGER x AFTER INSERT ON t BEGIN garbage garbage; END",
      "CREATE TRIGGER x AFTER WHENEVER ON t BEGIN SELECT 1; END", "CREATE TRIGGER x AFTER INSERT t BEGIN END"})
  void sqlite_partlyMatchingTriggers_areNotUnderstood(String statement) {
    StatementEffect effect = StatementEffect.of(Dialect.SQLITE, "CREATE TABLE t (a int);", statement + ";");

    assertThat(effect.understood()).as(statement).isFalse();
    assertThat(effect.after()).isEqualTo(effect.before());
  }
}
