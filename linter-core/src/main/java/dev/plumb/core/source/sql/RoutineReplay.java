package dev.plumb.core.source.sql;

import dev.plumb.core.model.DataType;
import dev.plumb.core.model.DataTypes;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Routine;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.Trigger;
import dev.plumb.core.model.migration.ObjectKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.CreateFunctionalStatement;
import net.sf.jsqlparser.statement.create.trigger.CreateTrigger;

/**
 * CREATE FUNCTION / PROCEDURE and CREATE TRIGGER. JSqlParser does not parse routine headers; it hands back the
 * header as tokens ({@code name ( a integer , b text ) RETURNS trigger LANGUAGE plpgsql AS <body>}), which is
 * enough to read the name, the argument types, the return type and the language. Best effort: unusual headers
 * give a routine without return type or language rather than an error.
 */
final class RoutineReplay {

  /** Words that start a type of more than one word, so an unnamed argument's first word is not its name. */
  private static final Set<String> MULTI_WORD_TYPES = Set.of("double", "character", "char", "national", "bit",
      "timestamp", "time", "interval");
  private static final Set<String> ARGUMENT_MODES = Set.of("in", "out", "inout", "variadic");
  private static final Set<String> AFTER_RETURN_TYPE = Set.of("language", "as", "immutable", "stable", "volatile",
      "strict", "security", "cost", "rows", "parallel", "set", "window", "called", "leakproof", "not", "begin",
      "return", "support", "transform", "external", "deterministic", "no", "reads", "modifies", "contains",
      "comment", "sql");

  private static final Pattern OR_REPLACE = Pattern.compile("CREATE\\s+OR\\s+REPLACE\\b",
      Pattern.CASE_INSENSITIVE);

  private final Names names;

  RoutineReplay(Names names) {
    this.names = names;
  }

  Schema createRoutine(Schema schema, CreateFunctionalStatement create, WrittenStatement written,
                       StatementEvents events) {
    Optional<SourceSpan> span = written.span();
    List<String> parts = create.getFunctionDeclarationParts();
    if (parts == null || parts.isEmpty()) {
      return schema;
    }
    ObjectPath path = names.qualified(parts.get(0));
    int open = parts.indexOf("(");
    int close = open < 0 ? -1 : closing(parts, open);
    List<String> argumentTypes = close < 0 ? List.of() : argumentTypes(parts.subList(open + 1, close));
    List<String> rest = close < 0 ? parts.subList(1, parts.size()) : parts.subList(close + 1, parts.size());
    Routine routine = new Routine(path, argumentTypes, returnType(rest), language(rest), span);
    events.created(ObjectKind.FUNCTION, path, span, OR_REPLACE.matcher(written.text()).lookingAt(),
        schema.routines().containsKey(routine.signature()));
    return schema.withRoutine(routine);
  }

  /**
   * The trigger's table must exist (or a view, for INSTEAD OF triggers), and so must the function it executes,
   * by name: a trigger function takes no declared arguments.
   */
  Schema createTrigger(Schema schema, CreateTrigger create, WrittenStatement written, StatementEvents events) {
    Optional<SourceSpan> span = written.span();
    if (create.getTrigger() == null || create.getTable() == null) {
      return schema;
    }
    ObjectPath table = names.path(create.getTable());
    ObjectPath path = table.child(names.identifier(create.getTrigger().getName()));
    boolean onRelation = References.relation(schema, table, "ON", written, "given trigger " + path.name(), events);
    if (onRelation) {
      events.created(ObjectKind.TRIGGER, path, span, create.isOrReplace(), schema.triggers().containsKey(path));
    }
    String timing = create.getTiming() == null ? "" : create.getTiming().name().replace('_', ' ');
    List<String> firedBy = create.getEvents() == null || create.getEvents().isEmpty()
        ? Optional.ofNullable(create.getEvent()).map(e -> List.of(e.name())).orElse(List.of())
        : create.getEvents().stream().map(e -> e.getEvent().name()).toList();
    Optional<String> called = Optional.ofNullable(create.getRoutine()).map(r -> r.getName());
    Optional<ObjectPath> function = called.map(names::qualified);
    // A name written without its schema is found through the search path, which the replay does not follow.
    boolean anySchema = called.filter(n -> Names.splitDotted(n).size() == 1).isPresent();
    // Trigger functions take no arguments, so the signature lookup finds nearly every one; only a miss scans.
    function.filter(f -> !schema.routines().containsKey(f + "()"))
        .filter(f -> schema.routines().values().stream().noneMatch(r -> anySchema
            ? r.path().name().equals(f.name()) : r.path().equals(f)))
        .ifPresent(f -> events.unresolved(ObjectKind.FUNCTION, f, written.nameSpanAfter("EXECUTE", f.name(),
            written.span()), "executed by trigger " + path.name()));
    return onRelation ? schema.withTrigger(new Trigger(path, table, timing, firedBy, function, span)) : schema;
  }

