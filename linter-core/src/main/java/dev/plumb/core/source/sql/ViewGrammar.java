package dev.plumb.core.source.sql;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.View;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * PostgreSQL's ALTER VIEW and ALTER MATERIALIZED VIEW: renames of the view and its columns and moves to
 * another schema change the model; owner, options, column defaults, tablespace and clustering do not.
 */
final class ViewGrammar implements StatementGrammar {

  private final Names names;

  ViewGrammar(Names names) {
    this.names = names;
  }

  @Override
  public Optional<UnaryOperator<Schema>> recognize(TokenCursor tokens, SqlStatement statement) {
    return StatementGrammar.firstWhole(tokens, this::alterView);
  }

  private Optional<UnaryOperator<Schema>> alterView(TokenCursor t) {
    if (!t.accept("ALTER")) {
      return Optional.empty();
    }
    boolean materialized = t.accept("MATERIALIZED");
    if (!t.accept("VIEW")) {
      return Optional.empty();
    }
    t.accept("IF", "EXISTS");
    Optional<String> name = t.qualifiedName();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    ObjectPath path = names.qualified(name.get());
    if (t.accept("RENAME", "TO")) {
      return t.name().map(names::identifier).map(n -> moved(path, path.parent().child(n)));
    }
    if (t.accept("SET", "SCHEMA")) {
      return t.name().map(names::identifier).map(s -> moved(path, ObjectPath.of(s, path.name())));
    }
    if (t.accept("RENAME")) {
      t.accept("COLUMN");
      Optional<String> from = t.name().map(names::identifier);
      Optional<String> to = t.accept("TO") ? t.name().map(names::identifier) : Optional.empty();
      if (from.isEmpty() || to.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(schema -> update(schema, path, v -> new View(v.path(), v.columns().stream()
          .map(c -> c.equals(from.get()) ? to.get() : c).toList(), v.definition(), v.materialized(), v.comment(),
          v.span())));
    }
    boolean unchanged = StatementGrammar.wholeStatement(t,
        a -> a.accept("OWNER", "TO") && a.name().isPresent(),
        a -> (a.accept("SET") || a.accept("RESET")) && a.group(),
        a -> a.accept("ALTER") && columnDefault(a),
        a -> materialized && materializedAction(a));
    return unchanged ? Optional.of(UnaryOperator.identity()) : Optional.empty();
  }

  /** [COLUMN] c SET DEFAULT expr | DROP DEFAULT. */
  private static boolean columnDefault(TokenCursor t) {
    t.accept("COLUMN");
    if (t.name().isEmpty()) {
      return false;
    }
    if (t.accept("DROP", "DEFAULT")) {
      return true;
    }
    return t.accept("SET", "DEFAULT") && t.skipRest();
  }

  private static boolean materializedAction(TokenCursor t) {
    return t.accept("SET", "TABLESPACE") && t.name().isPresent()
        || t.accept("SET", "ACCESS", "METHOD") && t.name().isPresent()
        || t.accept("CLUSTER", "ON") && t.name().isPresent()
        || t.accept("SET", "WITHOUT", "CLUSTER")
        || (t.accept("NO", "DEPENDS") || t.accept("DEPENDS")) && t.accept("ON", "EXTENSION") && t.name().isPresent();
  }

  private static UnaryOperator<Schema> moved(ObjectPath from, ObjectPath to) {
    return schema -> {
      View view = schema.views().get(from);
      return view == null ? schema : schema.withoutView(from).withView(new View(to, view.columns(),
          view.definition(), view.materialized(), view.comment(), view.span()));
    };
  }

  private static Schema update(Schema schema, ObjectPath path, UnaryOperator<View> change) {
    View view = schema.views().get(path);
    return view == null ? schema : schema.withView(change.apply(view));
  }
}
