package dev.plumb.core.source.sql;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.View;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@code COMMENT ON <object> IS '...'} for every kind of object PostgreSQL and H2 accept. The model keeps the
 * comments of tables, columns and views; on the other kinds the statement is understood and changes nothing.
 */
final class CommentGrammar implements StatementGrammar {

  private static final String[] NAMED_KINDS = {"INDEX", "SEQUENCE", "TYPE", "DOMAIN", "SCHEMA", "EXTENSION", "ROLE",
      "DATABASE", "TABLESPACE", "LANGUAGE", "PUBLICATION", "SUBSCRIPTION", "SERVER", "COLLATION", "CONVERSION",
      "STATISTICS", "ALIAS", "CONSTANT", "USER", "TRIGGER"};
  private static final String[] ROUTINE_KINDS = {"FUNCTION", "PROCEDURE", "ROUTINE", "AGGREGATE"};
  private static final String[] KINDS_ON_TABLE = {"POLICY", "RULE", "CONSTRAINT", "TRIGGER"};

  private final Names names;

  CommentGrammar(Names names) {
    this.names = names;
  }

  @Override
  public Optional<UnaryOperator<Schema>> recognize(TokenCursor tokens, SqlStatement statement) {
    return StatementGrammar.firstWhole(tokens, this::comment);
  }

  private Optional<UnaryOperator<Schema>> comment(TokenCursor t) {
    if (!t.accept("COMMENT", "ON")) {
      return Optional.empty();
    }
    Optional<Target> target = target(t);
    if (target.isEmpty() || !t.accept("IS")) {
      return Optional.empty();
    }
    Optional<String> text = t.stringValue();
    if (text.isEmpty() && !t.accept("NULL")) {
      return Optional.empty();
    }
    return Optional.of(schema -> target.get().apply(schema, text));
  }

  /** What the comment is on, and how the model keeps it. */
  private interface Target {

    Schema apply(Schema schema, Optional<String> text);
  }

  private Optional<Target> target(TokenCursor t) {
    if (t.accept("TABLE") || t.accept("FOREIGN", "TABLE")) {
      return t.qualifiedName().map(names::qualified)
          .map(path -> (schema, text) -> schema.updateTable(path, table -> table.withComment(text)));
    }
    if (t.accept("VIEW") || t.accept("MATERIALIZED", "VIEW")) {
      return t.qualifiedName().map(names::qualified).map(path -> (schema, text) -> {
        View view = schema.views().get(path);
        return view == null ? schema : schema.withView(view.withComment(text));
      });
    }
    if (t.accept("COLUMN")) {
      return t.qualifiedName().flatMap(this::column);
    }
    if (t.acceptAny(ROUTINE_KINDS).isPresent()) {
      return t.qualifiedName().isPresent() && (!t.peekSymbol('(') || t.group()) ? Optional.of(unchanged())
          : Optional.empty();
    }
    int start = t.position();
    if (t.acceptAny(KINDS_ON_TABLE).isPresent() && t.name().isPresent() && t.accept("ON")) {
      t.accept("DOMAIN");
      return t.qualifiedName().map(n -> unchanged());
    }
    t.reset(start);
    boolean kind = StatementGrammar.anyOf(t,
        a -> a.accept("EVENT", "TRIGGER") || a.accept("FOREIGN", "DATA", "WRAPPER") || a.accept("ACCESS", "METHOD")
            || a.accept("PROCEDURAL", "LANGUAGE"),
        a -> a.accept("TEXT", "SEARCH") && a.acceptAny("CONFIGURATION", "DICTIONARY", "PARSER", "TEMPLATE").isPresent(),
        a -> a.acceptAny(NAMED_KINDS).isPresent());
    return kind ? t.qualifiedName().map(n -> unchanged()) : Optional.empty();
  }

  /** {@code table.column} or {@code schema.table.column}. */
  private Optional<Target> column(String written) {
    List<String> parts = Names.splitDotted(written);
    if (parts.size() < 2) {
      return Optional.empty();
    }
    String column = names.identifier(parts.get(parts.size() - 1));
    ObjectPath table = names.qualified(String.join(".", parts.subList(0, parts.size() - 1)));
    return Optional.of((schema, text) -> schema.updateTable(table,
        t -> t.updateColumn(column, c -> c.withComment(text))));
  }

  private static Target unchanged() {
    return (schema, text) -> schema;
  }
}
