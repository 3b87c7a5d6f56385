package dev.plumb.core.source.sql;

import dev.plumb.core.model.Dialect;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Quotes the words JSqlParser 5.4 reserves but the databases accept as plain names ({@code errors},
 * {@code settings}, {@code statement}, {@code current}, {@code value}, ...) where the statement uses them as
 * names, so that {@code CREATE TABLE t (errors int)} is read as it is meant. A quoted name is written in the
 * dialect's folded case, so the name the replay records is the one the unquoted word stands for.
 *
 * <p>A word is taken as a name where a name is expected: after {@code (}, {@code ,}, {@code .}, an operator or a
 * word that introduces a column, and not before {@code (} (a call), a string ({@code INTERVAL '1 day'}) or the
 * words that make it a keyword again ({@code CURRENT ROW}, {@code START WITH}); a qualifier ({@code public.}) is
 * left alone, JSqlParser reads those.
 */
final class KeywordQuoting {

  /** JSqlParser's reserved words (ParserKeywordsUtils) that real schemas use as names. */
  private static final Set<String> RESERVED_BY_PARSER = Set.of("ABSENT", "CONNECT", "CREATED", "CSV", "CURRENT", "ERRORS",
      "EXCLUDES", "EXTEND", "FBV", "FILE", "FINAL", "FORCE", "GLOBAL", "GROUPING", "IGNORE", "IIF", "IMPORT",
      "INCLUDES", "MINUS", "NOCYCLE", "OPTIMIZE", "OUTPUT", "PIVOT", "PREFERRING", "PREWHERE", "PRIOR",
      "PROCEDURE", "PUBLIC", "QUALIFY", "RETURNS", "SAMPLE", "SCRIPT", "SEMI", "SETTINGS", "START", "STATEMENT",
      "STRAIGHT", "TABLES", "TOP", "UNKNOWN", "UNPIVOT", "USE", "VALUE", "VALUES", "VERIFY", "XOR");

  private static final Set<String> BEFORE_A_NAME = Set.of("COLUMN", "SET", "WHERE", "AND", "OR", "BY", "SELECT",
      "RENAME", "MODIFY", "CHANGE", "AFTER", "ADD", "DROP", "DISTINCT", "WHEN", "THEN", "ELSE", "TO", "ON", "NOT");

  /** Words after which a name may be followed by a parenthesis: a table and its column list, not a call. */
  private static final Set<String> BEFORE_A_TABLE = Set.of("TABLE", "INTO", "REFERENCES", "UPDATE", "FROM", "JOIN",
      "EXISTS", "ON");

  private static final Set<String> KEYWORD_AGAIN_BEFORE = Set.of("ROW", "OF", "WITH", "TEMPORARY", "TEMP", "INDEX",
      "KEY", "TRANSACTION", "LEVEL", "SECURITY");

  private static final String OPERATORS = "(,.=<>!+-*/|";

  private final SqlSyntax syntax;
  private final Dialect dialect;

  KeywordQuoting(SqlSyntax syntax) {
    this.syntax = syntax;
    this.dialect = syntax.dialect();
  }

  /** The text with reserved words in name positions quoted, or empty if there is none. */
  Optional<String> quoted(String text) {
    TokenCursor tokens = TokenCursor.of(text, syntax);
    StringBuilder out = new StringBuilder();
    int copied = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (isQuotable(tokens, i)) {
        out.append(text, copied, tokens.start(i)).append(quote(tokens.token(i)));
        copied = tokens.end(i);
      }
    }
    if (copied == 0) {
      return Optional.empty();
    }
    return Optional.of(out.append(text.substring(copied)).toString());
  }

  private boolean isQuotable(TokenCursor tokens, int i) {
    if (!tokens.isName(i) || tokens.isString(i)) {
      return false;
    }
    String word = tokens.token(i).toUpperCase(Locale.ROOT);
    String before = i == 0 ? "" : tokens.token(i - 1).toUpperCase(Locale.ROOT);
    boolean table = BEFORE_A_TABLE.contains(before);
    if (!RESERVED_BY_PARSER.contains(word) || !table && tokens.isSymbol(i + 1, '(') || tokens.isString(i + 1)
        || (i + 1 < tokens.size() && isNumber(tokens.token(i + 1))) || tokens.isSymbol(i + 1, '.')
        || KEYWORD_AGAIN_BEFORE.stream().anyMatch(w -> tokens.isWord(i + 1, w))) {
      return false;
    }
    if (i == 0) {
      return false;
    }
    boolean operator = before.length() == 1 && OPERATORS.indexOf(before.charAt(0)) >= 0;
    return operator || table || BEFORE_A_NAME.contains(before);
  }

  private String quote(String word) {
    String folded = dialect.normalizeIdentifier(word);
    return dialect.isMysqlFamily() ? "`" + folded + "`" : "\"" + folded + "\"";
  }

  private static boolean isNumber(String token) {
    return !token.isEmpty() && Character.isDigit(token.charAt(0));
  }
}
