package dev.plumb.core.source.sql;

import static dev.plumb.core.source.sql.ReadOperations.line;
import static dev.plumb.core.source.sql.ReadOperations.span;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.core.model.operation.Operation.Transaction;
import dev.plumb.core.model.operation.Operation.TransactionControl;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionOperationsTest {

  @Test
  void postgresScriptInOrderWithSpans() {
    String sql = """
        BEGIN;
        SAVEPOINT before_backfill;
        ROLLBACK TO SAVEPOINT before_backfill;
        RELEASE before_backfill;
        COMMIT;
        """;

    assertThat(ReadOperations.of(Dialect.POSTGRESQL, sql)).containsExactly(
        new Transaction(TransactionControl.BEGIN, span(1, 1, 1, 5)),
        new Transaction(TransactionControl.SAVEPOINT, span(2, 1, 2, 25)),
        new Transaction(TransactionControl.ROLLBACK_TO_SAVEPOINT, span(3, 1, 3, 37)),
        new Transaction(TransactionControl.RELEASE_SAVEPOINT, span(4, 1, 4, 23)),
        new Transaction(TransactionControl.COMMIT, span(5, 1, 5, 6)));
  }

  @Test
  void postgresSpellings() {
    assertControl(Dialect.POSTGRESQL, "BEGIN WORK", TransactionControl.BEGIN);
    assertControl(Dialect.POSTGRESQL, "BEGIN TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ ONLY",
        TransactionControl.BEGIN);
    assertControl(Dialect.POSTGRESQL, "START TRANSACTION", TransactionControl.BEGIN);
    assertControl(Dialect.POSTGRESQL, "END", TransactionControl.COMMIT);
    assertControl(Dialect.POSTGRESQL, "commit work and no chain", TransactionControl.COMMIT);
    assertControl(Dialect.POSTGRESQL, "ABORT", TransactionControl.ROLLBACK);
    assertControl(Dialect.POSTGRESQL, "ROLLBACK TRANSACTION AND CHAIN", TransactionControl.ROLLBACK);
    assertControl(Dialect.POSTGRESQL, "ROLLBACK WORK TO s", TransactionControl.ROLLBACK_TO_SAVEPOINT);
    assertControl(Dialect.POSTGRESQL, "RELEASE SAVEPOINT s", TransactionControl.RELEASE_SAVEPOINT);
  }

  @Test
  void mysqlSpellings() {
    assertControl(Dialect.MYSQL, "BEGIN", TransactionControl.BEGIN);
    assertControl(Dialect.MYSQL, "BEGIN WORK", TransactionControl.BEGIN);
    assertControl(Dialect.MYSQL, "START TRANSACTION WITH CONSISTENT SNAPSHOT, READ WRITE", TransactionControl.BEGIN);
    assertControl(Dialect.MYSQL, "COMMIT AND NO CHAIN NO RELEASE", TransactionControl.COMMIT);
    assertControl(Dialect.MARIADB, "ROLLBACK WORK RELEASE", TransactionControl.ROLLBACK);
    assertControl(Dialect.MARIADB, "ROLLBACK TO sp", TransactionControl.ROLLBACK_TO_SAVEPOINT);
  }

  @Test
  void sqliteAndH2Spellings() {
    assertControl(Dialect.SQLITE, "BEGIN IMMEDIATE TRANSACTION", TransactionControl.BEGIN);
    assertControl(Dialect.SQLITE, "END TRANSACTION", TransactionControl.COMMIT);
    assertControl(Dialect.H2, "ROLLBACK TO SAVEPOINT sp", TransactionControl.ROLLBACK_TO_SAVEPOINT);
    assertControl(Dialect.H2, "COMMIT", TransactionControl.COMMIT);
  }

  @Test
  void mysqlBlocksAndEndAreNoTransactions() {
    for (String sql : List.of("BEGIN NOT ATOMIC SELECT 1; END", "BEGIN TRANSACTION", "END")) {
      assertThat(ReadOperations.of(Dialect.MARIADB, sql)).as(sql).noneMatch(Transaction.class::isInstance);
    }
    assertThat(ReadOperations.of(Dialect.H2, "END")).isEmpty();
  }

  @Test
  void preparedTransactionsAndOddStatementsHaveNoOperation() {
    for (String sql : List.of("COMMIT PREPARED 'tx'", "ROLLBACK PREPARED 'tx'", "SAVEPOINT", "RELEASE",
        "ROLLBACK TO", "BEGIN ATOMIC", "COMMIT everything", "START", "BEGIN ISOLATION LEVEL")) {
      assertThat(ReadOperations.of(Dialect.POSTGRESQL, sql)).as(sql).isEmpty();
    }
  }

  private static void assertControl(Dialect dialect, String sql, TransactionControl control) {
    Operation read = ReadOperations.only(dialect, sql);
    assertThat(read).as(sql).isEqualTo(new Transaction(control, line(sql)));
  }
}
