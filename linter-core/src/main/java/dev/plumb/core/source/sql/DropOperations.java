package dev.plumb.core.source.sql;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.operation.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code DROP <object> [IF EXISTS] a, b [CASCADE]} for every object but an index: tables, views, schemas,
 * databases, types, routines with their argument lists, triggers and policies {@code ON} a table. Objects without
 * a plain name (casts, operators, user mappings) and those {@link StatementVerb} cannot name reliably (MySQL's
 * {@code DROP EVENT e}, {@code DROP USER u} read as three-word verbs) give no operation.
 */
final class DropOperations implements OperationGrammar {

  /** Where a dropped object's name lives. */
  private enum Namespace {
    /** In a schema: {@code public.orders}. */
    SCHEMA,
    /** On its own: a schema, a database, an extension. */
    OWN,
    /** Under a table when written {@code name ON table}, as the model keeps triggers; in a schema otherwise. */
    TABLE
  }

  private static final Map<String, Namespace> OBJECTS = Map.ofEntries(
      Map.entry("TABLE", Namespace.SCHEMA), Map.entry("VIEW", Namespace.SCHEMA),
      Map.entry("MATERIALIZED VIEW", Namespace.SCHEMA), Map.entry("FOREIGN TABLE", Namespace.SCHEMA),
      Map.entry("SEQUENCE", Namespace.SCHEMA), Map.entry("TYPE", Namespace.SCHEMA),
      Map.entry("DOMAIN", Namespace.SCHEMA), Map.entry("FUNCTION", Namespace.SCHEMA),
      Map.entry("PROCEDURE", Namespace.SCHEMA), Map.entry("ROUTINE", Namespace.SCHEMA),
      Map.entry("AGGREGATE", Namespace.SCHEMA), Map.entry("COLLATION", Namespace.SCHEMA),
      Map.entry("CONVERSION", Namespace.SCHEMA), Map.entry("STATISTICS", Namespace.SCHEMA),
      Map.entry("ALIAS", Namespace.SCHEMA), Map.entry("SYNONYM", Namespace.SCHEMA),
      Map.entry("CONSTANT", Namespace.SCHEMA), Map.entry("TEXT SEARCH", Namespace.SCHEMA),
      Map.entry("TRIGGER", Namespace.TABLE), Map.entry("POLICY", Namespace.TABLE),
      Map.entry("RULE", Namespace.TABLE),
      Map.entry("SCHEMA", Namespace.OWN), Map.entry("DATABASE", Namespace.OWN),
      Map.entry("EXTENSION", Namespace.OWN), Map.entry("ROLE", Namespace.OWN), Map.entry("GROUP", Namespace.OWN),
      Map.entry("TABLESPACE", Namespace.OWN), Map.entry("LANGUAGE", Namespace.OWN),
      Map.entry("SERVER", Namespace.OWN), Map.entry("PUBLICATION", Namespace.OWN),
      Map.entry("SUBSCRIPTION", Namespace.OWN), Map.entry("EVENT TRIGGER", Namespace.OWN),
      Map.entry("FOREIGN DATA", Namespace.OWN), Map.entry("ACCESS METHOD", Namespace.OWN));

  /** The object kinds as words, longest first, so MATERIALIZED VIEW is tried before VIEW. */
  private static final List<String[]> OBJECT_WORDS = OBJECTS.keySet().stream().map(object -> object.split(" "))
      .sorted(Comparator.comparingInt((String[] words) -> words.length).reversed()).toList();

  private final Set<String> verbs = OBJECTS.keySet().stream().map(object -> "DROP " + object)
      .collect(Collectors.toUnmodifiableSet());

  @Override
  public Set<String> verbs() {
    return verbs;
  }

  @Override
  public List<Operation> read(OperationSource source) {
    TokenCursor t = source.tokens();
    if (!t.accept("DROP")) {
      return List.of();
    }
    // MySQL's DROP TEMPORARY TABLE, PostgreSQL's DROP PROCEDURAL LANGUAGE: the object is what follows.
    t.acceptAny("TEMPORARY", "TEMP", "PROCEDURAL");
    Optional<String> object = object(t);
    if (object.isEmpty()) {
      return List.of();
    }
    Namespace namespace = OBJECTS.get(object.get());
    String objectType = object.get();
    // TEXT SEARCH CONFIGURATION, FOREIGN DATA WRAPPER: the third word says which.
    if (objectType.equals("TEXT SEARCH") || objectType.equals("FOREIGN DATA")) {
      Optional<String> last = t.name();
      if (last.isEmpty()) {
        return List.of();
      }
      objectType = objectType + " " + last.get().toUpperCase(Locale.ROOT);
    }
    boolean ifExists = t.accept("IF", "EXISTS");
    Optional<List<ObjectPath>> names = names(source, namespace);
    if (names.isEmpty()) {
      return List.of();
    }
    boolean cascade = t.accept("CASCADE");
    return List.of(new Operation.Drop(objectType, names.get(), ifExists, cascade, source.span()));
  }

  private static Optional<String> object(TokenCursor t) {
    for (String[] words : OBJECT_WORDS) {
      if (t.accept(words)) {
        return Optional.of(String.join(" ", words));
      }
    }
    return Optional.empty();
  }

  private static Optional<List<ObjectPath>> names(OperationSource source, Namespace namespace) {
    TokenCursor t = source.tokens();
    List<ObjectPath> names = new ArrayList<>();
    do {
      Optional<String> written = namespace == Namespace.OWN ? t.name() : t.qualifiedName();
      if (written.isEmpty()) {
        return Optional.empty();
      }
      if (t.peekSymbol('(') && !t.group()) {
        return Optional.empty();
      }
      names.add(path(source, namespace, written.get()));
    } while (t.acceptSymbol(','));
    return Optional.of(names);
  }

  private static ObjectPath path(OperationSource source, Namespace namespace, String written) {
    TokenCursor t = source.tokens();
    if (namespace == Namespace.OWN) {
      return ObjectPath.of(source.identifier(written));
    }
    if (namespace == Namespace.TABLE && t.accept("ON")) {
      Optional<String> table = t.qualifiedName();
      if (table.isPresent()) {
        return source.path(table.get()).child(source.identifier(written));
      }
    }
    return source.path(written);
  }
}
