package dev.plumb.core.source.sql;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Routine;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Routines JSqlParser cannot read: PostgreSQL's event triggers and ALTER FUNCTION / PROCEDURE, and H2's Java
 * aliases. Aliases and renames change the model's routines; event triggers have no place there. MySQL's routines
 * are read by {@link MysqlRoutineGrammar}.
 */
final class RoutineGrammar implements StatementGrammar {

  private final Names names;
  private final RoutineReplay routines;

  RoutineGrammar(Names names) {
    this.names = names;
    this.routines = new RoutineReplay(names);
  }

  @Override
  public Optional<UnaryOperator<Schema>> recognize(TokenCursor tokens, SqlStatement statement) {
    Optional<SourceSpan> span = Optional.of(statement.span());
    Optional<UnaryOperator<Schema>> noEffect = StatementGrammar.noEffectIfAny(tokens, RoutineGrammar::eventTrigger);
    return noEffect.isPresent() ? noEffect
        : StatementGrammar.firstWhole(tokens, this::alterRoutine, t -> h2Alias(t, span));
  }

  /** CREATE / ALTER / DROP EVENT TRIGGER (PostgreSQL). */
  private static boolean eventTrigger(TokenCursor t) {
    String verb = t.acceptAny("CREATE", "ALTER", "DROP").orElse("");
    if (verb.isEmpty() || !t.accept("EVENT", "TRIGGER")) {
      return false;
    }
    if (verb.equals("DROP")) {
      t.accept("IF", "EXISTS");
      boolean named = t.name().isPresent();
      t.acceptAny("CASCADE", "RESTRICT");
      return named;
    }
    if (t.name().isEmpty()) {
      return false;
    }
    if (verb.equals("ALTER")) {
      if (t.accept("ENABLE")) {
        t.acceptAny("REPLICA", "ALWAYS");
        return true;
      }
      return t.accept("DISABLE")
          || t.acceptAny("OWNER", "RENAME").isPresent() && t.accept("TO") && t.name().isPresent();
    }
    if (!t.accept("ON") || t.name().isEmpty()) {
      return false;
    }
    if (t.accept("WHEN")) {
      do {
        if (t.name().isEmpty() || !t.accept("IN") || !t.group()) {
          return false;
        }
      } while (t.accept("AND"));
    }
    return t.accept("EXECUTE") && t.acceptAny("FUNCTION", "PROCEDURE").isPresent()
        && t.qualifiedName().isPresent() && t.group();
  }

  /** ALTER FUNCTION / PROCEDURE / ROUTINE / AGGREGATE name [(arguments)] action; a rename moves the routine. */
  private Optional<UnaryOperator<Schema>> alterRoutine(TokenCursor t) {
    if (!t.accept("ALTER") || t.acceptAny("FUNCTION", "PROCEDURE", "ROUTINE", "AGGREGATE").isEmpty()) {
      return Optional.empty();
    }
    Optional<String> name = t.qualifiedName();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    ObjectPath path = names.qualified(name.get());
    Optional<List<String>> arguments = Optional.empty();
    if (t.peekSymbol('(')) {
      int open = t.position();
      if (!t.group()) {
        return Optional.empty();
      }
      arguments = Optional.of(routines.argumentTypes(words(t, open + 1, t.position() - 1)));
    }
    if (t.accept("RENAME", "TO")) {
      Optional<List<String>> signature = arguments;
      return t.name().map(names::identifier).map(renamed -> schema -> renamed(schema, path, signature,
          path.parent().child(renamed)));
    }
    if (names.dialect().isMysqlFamily()) {
      while (!t.atEnd() && MysqlRoutineGrammar.characteristic(t)) {
        // COMMENT 'x', SQL SECURITY INVOKER, ...
      }
      return t.atEnd() ? Optional.of(UnaryOperator.identity()) : Optional.empty();
    }
    boolean unchanged = StatementGrammar.wholeStatement(t,
        a -> a.accept("OWNER", "TO") && a.name().isPresent(),
        a -> a.accept("SET", "SCHEMA") && a.name().isPresent(),
        a -> (a.accept("NO", "DEPENDS") || a.accept("DEPENDS")) && a.accept("ON", "EXTENSION") && a.name().isPresent(),
        RoutineGrammar::routineActions);
    return unchanged ? Optional.of(UnaryOperator.identity()) : Optional.empty();
  }

