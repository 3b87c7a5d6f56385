package dev.plumb.core.source.sql;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a statement token by token, for recognisers that match whole statements against a grammar. Every
 * {@code accept} either consumes what it was asked for and returns true, or consumes nothing and returns false,
 * so a grammar is written as a chain of alternatives. Comments are not tokens here; strings, quoted names and
 * dollar bodies are one token each, so nothing inside them is ever taken for structure.
 */
final class TokenCursor {

  private final String text;
  private final SqlSyntax syntax;
  private final List<SqlToken> tokens;
  private int next;

  private TokenCursor(String text, SqlSyntax syntax, List<SqlToken> tokens) {
    this.text = text;
    this.syntax = syntax;
    this.tokens = tokens;
  }

  static TokenCursor of(String text, SqlSyntax syntax) {
    return new TokenCursor(text, syntax, SqlTokenizer.tokens(text, syntax).stream().filter(t -> !t.isComment())
        .toList());
  }

  String text() {
    return text;
  }

  SqlSyntax syntax() {
    return syntax;
  }

  int position() {
    return next;
  }

  void reset(int position) {
    next = position;
  }

  int size() {
    return tokens.size();
  }

  boolean atEnd() {
    return next >= tokens.size();
  }

  /** The character offset where token {@code i} starts (the text's length past the last token). */
  int start(int i) {
    return i < tokens.size() ? tokens.get(i).start() : text.length();
  }

  /** The character offset just after token {@code i}. */
  int end(int i) {
    return tokens.get(i).end();
  }

  String token(int i) {
    SqlToken token = tokens.get(i);
    return text.substring(token.start(), token.end());
  }

  /** The text of tokens {@code from} (inclusive) to {@code to} (exclusive), as written. */
  String slice(int from, int to) {
    return to <= from ? "" : text.substring(start(from), end(to - 1));
  }

  /** Whether the next tokens are these words (any case), without consuming them. */
  boolean peek(String... words) {
    for (int k = 0; k < words.length; k++) {
      if (!isWord(next + k, words[k])) {
        return false;
      }
    }
    return true;
  }

  /** Consumes the words if the next tokens are exactly these. */
  boolean accept(String... words) {
    if (!peek(words)) {
      return false;
    }
    next += words.length;
    return true;
  }

  /** Consumes one of the words; the one taken, upper case. */
  Optional<String> acceptAny(String... words) {
    for (String word : words) {
      if (accept(word)) {
        return Optional.of(word.toUpperCase(Locale.ROOT));
      }
    }
    return Optional.empty();
  }

  boolean peekSymbol(char symbol) {
    return isSymbol(next, symbol);
  }

  boolean acceptSymbol(char symbol) {
    if (!isSymbol(next, symbol)) {
      return false;
    }
    next++;
    return true;
  }

  /** Consumes any single token. */
  boolean skip() {
    if (atEnd()) {
      return false;
    }
    next++;
    return true;
  }

  /** Consumes everything left; true if there was something. */
  boolean skipRest() {
    boolean any = !atEnd();
    next = tokens.size();
    return any;
  }

  /** A name: a bare word that does not start with a digit, or an identifier in the dialect's quotes. */
  Optional<String> name() {
    if (!isName(next)) {
      return Optional.empty();
    }
    return Optional.of(token(next++));
  }

  /** A possibly qualified name such as {@code app."Mood"}, as written without blanks around the dots. */
  Optional<String> qualifiedName() {
    int mark = next;
    Optional<String> first = name();
    if (first.isEmpty()) {
      return first;
    }
    StringBuilder written = new StringBuilder(first.get());
    while (isSymbol(next, '.') && isName(next + 1)) {
      next++;
      written.append('.').append(token(next++));
    }
    if (isSymbol(next, '.')) {
      next = mark;
      return Optional.empty();
    }
    return Optional.of(written.toString());
  }

  /** Consumes a balanced parenthesised group starting at the next token. */
  boolean group() {
    int close = closing(next);
    if (close < 0) {
      return false;
    }
    next = close + 1;
    return true;
  }

