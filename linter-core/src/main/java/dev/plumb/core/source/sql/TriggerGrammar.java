package dev.plumb.core.source.sql;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * CREATE TRIGGER where JSqlParser cannot read the body: MySQL's and MariaDB's {@code FOR EACH ROW BEGIN ... END},
 * SQLite's {@code [WHEN ...] BEGIN ...; END}, H2's {@code CALL 'Class'}; and PostgreSQL's ALTER TRIGGER.
 * Each becomes the model's trigger on its table.
 */
final class TriggerGrammar implements StatementGrammar {

  private final Names names;
  private final Predicate<String> parses;

  TriggerGrammar(Names names, Predicate<String> parses) {
    this.names = names;
    this.parses = parses;
  }

  @Override
  public Optional<UnaryOperator<Schema>> recognize(TokenCursor tokens, SqlStatement statement) {
    return StatementGrammar.firstWhole(tokens, t -> create(t, Optional.of(statement.span())), this::alter);
  }

  private Optional<UnaryOperator<Schema>> create(TokenCursor t, Optional<SourceSpan> span) {
    if (!t.accept("CREATE")) {
      return Optional.empty();
    }
    t.accept("OR", "REPLACE");
    if (t.accept("DEFINER") && !(t.acceptSymbol('=') && SettingGrammar.user(t))) {
      return Optional.empty();
    }
    t.acceptAny("TEMP", "TEMPORARY", "FORCE");
    if (!t.accept("TRIGGER")) {
      return Optional.empty();
    }
    boolean ifNotExists = t.accept("IF", "NOT", "EXISTS");
    Optional<String> name = t.qualifiedName();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String timing = t.accept("INSTEAD", "OF") ? "INSTEAD OF" : t.acceptAny("BEFORE", "AFTER").orElse("BEFORE");
    List<String> events = new ArrayList<>();
    do {
      Optional<String> event = t.acceptAny("INSERT", "UPDATE", "DELETE", "TRUNCATE", "SELECT", "ROLLBACK");
      if (event.isEmpty()) {
        return Optional.empty();
      }
      events.add(event.get());
      if (t.accept("OF") && !names(t)) {
        return Optional.empty();
      }
    } while (t.accept("OR") || t.acceptSymbol(','));
    if (!t.accept("ON")) {
      return Optional.empty();
    }
    Optional<String> table = t.qualifiedName();
    if (table.isEmpty()) {
      return Optional.empty();
    }
    Optional<ObjectPath> function = Optional.empty();
    if (names.dialect() == Dialect.POSTGRESQL) {
      function = postgresClausesAndFunction(t);
      if (function.isEmpty()) {
        return Optional.empty();
      }
    } else if (!clausesAndBody(t)) {
      return Optional.empty();
    }
    ObjectPath tablePath = names.qualified(table.get());
    List<String> nameParts = Names.splitDotted(name.get());
    ObjectPath path = tablePath.child(names.identifier(nameParts.get(nameParts.size() - 1)));
    Trigger trigger = new Trigger(path, tablePath, timing, events, function, span);
    return Optional.of(schema -> ifNotExists && schema.triggers().containsKey(path) ? schema
        : schema.withTrigger(trigger));
  }

  /** FOR EACH ROW, FOLLOWS / PRECEDES, QUEUE, NOWAIT, WHEN (...), then the body. */
  private boolean clausesAndBody(TokenCursor t) {
    Dialect dialect = names.dialect();
    if (t.accept("FOR", "EACH") && t.acceptAny("ROW", "STATEMENT").isEmpty()) {
      return false;
    }
    if (t.acceptAny("FOLLOWS", "PRECEDES").isPresent() && t.name().isEmpty()) {
      return false;
    }
    if (dialect == Dialect.H2) {
      if (t.accept("QUEUE") && !t.number()) {
        return false;
      }
      t.accept("NOWAIT");
      return (t.accept("CALL") || t.accept("AS")) && t.string() && t.atEnd();
    }
    if (t.accept("WHEN")) {
      TypeGrammar.skipUntil(t, Set.of("BEGIN"));
    }
    return dialect == Dialect.SQLITE ? RoutineBodies.block(t, parses, true) : RoutineBodies.body(t, parses);
  }

  /**
   * PostgreSQL's clauses after the table, up to EXECUTE FUNCTION f(...): the function, or empty if the rest is
   * not that.
   */
  private Optional<ObjectPath> postgresClausesAndFunction(TokenCursor t) {
    while (!t.atEnd() && !t.peek("EXECUTE")) {
      boolean clause = StatementGrammar.anyOf(t,
          a -> a.accept("FROM") && a.qualifiedName().isPresent(),
          a -> a.accept("NOT", "DEFERRABLE") || a.accept("DEFERRABLE"),
          a -> a.accept("INITIALLY") && a.acceptAny("DEFERRED", "IMMEDIATE").isPresent(),
          a -> a.accept("REFERENCING") && transitionTables(a),
          a -> (a.accept("FOR", "EACH") || a.accept("FOR")) && a.acceptAny("ROW", "STATEMENT").isPresent(),
          a -> a.accept("WHEN") && a.group());
      if (!clause) {
        return Optional.empty();
      }
    }
    if (!t.accept("EXECUTE") || t.acceptAny("FUNCTION", "PROCEDURE").isEmpty()) {
      return Optional.empty();
    }
    Optional<String> function = t.qualifiedName();
    return function.isPresent() && t.group() ? function.map(names::qualified) : Optional.empty();
  }

  private static boolean transitionTables(TokenCursor t) {
    boolean any = false;
    while (t.acceptAny("OLD", "NEW").isPresent()) {
      if (t.acceptAny("TABLE", "ROW").isEmpty()) {
        return false;
      }
      t.accept("AS");
      if (t.name().isEmpty()) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private boolean names(TokenCursor t) {
    do {
      if (t.name().isEmpty()) {
        return false;
      }
    } while (t.acceptSymbol(',') && !t.peek("ON"));
    return true;
  }

  /** PostgreSQL: ALTER TRIGGER name ON table RENAME TO new | [NO] DEPENDS ON EXTENSION e. */
  private Optional<UnaryOperator<Schema>> alter(TokenCursor t) {
    if (!t.accept("ALTER", "TRIGGER")) {
      return Optional.empty();
    }
    Optional<String> name = t.name();
    if (name.isEmpty() || !t.accept("ON")) {
      return Optional.empty();
    }
    Optional<String> table = t.qualifiedName();
    if (table.isEmpty()) {
      return Optional.empty();
    }
    ObjectPath tablePath = names.qualified(table.get());
    ObjectPath path = tablePath.child(names.identifier(name.get()));
    if (t.accept("RENAME", "TO")) {
      return t.name().map(names::identifier).map(renamed -> schema -> {
        Trigger trigger = schema.triggers().get(path);
        return trigger == null ? schema : schema.withoutTrigger(path).withTrigger(new Trigger(
            tablePath.child(renamed), tablePath, trigger.timing(), trigger.events(), trigger.function(),
            trigger.span()));
      });
    }
    t.accept("NO");
    return t.accept("DEPENDS", "ON", "EXTENSION") && t.name().isPresent()
        ? Optional.of(UnaryOperator.identity()) : Optional.empty();
  }
}
