package dev.plumb.core.source.sql;

import dev.plumb.core.model.DataTypes;
import dev.plumb.core.model.Routine;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * MySQL's and MariaDB's procedures and functions (into the model, with their argument and return types),
 * scheduled events and MariaDB's anonymous {@code BEGIN NOT ATOMIC} block. JSqlParser keeps their bodies as
 * loose words; here a body must be a block whose statements have the compound-statement shape
 * ({@link RoutineBodies}) or one statement the parser reads.
 */
final class MysqlRoutineGrammar implements StatementGrammar {

  private static final Set<String> CHARACTERISTICS = Set.of("COMMENT", "LANGUAGE", "NOT", "DETERMINISTIC",
      "CONTAINS", "NO", "READS", "MODIFIES", "SQL", "BEGIN", "RETURN");

  private final Names names;
  private final Predicate<String> parses;
  private final RoutineReplay routines;

  MysqlRoutineGrammar(Names names, Predicate<String> parses) {
    this.names = names;
    this.parses = parses;
    this.routines = new RoutineReplay(names);
  }

  @Override
  public Optional<UnaryOperator<Schema>> recognize(TokenCursor tokens, SqlStatement statement) {
    if (!names.dialect().isMysqlFamily()) {
      return Optional.empty();
    }
    Optional<SourceSpan> span = Optional.of(statement.span());
    Optional<UnaryOperator<Schema>> noEffect = StatementGrammar.noEffectIfAny(tokens, this::scheduledEvent,
        t -> RoutineBodies.block(t, parses, false));
    return noEffect.isPresent() ? noEffect : StatementGrammar.firstWhole(tokens, t -> routine(t, span));
  }

  /** MySQL's CREATE / ALTER / DROP EVENT. */
  private boolean scheduledEvent(TokenCursor t) {
    String verb = t.acceptAny("CREATE", "ALTER", "DROP").orElse("");
    if (verb.isEmpty()) {
      return false;
    }
    if (t.accept("DEFINER") && !(t.acceptSymbol('=') && SettingGrammar.user(t))) {
      return false;
    }
    if (!t.accept("EVENT")) {
      return false;
    }
    t.accept(verb.equals("CREATE") ? new String[] {"IF", "NOT", "EXISTS"} : new String[] {"IF", "EXISTS"});
    if (t.qualifiedName().isEmpty()) {
      return false;
    }
    if (verb.equals("DROP")) {
      return true;
    }
    while (!t.atEnd() && !t.peek("DO")) {
      if (t.accept("RENAME", "TO") && t.qualifiedName().isEmpty()) {
        return false;
      }
      t.skip();
    }
    return t.atEnd() ? verb.equals("ALTER") : t.accept("DO") && RoutineBodies.body(t, parses);
  }

  /** MySQL / MariaDB: CREATE [DEFINER=...] PROCEDURE | FUNCTION name (params) [RETURNS type] ... body. */
  private Optional<UnaryOperator<Schema>> routine(TokenCursor t, Optional<SourceSpan> span) {
    if (!t.accept("CREATE")) {
      return Optional.empty();
    }
    t.accept("OR", "REPLACE");
    if (t.accept("DEFINER") && !(t.acceptSymbol('=') && SettingGrammar.user(t))) {
      return Optional.empty();
    }
    boolean function = t.accept("FUNCTION");
    if (!function && !t.accept("PROCEDURE")) {
      return Optional.empty();
    }
    t.accept("IF", "NOT", "EXISTS");
    Optional<String> name = t.qualifiedName();
    int open = t.position();
    if (name.isEmpty() || !t.group()) {
      return Optional.empty();
    }
    List<String> argumentTypes = routines.argumentTypes(RoutineGrammar.words(t, open + 1, t.position() - 1));
    Optional<String> returnType = Optional.empty();
    if (function) {
      if (!t.accept("RETURNS")) {
        return Optional.empty();
      }
      int from = t.position();
      TypeGrammar.skipUntil(t, CHARACTERISTICS);
      returnType = Optional.of(t.slice(from, t.position())).filter(r -> !r.isEmpty())
          .map(r -> DataTypes.of(r, names.dialect()).toSql());
      if (returnType.isEmpty()) {
        return Optional.empty();
      }
    }
    while (!t.atEnd() && !t.peek("BEGIN") && !t.peek("RETURN") && characteristic(t)) {
      // COMMENT 'x', [NOT] DETERMINISTIC, READS SQL DATA, SQL SECURITY INVOKER, ...
    }
    if (!RoutineBodies.body(t, parses)) {
      return Optional.empty();
    }
    Routine routine = new Routine(names.qualified(name.get()), argumentTypes, returnType, Optional.of("sql"), span);
    return Optional.of(schema -> schema.withRoutine(routine));
  }

  /** COMMENT 'x', [NOT] DETERMINISTIC, READS SQL DATA, SQL SECURITY INVOKER, ... */
  static boolean characteristic(TokenCursor t) {
    return StatementGrammar.anyOf(t, a -> a.accept("COMMENT") && a.string(),
        a -> a.accept("LANGUAGE", "SQL") || a.accept("NOT", "DETERMINISTIC") || a.accept("DETERMINISTIC")
            || a.accept("CONTAINS", "SQL") || a.accept("NO", "SQL") || a.accept("READS", "SQL", "DATA")
            || a.accept("MODIFIES", "SQL", "DATA"),
        a -> a.accept("SQL", "SECURITY") && a.acceptAny("DEFINER", "INVOKER").isPresent());
  }
}