  /** Consumes a balanced parenthesised group and gives the text inside it, stripped; empty if there is none. */
  Optional<String> groupText() {
    int open = next;
    if (!group()) {
      return Optional.empty();
    }
    return Optional.of(slice(open + 1, next - 1).strip());
  }

  /** The index of the token that closes the parenthesis at {@code open}, or -1. */
  int closing(int open) {
    if (!isSymbol(open, '(')) {
      return -1;
    }
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      if (isSymbol(i, '(')) {
        depth++;
      } else if (isSymbol(i, ')') && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** A string, number (signed, with a fraction), dollar body, or a bare word such as {@code on} or {@code DEFAULT}. */
  boolean value() {
    int mark = next;
    if (acceptSymbol('-') || acceptSymbol('+')) {
      if (number()) {
        return true;
      }
      next = mark;
      return false;
    }
    return number() || string() || name().isPresent();
  }

  boolean number() {
    if (!isNumber(next)) {
      return false;
    }
    next++;
    if (isSymbol(next, '.') && isNumber(next + 1)) {
      next += 2;
    }
    return true;
  }

  /** A string literal or dollar-quoted body in the dialect's quotes. */
  boolean string() {
    if (!isString(next)) {
      return false;
    }
    next++;
    return true;
  }

  /**
   * The unquoted content of the string at the next token, consumed; empty if the next token is no string, or one
   * left unterminated at the statement's end.
   */
  Optional<String> stringValue() {
    if (!isString(next)) {
      return Optional.empty();
    }
    String written = token(next);
    char quote = written.charAt(0);
    if (quote == 'E' || quote == 'e') {
      written = written.substring(1);
      quote = '\'';
    }
    String open = String.valueOf(quote);
    if (quote == '$') {
      open = written.substring(0, written.indexOf('$', 1) + 1);
    }
    if (written.length() < 2 * open.length() || !written.endsWith(quote == '$' ? open : String.valueOf(quote))) {
      return Optional.empty();
    }
    next++;
    String inner = written.substring(open.length(), written.length() - open.length());
    return Optional.of(quote == '$' ? inner : inner.replace(open + quote, open));
  }

  boolean isWord(int i, String word) {
    if (i < 0 || i >= tokens.size()) {
      return false;
    }
    SqlToken token = tokens.get(i);
    return token.kind() == SqlToken.Kind.WORD && token.end() - token.start() == word.length()
        && text.regionMatches(true, token.start(), word, 0, word.length());
  }

  boolean isSymbol(int i, char symbol) {
    if (i < 0 || i >= tokens.size()) {
      return false;
    }
    SqlToken token = tokens.get(i);
    return token.kind() == SqlToken.Kind.SYMBOL && text.charAt(token.start()) == symbol;
  }

  boolean isName(int i) {
    if (i < 0 || i >= tokens.size()) {
      return false;
    }
    SqlToken token = tokens.get(i);
    char first = text.charAt(token.start());
    if (token.kind() == SqlToken.Kind.WORD) {
      return !Character.isDigit(first);
    }
    return token.kind() == SqlToken.Kind.QUOTED && (first == '`' || first == '['
        || (first == '"' && !syntax.doubleQuotedStrings()));
  }

  boolean isString(int i) {
    if (i < 0 || i >= tokens.size()) {
      return false;
    }
    SqlToken token = tokens.get(i);
    if (token.kind() != SqlToken.Kind.QUOTED) {
      return false;
    }
    char first = text.charAt(token.start());
    return first == '\'' || first == 'E' || first == 'e' || (first == '"' && syntax.doubleQuotedStrings())
        || (first == '$' && token.end() - token.start() > 1 && text.charAt(token.end() - 1) == '$');
  }

  private boolean isNumber(int i) {
    if (i < 0 || i >= tokens.size()) {
      return false;
    }
    SqlToken token = tokens.get(i);
    return token.kind() == SqlToken.Kind.WORD && Character.isDigit(text.charAt(token.start()));
  }
}