  /** The types of the arguments PostgreSQL identifies a routine by: OUT arguments and type modifiers left out. */
  List<String> argumentTypes(List<String> tokens) {
    List<String> types = new ArrayList<>();
    for (List<String> argument : splitOnCommas(tokens)) {
      List<String> words = new ArrayList<>(argument);
      String mode = words.isEmpty() ? "" : words.get(0).toLowerCase(Locale.ROOT);
      if (ARGUMENT_MODES.contains(mode)) {
        words.remove(0);
      }
      if (mode.equals("out") || words.isEmpty()) {
        continue;
      }
      int defaultAt = indexOfAny(words, Set.of("default", "="));
      if (defaultAt >= 0) {
        words = new ArrayList<>(words.subList(0, defaultAt));
      }
      boolean named = words.size() > 1 && !MULTI_WORD_TYPES.contains(words.get(0).toLowerCase(Locale.ROOT));
      String typeText = String.join(" ", named ? words.subList(1, words.size()) : words);
      if (!typeText.isBlank()) {
        types.add(signatureType(typeText));
      }
    }
    return types;
  }

  String signatureType(String written) {
    DataType type = DataTypes.of(written, names.dialect());
    return DataType.of(type.name()).asArray(type.arrayDimensions()).toSql();
  }

  private Optional<String> returnType(List<String> tokens) {
    int returns = indexOfAny(tokens, Set.of("returns"));
    if (returns < 0 || returns + 1 >= tokens.size()) {
      return Optional.empty();
    }
    String first = tokens.get(returns + 1);
    if (first.equalsIgnoreCase("table")) {
      int open = returns + 2;
      int close = open < tokens.size() && tokens.get(open).equals("(") ? closing(tokens, open) : -1;
      return close < 0 ? Optional.of("TABLE")
          : Optional.of("TABLE(" + String.join(" ", tokens.subList(open + 1, close)).replace(" ,", ",") + ")");
    }
    boolean setOf = first.equalsIgnoreCase("setof");
    List<String> words = new ArrayList<>();
    for (int i = returns + (setOf ? 2 : 1); i < tokens.size(); i++) {
      if (AFTER_RETURN_TYPE.contains(tokens.get(i).toLowerCase(Locale.ROOT))) {
        break;
      }
      words.add(tokens.get(i));
    }
    if (words.isEmpty()) {
      return Optional.empty();
    }
    String type = DataTypes.of(String.join(" ", words), names.dialect()).toSql();
    return Optional.of(setOf ? "SETOF " + type : type);
  }

  private static Optional<String> language(List<String> tokens) {
    int language = indexOfAny(tokens, Set.of("language"));
    if (language < 0 || language + 1 >= tokens.size()) {
      return Optional.empty();
    }
    return Optional.of(tokens.get(language + 1).replace("'", "").replace("\"", "").toLowerCase(Locale.ROOT));
  }

  private static List<List<String>> splitOnCommas(List<String> tokens) {
    List<List<String>> arguments = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int depth = 0;
    for (String token : tokens) {
      if (token.equals("(") || token.equals("[")) {
        depth++;
      } else if (token.equals(")") || token.equals("]")) {
        depth--;
      } else if (token.equals(",") && depth == 0) {
        arguments.add(current);
        current = new ArrayList<>();
        continue;
      }
      current.add(token);
    }
    if (!current.isEmpty()) {
      arguments.add(current);
    }
    return arguments;
  }

  private static int closing(List<String> tokens, int open) {
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      if (tokens.get(i).equals("(")) {
        depth++;
      } else if (tokens.get(i).equals(")") && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOfAny(List<String> tokens, Set<String> lowerCaseWords) {
    for (int i = 0; i < tokens.size(); i++) {
      if (lowerCaseWords.contains(tokens.get(i).toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    return -1;
  }
}
