package dev.plumb.core.source.sql;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Schema;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Statements about the session rather than the schema: transaction control, savepoints, settings, locks,
 * SQLite's PRAGMA and the like. They change nothing the model holds, but a migration full of them must not
 * read as broken.
 */
final class SessionGrammar implements StatementGrammar {

  private final Dialect dialect;

  SessionGrammar(Dialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public Optional<UnaryOperator<Schema>> recognize(TokenCursor tokens, SqlStatement statement) {
    return StatementGrammar.noEffectIfAny(tokens, this::transaction, SessionGrammar::savepoint,
        t -> SettingGrammar.setting(t, dialect), this::lock, this::misc);
  }

  private boolean transaction(TokenCursor t) {
    if (t.accept("BEGIN")) {
      if (t.atEnd()) {
        return true;
      }
      if (dialect == Dialect.SQLITE) {
        t.acceptAny("DEFERRED", "IMMEDIATE", "EXCLUSIVE");
        t.accept("TRANSACTION");
        return true;
      }
      if (t.acceptAny("WORK", "TRANSACTION").isPresent() || dialect == Dialect.POSTGRESQL) {
        return transactionModes(t);
      }
      return false;
    }
    if (t.accept("START", "TRANSACTION")) {
      return transactionModes(t);
    }
    if (t.acceptAny("COMMIT", "END", "ROLLBACK", "ABORT").isPresent()) {
      if (t.accept("PREPARED")) {
        return t.string();
      }
      t.acceptAny("WORK", "TRANSACTION");
      if (t.accept("TO")) {
        t.accept("SAVEPOINT");
        return t.name().isPresent();
      }
      if (t.accept("AND")) {
        t.accept("NO");
        return t.accept("CHAIN");
      }
      if (t.accept("NO")) {
        return t.accept("RELEASE");
      }
      t.accept("RELEASE");
      return true;
    }
    return false;
  }

  /** ISOLATION LEVEL ..., READ WRITE / ONLY, [NOT] DEFERRABLE, WITH CONSISTENT SNAPSHOT, comma separated. */
  static boolean transactionModes(TokenCursor t) {
    do {
      if (t.atEnd()) {
        return true;
      }
      if (t.accept("ISOLATION", "LEVEL")) {
        boolean level = t.accept("SERIALIZABLE") || t.accept("REPEATABLE", "READ")
            || t.accept("READ", "COMMITTED") || t.accept("READ", "UNCOMMITTED");
        if (!level) {
          return false;
        }
      } else if (!(t.accept("READ", "WRITE") || t.accept("READ", "ONLY") || t.accept("NOT", "DEFERRABLE")
          || t.accept("DEFERRABLE") || t.accept("WITH", "CONSISTENT", "SNAPSHOT"))) {
        return false;
      }
    } while (t.acceptSymbol(','));
    return t.atEnd();
  }

  private static boolean savepoint(TokenCursor t) {
    if (t.accept("SAVEPOINT")) {
      return t.name().isPresent();
    }
    if (t.accept("RELEASE")) {
      t.accept("SAVEPOINT");
      return t.name().isPresent();
    }
    return false;
  }

  private boolean lock(TokenCursor t) {
    if (dialect.isMysqlFamily() && t.accept("LOCK")) {
      if (!(t.accept("TABLES") || t.accept("TABLE"))) {
        return false;
      }
      do {
        if (t.qualifiedName().isEmpty()) {
          return false;
        }
        if (t.accept("AS")) {
          t.name();
        }
        boolean mode = t.accept("READ", "LOCAL") || t.accept("READ") || t.accept("LOW_PRIORITY", "WRITE")
            || t.accept("WRITE");
        if (!mode) {
          return false;
        }
      } while (t.acceptSymbol(','));
      return true;
    }
    if (dialect.isMysqlFamily() && t.accept("UNLOCK")) {
      return t.accept("TABLES") || t.accept("TABLE");
    }
    if (t.accept("LOCK")) {
      t.accept("TABLE");
      do {
        t.accept("ONLY");
        if (t.qualifiedName().isEmpty()) {
          return false;
        }
        t.acceptSymbol('*');
      } while (t.acceptSymbol(','));
      if (t.accept("IN")) {
        while (t.acceptAny("ACCESS", "ROW", "SHARE", "UPDATE", "EXCLUSIVE").isPresent()) {
          // the lock mode's words
        }
        if (!t.accept("MODE")) {
          return false;
        }
      }
      t.accept("NOWAIT");
      return true;
    }
    return false;
  }

  private boolean misc(TokenCursor t) {
    if (t.accept("CHECKPOINT")) {
      t.accept("SYNC");
      return true;
    }
    if (t.accept("DISCARD")) {
      return t.acceptAny("ALL", "PLANS", "SEQUENCES", "TEMP", "TEMPORARY").isPresent();
    }
    if (t.accept("NOTIFY")) {
      return t.name().isPresent() && (!t.acceptSymbol(',') || t.string());
    }
    if (t.accept("LISTEN")) {
      return t.name().isPresent();
    }
    if (t.accept("UNLISTEN")) {
      return t.acceptSymbol('*') || t.name().isPresent();
    }
    if (t.accept("DEALLOCATE")) {
      t.accept("PREPARE");
      return t.accept("ALL") || t.name().isPresent();
    }
    if (dialect.isMysqlFamily() && t.accept("FLUSH")) {
      t.acceptAny("NO_WRITE_TO_BINLOG", "LOCAL");
      boolean what = t.acceptAny("PRIVILEGES", "TABLES", "LOGS", "STATUS", "HOSTS", "BINARY", "ENGINE", "ERROR",
          "GENERAL", "RELAY", "SLOW", "OPTIMIZER_COSTS", "USER_RESOURCES").isPresent();
      t.accept("LOGS");
      return what;
    }
    if (dialect.isMysqlFamily() && t.accept("USE")) {
      return t.name().isPresent();
    }
    if (t.accept("SHOW")) {
      return show(t);
    }
    return false;
  }

  /** SHOW WARNINGS, SHOW TABLES, SHOW search_path, ... : words, then an optional LIKE pattern. */
  private static boolean show(TokenCursor t) {
    boolean any = false;
    while (!t.atEnd() && !t.peek("LIKE") && t.name().isPresent()) {
      any = true;
    }
    if (t.accept("LIKE")) {
      return any && t.string();
    }
    return any;
  }
}
