package dev.plumb.core.source.sql;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.core.model.operation.Operation.TransactionControl;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Transaction control: {@code BEGIN [WORK|TRANSACTION]}, {@code START TRANSACTION}, {@code COMMIT}, {@code END}
 * (PostgreSQL, SQLite), {@code ROLLBACK} and {@code ABORT}, {@code SAVEPOINT x}, {@code RELEASE [SAVEPOINT] x} and
 * {@code ROLLBACK TO [SAVEPOINT] x}. A MySQL {@code BEGIN} with more after it is a compound block (MariaDB's
 * {@code BEGIN NOT ATOMIC}), never a transaction; the splitter keeps the blocks of routines inside their CREATE, so
 * a top-level bare {@code BEGIN} is one. Two-phase {@code COMMIT PREPARED 'x'} ends no transaction of the session
 * and gives no operation.
 */
final class TransactionOperations implements OperationGrammar {

  @Override
  public Set<String> verbs() {
    return Set.of("BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT", "SAVEPOINT", "RELEASE");
  }

  @Override
  public List<Operation> read(OperationSource source) {
    TokenCursor t = source.tokens();
    Optional<TransactionControl> control = control(t, source.dialect());
    if (control.isEmpty() || !t.atEnd()) {
      return List.of();
    }
    return List.of(new Operation.Transaction(control.get(), source.span()));
  }

  private static Optional<TransactionControl> control(TokenCursor t, Dialect dialect) {
    if (t.accept("BEGIN")) {
      return begin(t, dialect) ? Optional.of(TransactionControl.BEGIN) : Optional.empty();
    }
    if (t.accept("START", "TRANSACTION")) {
      return SessionGrammar.transactionModes(t) ? Optional.of(TransactionControl.BEGIN) : Optional.empty();
    }
    boolean ends = dialect == Dialect.POSTGRESQL || dialect == Dialect.SQLITE;
    if (t.accept("COMMIT") || ends && t.accept("END")) {
      if (t.peek("PREPARED")) {
        return Optional.empty();
      }
      t.acceptAny("WORK", "TRANSACTION");
      chainAndRelease(t);
      return Optional.of(TransactionControl.COMMIT);
    }
    if (t.accept("ROLLBACK") || dialect == Dialect.POSTGRESQL && t.accept("ABORT")) {
      return rollback(t);
    }
    if (t.accept("SAVEPOINT")) {
      return t.name().map(name -> TransactionControl.SAVEPOINT);
    }
    if (t.accept("RELEASE")) {
      t.accept("SAVEPOINT");
      return t.name().map(name -> TransactionControl.RELEASE_SAVEPOINT);
    }
    return Optional.empty();
  }

  private static boolean begin(TokenCursor t, Dialect dialect) {
    if (dialect.isMysqlFamily()) {
      t.accept("WORK");
      return t.atEnd();
    }
    if (dialect == Dialect.SQLITE) {
      t.acceptAny("DEFERRED", "IMMEDIATE", "EXCLUSIVE");
      t.accept("TRANSACTION");
      return t.atEnd();
    }
    t.acceptAny("WORK", "TRANSACTION");
    return SessionGrammar.transactionModes(t);
  }

  private static Optional<TransactionControl> rollback(TokenCursor t) {
    if (t.peek("PREPARED")) {
      return Optional.empty();
    }
    t.acceptAny("WORK", "TRANSACTION");
    if (t.accept("TO")) {
      t.accept("SAVEPOINT");
      return t.name().map(name -> TransactionControl.ROLLBACK_TO_SAVEPOINT);
    }
    chainAndRelease(t);
    return Optional.of(TransactionControl.ROLLBACK);
  }

  /** {@code AND [NO] CHAIN} and MySQL's {@code [NO] RELEASE}. */
  private static void chainAndRelease(TokenCursor t) {
    if (!t.accept("AND", "CHAIN")) {
      t.accept("AND", "NO", "CHAIN");
    }
    if (!t.accept("RELEASE")) {
      t.accept("NO", "RELEASE");
    }
  }
}
