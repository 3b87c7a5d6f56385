package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.operation.Operation.SetSetting;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafetyStepsTest {

  private static final ObjectPath ORDERS = ObjectPath.of("public", "orders");
  private static final ObjectPath NOTES = ObjectPath.of("public", "notes");

  @Test
  void flywayRunsEachFileInATransactionOfItsOwn() {
    List<SafetyStep> steps = new Replayed()
        .file("V1__orders.sql", "CREATE TABLE orders (id int);\nALTER TABLE orders ADD COLUMN a int;")
        .file("V2__more.sql", "ALTER TABLE orders ADD COLUMN b int;")
        .steps();

    assertThat(steps).allMatch(SafetyStep::inTransaction).noneMatch(SafetyStep::explicitTransaction);
    assertThat(steps.get(0).transaction()).isEqualTo(steps.get(1).transaction())
        .isNotEqualTo(steps.get(2).transaction());
  }

  @Test
  void plainNumberedFilesRunEachStatementOnItsOwn() {
    List<SafetyStep> steps = new Replayed().layout("numbered")
        .file("001_orders.sql", "CREATE TABLE orders (id int);\nALTER TABLE orders ADD COLUMN a int;")
        .steps();

    assertThat(steps).noneMatch(SafetyStep::inTransaction);
    assertThat(steps.get(0).transaction()).isNotEqualTo(steps.get(1).transaction());
  }

  @Test
  void theSettingOverridesTheLayout() {
    Replayed numbered = new Replayed().layout("numbered").assumeInTransaction(true)
        .file("001_orders.sql", "CREATE TABLE orders (id int);");
    Replayed flyway = new Replayed().assumeInTransaction(false)
        .file("V1__orders.sql", "CREATE TABLE orders (id int);");

    assertThat(numbered.at("001_orders.sql", 1).inTransaction()).isTrue();
    assertThat(flyway.at("V1__orders.sql", 1).inTransaction()).isFalse();
  }

  @Test
  void beginAndCommitOpenAndCloseAnExplicitTransaction() {
    List<SafetyStep> steps = new Replayed().layout("numbered")
        .file("001_orders.sql", """
            CREATE TABLE orders (id int);
            BEGIN;
            ALTER TABLE orders ADD COLUMN a int;
            ALTER TABLE orders ADD COLUMN b int;
            COMMIT;
            ALTER TABLE orders ADD COLUMN c int;
            """)
        .steps();

    assertThat(steps).extracting(SafetyStep::inTransaction).containsExactly(false, false, true, true, true, false);
    assertThat(steps).extracting(SafetyStep::explicitTransaction)
        .containsExactly(false, false, true, true, true, false);
    assertThat(steps.get(2).transaction()).isEqualTo(steps.get(3).transaction()).isEqualTo(
        steps.get(4).transaction());
    assertThat(steps.get(5).transaction()).isNotEqualTo(steps.get(4).transaction());
  }

  @Test
  void aBeginInsideTheToolsTransactionKeepsIt() {
    List<SafetyStep> steps = new Replayed()
        .file("V1__orders.sql", "CREATE TABLE orders (id int);\nBEGIN;\nALTER TABLE orders ADD COLUMN a int;")
        .steps();

    assertThat(steps).allMatch(SafetyStep::inTransaction);
    assertThat(steps).extracting(SafetyStep::transaction).containsOnly(steps.get(0).transaction());
    assertThat(steps.get(2).explicitTransaction()).isTrue();
  }

  @Test
  void aSessionTimeoutLastsUntilTheFileEnds() {
    Replayed replayed = new Replayed()
        .file("V1__orders.sql", """
            CREATE TABLE orders (id int);
            SET lock_timeout = '5s';
            ALTER TABLE orders ADD COLUMN a int;
            SET lock_timeout = 0;
            ALTER TABLE orders ADD COLUMN b int;
            SET statement_timeout TO '1min';
            ALTER TABLE orders ADD COLUMN c int;
            """)
        .file("V2__more.sql", "ALTER TABLE orders ADD COLUMN d int;");

    assertThat(replayed.at("V1__orders.sql", 1).lockTimeout()).isEmpty();
    assertThat(replayed.at("V1__orders.sql", 3).lockTimeout()).map(SetSetting::value).contains("5s");
    assertThat(replayed.at("V1__orders.sql", 5).lockTimeout()).isEmpty();
    assertThat(replayed.at("V1__orders.sql", 7).statementTimeout()).map(SetSetting::value).contains("1min");
    assertThat(replayed.at("V2__more.sql", 1).statementTimeout()).isEmpty();
  }

  @Test
  void setLocalLastsUntilTheTransactionEndsAndDoesNothingOutsideOne() {
    Replayed replayed = new Replayed().layout("numbered")
        .file("001_orders.sql", """
            CREATE TABLE orders (id int);
            SET LOCAL lock_timeout = '1s';
            ALTER TABLE orders ADD COLUMN a int;
            BEGIN;
            SET LOCAL lock_timeout = '2s';
            ALTER TABLE orders ADD COLUMN b int;
            COMMIT;
            ALTER TABLE orders ADD COLUMN c int;
            """);

    assertThat(replayed.at("001_orders.sql", 3).lockTimeout()).isEmpty();
    assertThat(replayed.at("001_orders.sql", 6).lockTimeout()).map(SetSetting::value).contains("2s");
    assertThat(replayed.at("001_orders.sql", 8).lockTimeout()).isEmpty();
  }

  @Test
  void tablesCreatedInTheMigrationAreNewTheOthersExisting() {
    Replayed replayed = new Replayed()
        .file("V1__orders.sql", "CREATE TABLE orders (id int);")
        .file("V2__notes.sql", "CREATE TABLE notes (id int);\nALTER TABLE notes ADD COLUMN a int;");
    SafetyStep alter = replayed.at("V2__notes.sql", 2);
    SafetyStep create = replayed.at("V2__notes.sql", 1);

    assertThat(alter.isNewTable(NOTES)).isTrue();
    assertThat(alter.isExistingTable(ORDERS)).isTrue();
    assertThat(alter.isExistingTable(ObjectPath.of("public", "unknown"))).isTrue();
    assertThat(create.isNewTable(NOTES)).as("its migration creates it").isTrue();
  }

  @Test
  void aTableItsMigrationCreatesFurtherDownIsNotAnExistingTable() {
    Replayed replayed = new Replayed()
        .file("V1__users.sql", "CREATE TABLE users (id int);")
        .file("V2__lessons.sql", "CREATE INDEX lessons_course ON lessons (course_id);\n"
            + "CREATE TABLE lessons (id int, course_id int);");

    assertThat(replayed.at("V2__lessons.sql", 1).isExistingTable(ObjectPath.of("public", "lessons"))).isFalse();
  }

  @Test
  void aTableRenamedInTheMigrationIsStillTheOldTable_andANewOneUnderTheOldNameIsNew() {
    Replayed replayed = new Replayed()
        .file("V1__orders.sql", "CREATE TABLE orders (id int);")
        .file("V2__swap.sql", """
            ALTER TABLE orders RENAME TO orders_old;
            CREATE TABLE orders (id bigint);
            CREATE INDEX ON orders_old (id);
            CREATE INDEX ON orders (id);
            """);
    SafetyStep indexOld = replayed.at("V2__swap.sql", 3);
    SafetyStep indexNew = replayed.at("V2__swap.sql", 4);

    assertThat(indexOld.isExistingTable(ObjectPath.of("public", "orders_old"))).isTrue();
    assertThat(indexNew.isNewTable(ORDERS)).isTrue();
  }

  @Test
  void flywayLeavesFilesWithStatementsItKnowsCannotRunInATransactionOutOfOne() {
    Replayed replayed = new Replayed()
        .file("V1__orders.sql", "CREATE TABLE orders (id int);")
        .file("V2__index.sql", "CREATE INDEX CONCURRENTLY orders_id ON orders (id);")
        .file("V3__mixed.sql", "SET lock_timeout = '5s';\nDROP INDEX CONCURRENTLY orders_id;")
        .file("V4__reindex.sql", "REINDEX TABLE CONCURRENTLY orders;")
        .file("V5__vacuum.sql", "VACUUM orders;");

    assertThat(replayed.at("V2__index.sql", 1).inTransaction()).isFalse();
    assertThat(replayed.at("V3__mixed.sql", 1).inTransaction()).isFalse();
    assertThat(replayed.at("V4__reindex.sql", 1).inTransaction()).isTrue();
    assertThat(replayed.at("V5__vacuum.sql", 1).inTransaction()).isFalse();
  }

  @Test
  void golangMigrateRunsAFileOfOneStatementAlone() {
    Replayed replayed = new Replayed()
        .file("m/1_orders.up.sql", "CREATE TABLE orders (id int);")
        .file("m/2_more.up.sql", "ALTER TABLE orders ADD COLUMN a int;\nALTER TABLE orders ADD COLUMN b int;");

    assertThat(replayed.at("m/1_orders.up.sql", 1).inTransaction()).isFalse();
    assertThat(replayed.at("m/2_more.up.sql", 1).inTransaction()).isTrue();
  }

  @Test
  void dbmatesTransactionFalseDecides() {
    Replayed replayed = new Replayed().layout("dbmate")
        .file("db/20240101000000_orders.sql", "-- migrate:up\nCREATE TABLE orders (id int);")
        .file("db/20240102000000_index.sql", "-- migrate:up transaction:false\nALTER TABLE orders ADD a int;");

    assertThat(replayed.at("db/20240101000000_orders.sql", 2).inTransaction()).isTrue();
    assertThat(replayed.at("db/20240102000000_index.sql", 2).inTransaction()).isFalse();
  }

  @Test
  void mysqlRunsNoDdlInATransactionAndDdlEndsABegin() {
    List<SafetyStep> steps = new Replayed().dialect(Dialect.MYSQL)
        .file("V1__orders.sql", """
            CREATE TABLE orders (id int);
            BEGIN;
            INSERT INTO orders (id) VALUES (1);
            ALTER TABLE orders ADD COLUMN a int;
            INSERT INTO orders (id) VALUES (2);
            """)
        .steps();

    assertThat(steps).extracting(SafetyStep::inTransaction).containsExactly(false, false, true, false, false);
  }

  @Test
  void mysqlTimeoutsByTheirMysqlNames() {
    Replayed replayed = new Replayed().dialect(Dialect.MARIADB)
        .file("V1__orders.sql", """
            CREATE TABLE orders (id int);
            SET SESSION lock_wait_timeout = 5;
            SET max_statement_time = 60;
            ALTER TABLE orders ADD COLUMN a int;
            """);

    assertThat(replayed.at("V1__orders.sql", 4).lockTimeout()).map(SetSetting::value).contains("5");
    assertThat(replayed.at("V1__orders.sql", 4).statementTimeout()).map(SetSetting::value).contains("60");
  }

  @Test
  void stepsGroupByMigration() {
    List<SafetyStep> steps = new Replayed()
        .file("V1__orders.sql", "CREATE TABLE orders (id int);\nALTER TABLE orders ADD COLUMN a int;")
        .file("V2__more.sql", "ALTER TABLE orders ADD COLUMN b int;")
        .steps();

    assertThat(SafetySteps.byMigration(steps)).extracting(List::size).containsExactly(2, 1);
  }
}
