package dev.plumb.core.source.sql;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Schema;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Statements that work on data or storage and leave the schema as it is: VACUUM, ANALYZE, REINDEX, CLUSTER,
 * MySQL's OPTIMIZE / CHECK / REPAIR TABLE, COPY, TRUNCATE and REFRESH MATERIALIZED VIEW.
 */
final class MaintenanceGrammar implements StatementGrammar {

  private final Dialect dialect;

  MaintenanceGrammar(Dialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public Optional<UnaryOperator<Schema>> recognize(TokenCursor tokens, SqlStatement statement) {
    return StatementGrammar.noEffectIfAny(tokens, this::vacuum, this::analyze, this::reindex,
        MaintenanceGrammar::cluster, this::mysqlTable, this::copy, this::truncate, this::refresh);
  }

  private boolean vacuum(TokenCursor t) {
    if (!t.accept("VACUUM")) {
      return false;
    }
    if (dialect == Dialect.SQLITE) {
      if (!t.peek("INTO")) {
        t.name();
      }
      return !t.accept("INTO") || t.string();
    }
    if (t.peekSymbol('(')) {
      t.group();
    } else {
      while (t.acceptAny("FULL", "FREEZE", "VERBOSE", "ANALYZE").isPresent()) {
        // the options written without parentheses
      }
    }
    return tablesWithColumns(t);
  }

  private boolean analyze(TokenCursor t) {
    if (!t.accept("ANALYZE") && !t.accept("ANALYSE")) {
      return false;
    }
    if (dialect == Dialect.H2) {
      return !t.accept("SAMPLE_SIZE") || t.number();
    }
    if (dialect.isMysqlFamily()) {
      t.acceptAny("NO_WRITE_TO_BINLOG", "LOCAL");
      return t.accept("TABLE") && names(t);
    }
    if (t.peekSymbol('(')) {
      t.group();
    } else {
      t.accept("VERBOSE");
    }
    return tablesWithColumns(t);
  }

  /** Nothing, or tables each with an optional column list, comma separated. */
  private static boolean tablesWithColumns(TokenCursor t) {
    if (t.atEnd()) {
      return true;
    }
    do {
      t.accept("ONLY");
      if (t.qualifiedName().isEmpty()) {
        return false;
      }
      if (t.peekSymbol('(')) {
        t.group();
      }
    } while (t.acceptSymbol(','));
    return true;
  }

  private boolean reindex(TokenCursor t) {
    if (!t.accept("REINDEX")) {
      return false;
    }
    if (dialect == Dialect.SQLITE) {
      return t.atEnd() || t.qualifiedName().isPresent();
    }
    if (t.peekSymbol('(')) {
      t.group();
    }
    String kind = t.acceptAny("INDEX", "TABLE", "SCHEMA", "DATABASE", "SYSTEM").orElse("");
    if (kind.isEmpty()) {
      return false;
    }
    t.accept("CONCURRENTLY");
    // Only the current database may go unnamed.
    return t.qualifiedName().isPresent() || t.atEnd() && (kind.equals("DATABASE") || kind.equals("SYSTEM"));
  }

  private static boolean cluster(TokenCursor t) {
    if (!t.accept("CLUSTER")) {
      return false;
    }
    t.accept("VERBOSE");
    if (t.atEnd()) {
      return true;
    }
    if (t.qualifiedName().isEmpty()) {
      return false;
    }
    return !t.accept("USING") || t.name().isPresent();
  }

  private boolean mysqlTable(TokenCursor t) {
    if (!dialect.isMysqlFamily() || t.acceptAny("OPTIMIZE", "CHECK", "REPAIR", "CHECKSUM").isEmpty()) {
      return false;
    }
    t.acceptAny("NO_WRITE_TO_BINLOG", "LOCAL");
    if (!t.accept("TABLE") || !names(t)) {
      return false;
    }
    while (t.acceptAny("QUICK", "FAST", "MEDIUM", "EXTENDED", "CHANGED", "FOR", "UPGRADE", "USE_FRM").isPresent()) {
      // CHECK TABLE and REPAIR TABLE options
    }
    return true;
  }

  /** COPY table [(columns)] | (query) FROM|TO file|STDIN|STDOUT|PROGRAM 'cmd' [[WITH] (options) | old options]. */
  private boolean copy(TokenCursor t) {
    if (dialect != Dialect.POSTGRESQL || !t.accept("COPY")) {
      return false;
    }
    if (t.peekSymbol('(')) {
      t.group();
    } else {
      if (t.qualifiedName().isEmpty()) {
        return false;
      }
      if (t.peekSymbol('(')) {
        t.group();
      }
    }
    if (t.acceptAny("FROM", "TO").isEmpty()) {
      return false;
    }
    boolean target = t.string() || t.acceptAny("STDIN", "STDOUT").isPresent() || t.accept("PROGRAM") && t.string();
    if (!target) {
      return false;
    }
    t.accept("WITH");
    if (t.peekSymbol('(')) {
      return t.group() && whereClause(t);
    }
    while (!t.atEnd() && !t.peek("WHERE")) {
      if (!(t.acceptAny("BINARY", "CSV", "HEADER", "DELIMITER", "NULL", "QUOTE", "ESCAPE", "FORCE", "NOT", "AS",
          "ENCODING").isPresent() || t.string() || t.name().isPresent() || t.acceptSymbol(','))) {
        return false;
      }
    }
    return whereClause(t);
  }

  private static boolean whereClause(TokenCursor t) {
    return !t.accept("WHERE") || SettingGrammar.expression(t);
  }

  private boolean truncate(TokenCursor t) {
    if (!t.accept("TRUNCATE")) {
      return false;
    }
    t.accept("TABLE");
    do {
      t.accept("ONLY");
      if (t.qualifiedName().isEmpty()) {
        return false;
      }
      t.acceptSymbol('*');
    } while (t.acceptSymbol(','));
    if (t.acceptAny("RESTART", "CONTINUE").isPresent() && !t.accept("IDENTITY")) {
      return false;
    }
    t.acceptAny("CASCADE", "RESTRICT");
    return true;
  }

  private boolean refresh(TokenCursor t) {
    if (dialect != Dialect.POSTGRESQL || !t.accept("REFRESH", "MATERIALIZED", "VIEW")) {
      return false;
    }
    t.accept("CONCURRENTLY");
    if (t.qualifiedName().isEmpty()) {
      return false;
    }
    return !t.accept("WITH") || t.accept("NO", "DATA") || t.accept("DATA");
  }

  private static boolean names(TokenCursor t) {
    do {
      if (t.qualifiedName().isEmpty()) {
        return false;
      }
    } while (t.acceptSymbol(','));
    return true;
  }
}
