package dev.plumb.core.source.sql;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Schema;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * PostgreSQL objects the model has no place for, in the forms migrations use: aggregates, casts, collations,
 * extended statistics, text search configurations, foreign servers and user mappings, tablespaces, rules,
 * operators, languages; ALTER DATABASE, ALTER SYSTEM and PREPARE. Each is read to its end, options in
 * parentheses taken whole.
 */
final class ServerObjectGrammar implements StatementGrammar {

  private static final String[] DROPPABLE = {"AGGREGATE", "CAST", "COLLATION", "STATISTICS", "SERVER", "TABLESPACE",
      "RULE", "OPERATOR", "LANGUAGE", "CONVERSION"};

  private final Dialect dialect;
  private final Predicate<String> parses;

  /** @param parses whether the SQL parser reads a statement (the one a rule or PREPARE wraps) */
  ServerObjectGrammar(Dialect dialect, Predicate<String> parses) {
    this.dialect = dialect;
    this.parses = parses;
  }

  @Override
  public Optional<UnaryOperator<Schema>> recognize(TokenCursor tokens, SqlStatement statement) {
    if (dialect != Dialect.POSTGRESQL) {
      return Optional.empty();
    }
    return StatementGrammar.noEffectIfAny(tokens, ServerObjectGrammar::aggregate, ServerObjectGrammar::cast,
        ServerObjectGrammar::collation, ServerObjectGrammar::statistics, ServerObjectGrammar::textSearch,
        ServerObjectGrammar::server, ServerObjectGrammar::userMapping, ServerObjectGrammar::tablespace,
        this::rule, ServerObjectGrammar::operator, ServerObjectGrammar::language,
        ServerObjectGrammar::alterDatabase, ServerObjectGrammar::alterSystem, this::prepare,
        ServerObjectGrammar::drop);
  }

  /** CREATE [OR REPLACE] AGGREGATE name (arguments) (options). */
  private static boolean aggregate(TokenCursor t) {
    return create(t, "AGGREGATE") && t.qualifiedName().isPresent() && t.group() && t.group();
  }

  /** CREATE CAST (source AS target) WITH FUNCTION f(args) | WITHOUT FUNCTION | WITH INOUT [AS ASSIGNMENT|IMPLICIT]. */
  private static boolean cast(TokenCursor t) {
    if (!t.accept("CREATE", "CAST") || !t.group()) {
      return false;
    }
    boolean how = t.accept("WITH", "FUNCTION") && t.qualifiedName().isPresent() && (!t.peekSymbol('(') || t.group())
        || t.accept("WITHOUT", "FUNCTION") || t.accept("WITH", "INOUT");
    return how && (!t.accept("AS") || t.acceptAny("ASSIGNMENT", "IMPLICIT").isPresent());
  }

  /** CREATE COLLATION [IF NOT EXISTS] name (options) | FROM existing. */
  private static boolean collation(TokenCursor t) {
    if (!t.accept("CREATE", "COLLATION")) {
      return false;
    }
    t.accept("IF", "NOT", "EXISTS");
    return t.qualifiedName().isPresent() && (t.group() || t.accept("FROM") && t.qualifiedName().isPresent());
  }

  /** CREATE STATISTICS [IF NOT EXISTS] name [(kinds)] ON columns FROM table. */
  private static boolean statistics(TokenCursor t) {
    if (!t.accept("CREATE", "STATISTICS")) {
      return false;
    }
    t.accept("IF", "NOT", "EXISTS");
    if (t.qualifiedName().isEmpty() || t.peekSymbol('(') && !t.group() || !t.accept("ON")) {
      return false;
    }
    do {
      if (!(t.name().isPresent() || t.group())) {
        return false;
      }
    } while (t.acceptSymbol(','));
    return t.accept("FROM") && t.qualifiedName().isPresent();
  }

  /** CREATE TEXT SEARCH CONFIGURATION | DICTIONARY | PARSER | TEMPLATE name (options), and ALTER of them. */
  private static boolean textSearch(TokenCursor t) {
    String verb = t.acceptAny("CREATE", "ALTER").orElse("");
    if (verb.isEmpty() || !t.accept("TEXT", "SEARCH")
        || t.acceptAny("CONFIGURATION", "DICTIONARY", "PARSER", "TEMPLATE").isEmpty() || t.qualifiedName().isEmpty()) {
      return false;
    }
    if (verb.equals("CREATE")) {
      return t.group();
    }
    while (!t.atEnd()) {
      if (!(t.name().isPresent() || t.acceptSymbol(',') || t.acceptSymbol('.') || t.group())) {
        return false;
      }
    }
    return true;
  }

  /** CREATE SERVER [IF NOT EXISTS] name [TYPE 't'] [VERSION 'v'] FOREIGN DATA WRAPPER fdw [OPTIONS (...)]. */
  private static boolean server(TokenCursor t) {
    if (!t.accept("CREATE", "SERVER")) {
      return false;
    }
    t.accept("IF", "NOT", "EXISTS");
    if (t.name().isEmpty() || t.accept("TYPE") && !t.string() || t.accept("VERSION") && !t.string()) {
      return false;
    }
    return t.accept("FOREIGN", "DATA", "WRAPPER") && t.name().isPresent() && options(t);
  }

  /** CREATE USER MAPPING [IF NOT EXISTS] FOR user SERVER name [OPTIONS (...)]. */
  private static boolean userMapping(TokenCursor t) {
    if (!t.accept("CREATE", "USER", "MAPPING")) {
      return false;
    }
    t.accept("IF", "NOT", "EXISTS");
    return t.accept("FOR") && t.name().isPresent() && t.accept("SERVER") && t.name().isPresent() && options(t);
  }

