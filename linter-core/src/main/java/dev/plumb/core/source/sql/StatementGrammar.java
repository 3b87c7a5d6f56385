package dev.plumb.core.source.sql;

import dev.plumb.core.model.Schema;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * One family of statements that Plumb reads itself where JSqlParser cannot. A grammar matches the whole
 * statement, first token to last, or not at all: a statement it only partly recognises is not understood.
 */
interface StatementGrammar {

  /**
   * The statement's change to the schema (identity for one that changes nothing the model holds), or empty if
   * the statement is not one of this family's.
   *
   * @param tokens the statement's tokens, at the first one
   */
  Optional<UnaryOperator<Schema>> recognize(TokenCursor tokens, SqlStatement statement);

  /**
   * Whether one of the alternatives matches the whole statement; each is tried from the cursor's position, and
   * one that stops short of the end counts as no match.
   */
  @SafeVarargs
  static boolean wholeStatement(TokenCursor tokens, Predicate<TokenCursor>... alternatives) {
    int start = tokens.position();
    for (Predicate<TokenCursor> alternative : alternatives) {
      tokens.reset(start);
      if (alternative.test(tokens) && tokens.atEnd()) {
        return true;
      }
    }
    tokens.reset(start);
    return false;
  }

  /**
   * Whether one of the alternatives matches from the cursor's position (not necessarily to the end); one that
   * fails leaves the cursor where it was, so the next starts from the same token.
   */
  @SafeVarargs
  static boolean anyOf(TokenCursor tokens, Predicate<TokenCursor>... alternatives) {
    int start = tokens.position();
    for (Predicate<TokenCursor> alternative : alternatives) {
      if (alternative.test(tokens)) {
        return true;
      }
      tokens.reset(start);
    }
    return false;
  }

  /** Identity where the statement is one of the alternatives: statements that change nothing the model holds. */
  @SafeVarargs
  static Optional<UnaryOperator<Schema>> noEffectIfAny(TokenCursor tokens, Predicate<TokenCursor>... alternatives) {
    return wholeStatement(tokens, alternatives) ? Optional.of(UnaryOperator.identity()) : Optional.empty();
  }

  /** The change of the first reader that reads the whole statement; each starts at the cursor's position. */
  @SafeVarargs
  static Optional<UnaryOperator<Schema>> firstWhole(TokenCursor tokens,
      Function<TokenCursor, Optional<UnaryOperator<Schema>>>... readers) {
    int start = tokens.position();
    for (Function<TokenCursor, Optional<UnaryOperator<Schema>>> reader : readers) {
      tokens.reset(start);
      Optional<UnaryOperator<Schema>> change = reader.apply(tokens);
      if (change.isPresent() && tokens.atEnd()) {
        return change;
      }
    }
    tokens.reset(start);
    return Optional.empty();
  }
}
