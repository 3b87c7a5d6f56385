package dev.plumb.core.source.sql;

import static dev.plumb.core.model.Dialect.MARIADB;
import static dev.plumb.core.model.Dialect.MYSQL;
import static dev.plumb.core.model.Dialect.POSTGRESQL;
import static dev.plumb.core.model.Dialect.SQLITE;
import static dev.plumb.core.source.sql.Splits.describe;
import static dev.plumb.core.source.sql.Splits.split;
import static dev.plumb.core.source.sql.Splits.statements;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Trigger and routine bodies, transactions and MySQL's DELIMITER. */
class StatementSplitterBodyTest {

  @Test
  void postgresBeginAtomicBodyStaysOneStatement() {
    String sql = """
        CREATE FUNCTION add(a int, b int) RETURNS int
        LANGUAGE sql
        BEGIN ATOMIC
          SELECT CASE WHEN a > 0 THEN a ELSE 0 END + b;
          SELECT 1;
        END;
        CREATE OR REPLACE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC INSERT INTO t VALUES (1); END;
        BEGIN;
        SELECT 2;
        COMMIT;
        """;

    assertThat(statements(POSTGRESQL, sql)).containsExactly(
        "1:1-6:3 CREATE FUNCTION add(a int, b int) RETURNS int\nLANGUAGE sql\nBEGIN ATOMIC\n"
            + "  SELECT CASE WHEN a > 0 THEN a ELSE 0 END + b;\n  SELECT 1;\nEND",
        "7:1-7:87 CREATE OR REPLACE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC INSERT INTO t VALUES (1); END",
        "8:1-8:5 BEGIN",
        "9:1-9:8 SELECT 2",
        "10:1-10:6 COMMIT");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void transactionsAreStatementsOfTheirOwn(Dialect dialect) {
    String sql = """
        BEGIN;
        INSERT INTO t VALUES (1);
        COMMIT;
        BEGIN TRANSACTION;
        END;
        """;

    assertThat(statements(dialect, sql)).containsExactly(
        "1:1-1:5 BEGIN",
        "2:1-2:24 INSERT INTO t VALUES (1)",
        "3:1-3:6 COMMIT",
        "4:1-4:17 BEGIN TRANSACTION",
        "5:1-5:3 END");
  }

  @Test
  void sqliteTriggerBodyStaysOneStatement() {
    String sql = """
        CREATE TEMP TRIGGER IF NOT EXISTS audit AFTER UPDATE ON t
        WHEN new.a <> old.a
        BEGIN
          INSERT INTO log VALUES (new.id, CASE WHEN new.a > 0 THEN 'up' ELSE 'down;' END);
          UPDATE t SET touched = 1 WHERE id = new.id;
        END;
        CREATE TABLE "end" (x);
        """;

    assertThat(statements(SQLITE, sql)).containsExactly(
        "1:1-6:3 CREATE TEMP TRIGGER IF NOT EXISTS audit AFTER UPDATE ON t\nWHEN new.a <> old.a\nBEGIN\n"
            + "  INSERT INTO log VALUES (new.id, CASE WHEN new.a > 0 THEN 'up' ELSE 'down;' END);\n"
            + "  UPDATE t SET touched = 1 WHERE id = new.id;\nEND",
        "7:1-7:22 CREATE TABLE \"end\" (x)");
  }

  @Test
  void qualifiedNamesInBodiesAreNoKeywords() {
    String sql = """
        CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET x = new.end; DELETE FROM u; END;
        SELECT 1;
        """;

    assertThat(statements(SQLITE, sql)).containsExactly(
        "1:1-1:86 CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET x = new.end; DELETE FROM u; END",
        "2:1-2:8 SELECT 1");
  }

  @Test
  void mysqlRoutineWithoutDelimiterFollowsBlocks() {
    String sql = """
        CREATE DEFINER=`root`@`%` PROCEDURE p(IN n INT)
        BEGIN
          DECLARE i INT DEFAULT 0;
          IF n > 0 THEN
            SET i = n;
          END IF;
          CASE i WHEN 1 THEN SELECT 'one;'; ELSE SELECT CASE WHEN i > 1 THEN 'many' END; END CASE;
          WHILE i > 0 DO SET i = i - 1; END WHILE;
          lbl: LOOP LEAVE lbl; END LOOP lbl;
          SELECT IF(i = 0, 'done', 'not');
        END;
        START TRANSACTION;
        CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1;
        CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO BEGIN DELETE FROM t; DELETE FROM u; END;
        """;

    assertThat(split(MYSQL, sql).statements()).extracting(s -> s.span().line() + "-" + s.span().endLine())
        .containsExactly("1-11", "12-12", "13-13", "14-14");
    assertThat(statements(MYSQL, sql).get(0)).endsWith("SELECT IF(i = 0, 'done', 'not');\nEND");
  }

  @Test
  void mariadbAnonymousBlock() {
    String sql = """
        BEGIN NOT ATOMIC
          DECLARE x INT DEFAULT 1;
          SELECT x;
        END;
        BEGIN WORK;
        """;

    assertThat(statements(MARIADB, sql)).containsExactly(
        "1:1-4:3 BEGIN NOT ATOMIC\n  DECLARE x INT DEFAULT 1;\n  SELECT x;\nEND",
        "5:1-5:10 BEGIN WORK");
  }

  @Test
  void otherCreateStatementsDoNotFollowBlocks() {
    String sql = """
        CREATE TABLE event (begin date, x int);
        CREATE VIEW trigger_log AS SELECT CASE WHEN x > 0 THEN 1 END AS begin FROM event;
        SELECT 1;
        """;

    assertThat(statements(MYSQL, sql)).containsExactly(
        "1:1-1:38 CREATE TABLE event (begin date, x int)",
        "2:1-2:80 CREATE VIEW trigger_log AS SELECT CASE WHEN x > 0 THEN 1 END AS begin FROM event",
        "3:1-3:8 SELECT 1");
  }

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = {"MYSQL", "MARIADB"})
  void mysqlDelimiterLinesChangeTheDelimiter(Dialect dialect) {
    String sql = """
        DELIMITER //
        CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW
        BEGIN
          SET NEW.a = 1;
        END//
        CREATE PROCEDURE q() SELECT 1//
        delimiter ;
        SELECT 2;
        DELIMITER $$
        CREATE FUNCTION f() RETURNS INT RETURN 1$$
        DELIMITER ;
        """;

    assertThat(statements(dialect, sql)).containsExactly(
        "2:1-5:3 CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW\nBEGIN\n  SET NEW.a = 1;\nEND",
        "6:1-6:29 CREATE PROCEDURE q() SELECT 1",
        "8:1-8:8 SELECT 2",
        "10:1-10:40 CREATE FUNCTION f() RETURNS INT RETURN 1");
  }

  @Test
  void aCustomDelimiterIsTrustedOverBlocks() {
    String sql = """
        DELIMITER ;;
        CREATE PROCEDURE p() BEGIN SELECT 1; END;;
        SELECT 'x;;y';;
        """;

    assertThat(statements(MYSQL, sql)).containsExactly(
        "2:1-2:40 CREATE PROCEDURE p() BEGIN SELECT 1; END",
        "3:1-3:13 SELECT 'x;;y'");
  }

  @Test
  void delimiterIsNoCommandOutsideMysql() {
    SplitResult result = split(POSTGRESQL, "DELIMITER //\nSELECT 1//");

    assertThat(describe(result)).containsExactly("1:1-2:10 DELIMITER //\nSELECT 1//");
  }

  @Test
  void delimiterWithoutANewOneIsAProblem() {
    SplitResult result = split(MYSQL, "DELIMITER  \nSELECT 1;");

    assertThat(describe(result)).containsExactly("2:1-2:8 SELECT 1");
    assertThat(result.problems()).extracting(Splits::describe).containsExactly(
        "at 1:1, statement 1:1-1:9: DELIMITER needs the new delimiter after it, e.g. DELIMITER //");
  }
}