  /** CREATE TABLESPACE name [OWNER role] LOCATION 'dir' [WITH (...)]. */
  private static boolean tablespace(TokenCursor t) {
    if (!t.accept("CREATE", "TABLESPACE") || t.name().isEmpty()) {
      return false;
    }
    if (t.accept("OWNER") && t.name().isEmpty()) {
      return false;
    }
    return t.accept("LOCATION") && t.string() && (!t.accept("WITH") || t.group());
  }

  /** CREATE [OR REPLACE] RULE name AS ON event TO table [WHERE ...] DO [ALSO | INSTEAD] NOTHING | (commands). */
  private boolean rule(TokenCursor t) {
    if (!create(t, "RULE") || t.name().isEmpty() || !t.accept("AS", "ON")
        || t.acceptAny("SELECT", "INSERT", "UPDATE", "DELETE").isEmpty() || !t.accept("TO")
        || t.qualifiedName().isEmpty()) {
      return false;
    }
    if (t.accept("WHERE")) {
      TypeGrammar.skipUntil(t, Set.of("DO"));
    }
    if (!t.accept("DO")) {
      return false;
    }
    t.acceptAny("ALSO", "INSTEAD");
    if (t.accept("NOTHING")) {
      return true;
    }
    int open = t.position();
    if (t.group()) {
      return parses.test(t.slice(open + 1, t.position() - 1));
    }
    return wrapped(t);
  }

  /** The rest of the statement, a statement of its own that the parser reads. */
  private boolean wrapped(TokenCursor t) {
    int from = t.position();
    return t.skipRest() && parses.test(t.slice(from, t.size()));
  }

  /** CREATE OPERATOR name (options); CREATE OPERATOR CLASS | FAMILY ... (read to the end). */
  private static boolean operator(TokenCursor t) {
    if (!t.accept("CREATE", "OPERATOR")) {
      return false;
    }
    if (t.acceptAny("CLASS", "FAMILY").isPresent()) {
      return t.qualifiedName().isPresent() && t.skipRest();
    }
    while (!t.atEnd() && !t.peekSymbol('(')) {
      t.skip();
    }
    return t.group();
  }

  /** CREATE [OR REPLACE] [TRUSTED] [PROCEDURAL] LANGUAGE name [HANDLER h] [INLINE i] [VALIDATOR v]. */
  private static boolean language(TokenCursor t) {
    if (!t.accept("CREATE")) {
      return false;
    }
    t.accept("OR", "REPLACE");
    t.accept("TRUSTED");
    t.accept("PROCEDURAL");
    if (!t.accept("LANGUAGE") || t.name().isEmpty()) {
      return false;
    }
    while (t.acceptAny("HANDLER", "INLINE", "VALIDATOR").isPresent()) {
      if (t.qualifiedName().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** ALTER DATABASE name SET param TO value | RESET param | OWNER TO | RENAME TO | [WITH] CONNECTION LIMIT n ... */
  private static boolean alterDatabase(TokenCursor t) {
    if (!t.accept("ALTER", "DATABASE") || t.name().isEmpty()) {
      return false;
    }
    if (t.peek("SET") || t.peek("RESET")) {
      return SettingGrammar.setting(t, Dialect.POSTGRESQL);
    }
    if (t.acceptAny("OWNER", "RENAME").isPresent()) {
      return t.accept("TO") && t.name().isPresent();
    }
    t.accept("WITH");
    while (!t.atEnd()) {
      if (!(t.name().isPresent() || t.value())) {
        return false;
      }
    }
    return true;
  }

  /** ALTER SYSTEM SET param TO value | RESET param | RESET ALL. */
  private static boolean alterSystem(TokenCursor t) {
    return t.accept("ALTER", "SYSTEM") && SettingGrammar.setting(t, Dialect.POSTGRESQL);
  }

  /** PREPARE name [(types)] AS statement. */
  private boolean prepare(TokenCursor t) {
    if (!t.accept("PREPARE") || t.name().isEmpty() || t.peekSymbol('(') && !t.group()) {
      return false;
    }
    return t.accept("AS") && wrapped(t);
  }

  /** DROP of the kinds above: DROP kind [IF EXISTS] name [(arguments) | ON table] ..., [CASCADE | RESTRICT]. */
  private static boolean drop(TokenCursor t) {
    if (!t.accept("DROP")) {
      return false;
    }
    boolean kind = t.acceptAny(DROPPABLE).isPresent() || t.accept("TEXT", "SEARCH")
        && t.acceptAny("CONFIGURATION", "DICTIONARY", "PARSER", "TEMPLATE").isPresent()
        || t.accept("USER", "MAPPING");
    if (!kind) {
      return false;
    }
    t.accept("IF", "EXISTS");
    do {
      if (t.accept("FOR")) {
        if (t.name().isEmpty() || !t.accept("SERVER") || t.name().isEmpty()) {
          return false;
        }
      } else if (t.peekSymbol('(')) {
        t.group();
      } else {
        while (!t.atEnd() && !t.peekSymbol(',') && !t.peekSymbol('(') && !t.peek("ON") && !t.peek("CASCADE")
            && !t.peek("RESTRICT")) {
          t.skip();
        }
        if (t.peekSymbol('(')) {
          t.group();
        }
        if (t.accept("ON") && t.qualifiedName().isEmpty()) {
          return false;
        }
      }
    } while (t.acceptSymbol(','));
    t.acceptAny("CASCADE", "RESTRICT");
    return true;
  }

  private static boolean create(TokenCursor t, String kind) {
    if (!t.accept("CREATE")) {
      return false;
    }
    t.accept("OR", "REPLACE");
    return t.accept(kind);
  }

  private static boolean options(TokenCursor t) {
    return !t.accept("OPTIONS") || t.group();
  }
}