  private static boolean routineActions(TokenCursor t) {
    boolean any = false;
    while (!t.atEnd() && !t.peek("RESTRICT")) {
      int start = t.position();
      boolean action = StatementGrammar.anyOf(t,
          a -> (a.accept("EXTERNAL", "SECURITY") || a.accept("SECURITY"))
              && a.acceptAny("DEFINER", "INVOKER").isPresent(),
          a -> a.acceptAny("IMMUTABLE", "STABLE", "VOLATILE", "STRICT", "LEAKPROOF").isPresent()
              || a.accept("NOT", "LEAKPROOF") || a.accept("CALLED", "ON", "NULL", "INPUT")
              || a.accept("RETURNS", "NULL", "ON", "NULL", "INPUT"),
          a -> a.accept("PARALLEL") && a.acceptAny("SAFE", "UNSAFE", "RESTRICTED").isPresent(),
          a -> a.acceptAny("COST", "ROWS").isPresent() && a.number(),
          a -> a.accept("SUPPORT") && a.qualifiedName().isPresent(),
          a -> a.accept("RESET") && (a.accept("ALL") || a.qualifiedName().isPresent()),
          a -> a.peek("SET") && setting(a));
      if (!action) {
        t.reset(start);
        return false;
      }
      any = true;
    }
    t.accept("RESTRICT");
    return any;
  }

  /** SET param TO value, ... | = value | FROM CURRENT, inside ALTER FUNCTION. */
  private static boolean setting(TokenCursor t) {
    t.accept("SET");
    if (t.qualifiedName().isEmpty()) {
      return false;
    }
    if (t.accept("FROM", "CURRENT")) {
      return true;
    }
    if (!t.accept("TO") && !t.acceptSymbol('=')) {
      return false;
    }
    do {
      if (!t.value()) {
        return false;
      }
    } while (t.acceptSymbol(','));
    return true;
  }

  private static Schema renamed(Schema schema, ObjectPath path, Optional<List<String>> arguments, ObjectPath to) {
    Schema result = schema;
    for (Routine routine : schema.routines().values()) {
      boolean matches = routine.path().equals(path)
          && arguments.map(a -> a.equals(routine.argumentTypes())).orElse(true);
      if (matches) {
        result = result.withoutRoutine(routine.signature()).withRoutine(new Routine(to, routine.argumentTypes(),
            routine.returnType(), routine.language(), routine.span()));
      }
    }
    return result;
  }

  /** H2: CREATE ALIAS [IF NOT EXISTS] name [DETERMINISTIC] FOR 'Class.method' | AS 'source'; DROP ALIAS. */
  private Optional<UnaryOperator<Schema>> h2Alias(TokenCursor t, Optional<SourceSpan> span) {
    if (names.dialect() != Dialect.H2) {
      return Optional.empty();
    }
    if (t.accept("DROP", "ALIAS")) {
      t.accept("IF", "EXISTS");
      return t.qualifiedName().map(names::qualified).map(path -> schema -> {
        Schema result = schema;
        for (Routine routine : schema.routines().values()) {
          if (routine.path().equals(path)) {
            result = result.withoutRoutine(routine.signature());
          }
        }
        return result;
      });
    }
    if (!t.accept("CREATE")) {
      return Optional.empty();
    }
    t.accept("FORCE");
    if (!t.accept("ALIAS")) {
      return Optional.empty();
    }
    t.accept("IF", "NOT", "EXISTS");
    Optional<String> name = t.qualifiedName();
    t.accept("DETERMINISTIC");
    if (name.isEmpty() || t.acceptAny("FOR", "AS").isEmpty() || !t.string()) {
      return Optional.empty();
    }
    Routine routine = new Routine(names.qualified(name.get()), List.of(), Optional.empty(), Optional.of("java"),
        span);
    return Optional.of(schema -> schema.withRoutine(routine));
  }

  static List<String> words(TokenCursor t, int from, int to) {
    List<String> words = new ArrayList<>();
    for (int i = from; i < to; i++) {
      words.add(t.token(i));
    }
    return words;
  }
}
