package dev.plumb.core.source;

/** Text helpers for SQL expressions, as files write them and catalogs give them back. */
public final class SqlExpressions {

  private SqlExpressions() {
  }

  /** Takes off the parentheses that enclose the whole text, however many: {@code ((a > 0))} becomes {@code a > 0}. */
  public static String unparenthesized(String text) {
    String inner = text.strip();
    while (inner.startsWith("(") && inner.endsWith(")") && closesAtEnd(inner)) {
      inner = inner.substring(1, inner.length() - 1).strip();
    }
    return inner;
  }

  /** Whether the parenthesis that opens the text is the one that closes it, as in (a) but not (a) + (b). */
  private static boolean closesAtEnd(String text) {
    int depth = 0;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i == text.length() - 1;
      }
    }
    return false;
  }
}
