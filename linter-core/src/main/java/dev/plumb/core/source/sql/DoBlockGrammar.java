package dev.plumb.core.source.sql;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * PostgreSQL's {@code DO $$ ... $$}. A block that is only statements, such as Drizzle's
 * {@code DO $$ BEGIN CREATE TYPE ...; EXCEPTION WHEN duplicate_object THEN null; END $$}, is replayed statement by
 * statement, so the types and constraints it creates are in the model; with a duplicate_object handler a
 * statement that would create what exists already is skipped, as the handler would swallow its error. So is a
 * statement under {@code IF NOT EXISTS (SELECT ...) THEN ... END IF}, the other usual guard of a create. A block
 * with variables or other control flow changes nothing the replay can follow and is understood without a change.
 */
final class DoBlockGrammar implements StatementGrammar {

  private static final Set<String> DUPLICATE_CONDITIONS = Set.of("DUPLICATE_OBJECT", "DUPLICATE_TABLE",
      "DUPLICATE_COLUMN", "DUPLICATE_SCHEMA", "DUPLICATE_FUNCTION", "DUPLICATE_DATABASE");
  private static final Set<String> CONTROL_FLOW = Set.of("IF", "FOR", "FOREACH", "LOOP", "WHILE", "BEGIN", "DECLARE",
      "PERFORM", "RAISE", "EXECUTE", "RETURN", "CASE", "GET", "ASSERT", "EXIT", "CONTINUE", "NULL", "CALL");

  private final Names names;
  private final Function<SqlStatement, Optional<UnaryOperator<Schema>>> understand;

  /** @param understand reads one statement of the block the way the replay reads a statement of a file */
  DoBlockGrammar(Names names, Function<SqlStatement, Optional<UnaryOperator<Schema>>> understand) {
    this.names = names;
    this.understand = understand;
  }

  @Override
  public Optional<UnaryOperator<Schema>> recognize(TokenCursor t, SqlStatement statement) {
    if (names.dialect() != Dialect.POSTGRESQL || !t.accept("DO")) {
      return Optional.empty();
    }
    boolean plpgsql = true;
    if (t.accept("LANGUAGE")) {
      plpgsql = t.name().filter(l -> l.equalsIgnoreCase("plpgsql")).isPresent();
    }
    int body = t.position();
    if (!t.string()) {
      return Optional.empty();
    }
    if (t.accept("LANGUAGE")) {
      plpgsql = t.name().filter(l -> l.equalsIgnoreCase("plpgsql")).isPresent();
    }
    if (!t.atEnd()) {
      return Optional.empty();
    }
    Optional<UnaryOperator<Schema>> replayed = plpgsql ? replayed(statement, t, body) : Optional.empty();
    return Optional.of(replayed.orElse(UnaryOperator.identity()));
  }

  /** The block's statements replayed in order, or empty if the block is more than statements. */
  private Optional<UnaryOperator<Schema>> replayed(SqlStatement statement, TokenCursor t, int bodyToken) {
    String quoted = t.token(bodyToken);
    int tagLength = quoted.indexOf('$', 1) + 1;
    if (!quoted.startsWith("$") || tagLength <= 0) {
      return Optional.empty();
    }
    int contentStart = t.start(bodyToken) + tagLength;
    String content = quoted.substring(tagLength, quoted.length() - tagLength);
    TokenCursor block = TokenCursor.of(content, t.syntax());
    if (!block.accept("BEGIN")) {
      return Optional.empty();
    }
    List<int[]> ranges = new ArrayList<>();
    int from = block.position();
    while (!block.atEnd() && !block.peek("EXCEPTION") && !(block.peek("END") && !block.peek("END", "IF"))) {
      if (block.acceptSymbol(';')) {
        ranges.add(new int[] {from, block.position() - 1});
        from = block.position();
      } else if (!block.group() && !block.skip()) {
        return Optional.empty();
      }
    }
    if (from != block.position()) {
      return Optional.empty();
    }
    boolean guarded = false;
    if (block.accept("EXCEPTION")) {
      Optional<Boolean> handlers = handlers(block);
      if (handlers.isEmpty()) {
        return Optional.empty();
      }
      guarded = handlers.get();
    }
    if (!block.accept("END")) {
      return Optional.empty();
    }
    block.acceptSymbol(';');
    if (!block.atEnd() || ranges.isEmpty()) {
      return Optional.empty();
    }
    List<UnaryOperator<Schema>> changes = new ArrayList<>();
    boolean inIf = false;
    for (int[] range : ranges) {
      int first = range[0];
      if (block.isWord(first, "END") && block.isWord(first + 1, "IF") && range[1] == first + 2 && inIf) {
        inIf = false;
        continue;
      }
      if (block.isWord(first, "IF") && !inIf) {
        // IF NOT EXISTS (SELECT ... ) THEN CREATE ...: the usual guard of a create, replayed as one that skips
        // what exists already.
        first = then(block, first, range[1]);
        inIf = true;
      }
      int start = first;
      if (start < 0 || range[1] <= start || CONTROL_FLOW.stream().anyMatch(w -> block.isWord(start, w))) {
        return Optional.empty();
      }
      SqlStatement inner = NestedStatements.part(statement, contentStart + block.start(start),
          contentStart + block.end(range[1] - 1));
      Optional<UnaryOperator<Schema>> change = understand.apply(inner);
      if (change.isEmpty()) {
        return Optional.empty();
      }
      changes.add(guarded || inIf ? DuplicateGuard.skippingDuplicates(inner, change.get(), names) : change.get());
    }
    if (inIf) {
      return Optional.empty();
    }
    return Optional.of(schema -> {
      Schema result = schema;
      for (UnaryOperator<Schema> change : changes) {
        result = change.apply(result);
      }
      return result;
    });
  }

  /** The token after the THEN of {@code IF condition THEN}, or -1. */
  private static int then(TokenCursor block, int from, int to) {
    int depth = 0;
    for (int i = from + 1; i < to; i++) {
      if (block.isSymbol(i, '(')) {
        depth++;
      } else if (block.isSymbol(i, ')')) {
        depth--;
      } else if (depth == 0 && block.isWord(i, "THEN")) {
        return i + 1;
      }
    }
    return -1;
  }

  /** WHEN condition [OR condition] THEN NULL; ... : whether every handler swallows duplicates, or empty. */
  private static Optional<Boolean> handlers(TokenCursor t) {
    boolean duplicates = false;
    while (t.accept("WHEN")) {
      do {
        Optional<String> condition = t.name();
        if (condition.isEmpty()) {
          return Optional.empty();
        }
        duplicates |= DUPLICATE_CONDITIONS.contains(condition.get().toUpperCase(Locale.ROOT));
      } while (t.accept("OR"));
      if (!t.accept("THEN", "NULL") || !t.acceptSymbol(';')) {
        return Optional.empty();
      }
    }
    return Optional.of(duplicates);
  }
}
