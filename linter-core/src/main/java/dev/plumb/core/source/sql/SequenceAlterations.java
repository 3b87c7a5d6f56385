package dev.plumb.core.source.sql;

import dev.plumb.core.model.DataType;
import dev.plumb.core.model.DataTypes;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.Sequence;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * ALTER SEQUENCE in full: options (AS, INCREMENT, MINVALUE, MAXVALUE, START, RESTART, CACHE, CYCLE), OWNED BY,
 * RENAME TO, SET SCHEMA, OWNER TO. Read here whether or not JSqlParser accepted the statement, because the
 * parser's reading keeps no ownership and no rename.
 */
final class SequenceAlterations {

  private static final Set<String> OPTION_WORDS = Set.of("AS", "INCREMENT", "MINVALUE", "NO", "NOMINVALUE",
      "MAXVALUE", "NOMAXVALUE", "START", "RESTART", "CACHE", "NOCACHE", "CYCLE", "NOCYCLE", "OWNED");

  private final Names names;

  SequenceAlterations(Names names) {
    this.names = names;
  }

  /** The change of {@code ALTER SEQUENCE ...} read from the cursor's position to the end, or empty. */
  Optional<UnaryOperator<Schema>> read(TokenCursor t) {
    if (!t.accept("ALTER", "SEQUENCE")) {
      return Optional.empty();
    }
    t.accept("IF", "EXISTS");
    Optional<String> name = t.qualifiedName();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    ObjectPath path = names.qualified(name.get());
    Optional<UnaryOperator<Sequence>> change = t.accept("RENAME", "TO")
        ? t.name().map(n -> s -> moved(s, s.path().parent().child(names.identifier(n))))
        : t.accept("SET", "SCHEMA") ? t.name().map(n -> s -> moved(s, ObjectPath.of(names.identifier(n),
            s.path().name())))
        : t.accept("OWNER", "TO") ? t.name().map(n -> UnaryOperator.identity())
        : t.accept("SET", "LOGGED") || t.accept("SET", "UNLOGGED") ? Optional.of(UnaryOperator.identity())
        : options(t);
    if (change.isEmpty() || !t.atEnd()) {
      return Optional.empty();
    }
    return Optional.of(schema -> {
      Sequence sequence = schema.sequences().get(path);
      if (sequence == null) {
        return schema;
      }
      Sequence changed = change.get().apply(sequence);
      return changed.path().equals(path) ? schema.withSequence(changed)
          : schema.withoutSequence(path).withSequence(changed);
    });
  }

  private Optional<UnaryOperator<Sequence>> options(TokenCursor t) {
    UnaryOperator<Sequence> change = UnaryOperator.identity();
    boolean any = false;
    while (!t.atEnd() && OPTION_WORDS.stream().anyMatch(t::peek)) {
      Optional<UnaryOperator<Sequence>> option = option(t);
      if (option.isEmpty()) {
        return Optional.empty();
      }
      UnaryOperator<Sequence> before = change;
      change = s -> option.get().apply(before.apply(s));
      any = true;
    }
    return any ? Optional.of(change) : Optional.empty();
  }

  private Optional<UnaryOperator<Sequence>> option(TokenCursor t) {
    if (t.accept("AS")) {
      int from = t.position();
      while (!t.atEnd() && OPTION_WORDS.stream().noneMatch(t::peek)) {
        t.skip();
      }
      DataType type = DataTypes.of(t.slice(from, t.position()), names.dialect());
      return t.position() == from ? Optional.empty() : Optional.of(s -> with(s, Optional.of(type), s.start(),
          s.increment(), s.maxValue(), s.ownedBy()));
    }
    if (t.accept("INCREMENT")) {
      t.accept("BY");
      return number(t).map(n -> s -> with(s, s.type(), s.start(), Optional.of(n), s.maxValue(), s.ownedBy()));
    }
    if (t.accept("MAXVALUE")) {
      return number(t).map(n -> s -> with(s, s.type(), s.start(), s.increment(), Optional.of(n), s.ownedBy()));
    }
    if (t.accept("NO", "MAXVALUE") || t.accept("NOMAXVALUE")) {
      return Optional.of(s -> with(s, s.type(), s.start(), s.increment(), Optional.empty(), s.ownedBy()));
    }
    if (t.accept("START")) {
      t.accept("WITH");
      return number(t).map(n -> s -> with(s, s.type(), Optional.of(n), s.increment(), s.maxValue(), s.ownedBy()));
    }
    if (t.accept("RESTART")) {
      if (t.accept("WITH")) {
        return number(t).map(n -> UnaryOperator.identity());
      }
      number(t);
      return Optional.of(UnaryOperator.identity());
    }
    if (t.accept("OWNED", "BY")) {
      if (t.accept("NONE")) {
        return Optional.of(s -> with(s, s.type(), s.start(), s.increment(), s.maxValue(), Optional.empty()));
      }
      return t.qualifiedName().flatMap(this::column)
          .map(c -> s -> with(s, s.type(), s.start(), s.increment(), s.maxValue(), Optional.of(c)));
    }
    boolean unchanged = StatementGrammar.anyOf(t, a -> a.accept("MINVALUE") && number(a).isPresent(),
        a -> a.accept("NO", "MINVALUE") || a.accept("NOMINVALUE"), a -> a.accept("CACHE") && number(a).isPresent(),
        a -> a.accept("NOCACHE") || a.accept("NO", "CYCLE") || a.accept("CYCLE") || a.accept("NOCYCLE"));
    return unchanged ? Optional.of(UnaryOperator.identity()) : Optional.empty();
  }

  /** {@code table.column} or {@code schema.table.column}. */
  private Optional<ObjectPath> column(String written) {
    List<String> parts = Names.splitDotted(written);
    if (parts.size() < 2) {
      return Optional.empty();
    }
    ObjectPath table = names.qualified(String.join(".", parts.subList(0, parts.size() - 1)));
    return Optional.of(table.child(names.identifier(parts.get(parts.size() - 1))));
  }

  /** A signed whole number. */
  static Optional<Long> number(TokenCursor t) {
    int start = t.position();
    boolean negative = t.acceptSymbol('-');
    if (!negative) {
      t.acceptSymbol('+');
    }
    int at = t.position();
    if (!t.number() || t.position() != at + 1) {
      t.reset(start);
      return Optional.empty();
    }
    try {
      long value = Long.parseLong(t.token(at));
      return Optional.of(negative ? -value : value);
    } catch (NumberFormatException e) {
      t.reset(start);
      return Optional.empty();
    }
  }

  private static Sequence moved(Sequence s, ObjectPath path) {
    return new Sequence(path, s.type(), s.start(), s.increment(), s.maxValue(), s.ownedBy(), s.span());
  }

  private static Sequence with(Sequence s, Optional<DataType> type, Optional<Long> start, Optional<Long> increment,
      Optional<Long> maxValue, Optional<ObjectPath> ownedBy) {
    return new Sequence(s.path(), type, start, increment, maxValue, ownedBy, s.span());
  }
}
