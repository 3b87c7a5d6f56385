package dev.plumb.core.source.sql;

import java.util.Optional;

/**
 * Steps over the parts of SQL text in which a semicolon ends nothing: strings, quoted identifiers, dollar
 * quotes and comments. Each step is a plain loop or {@code indexOf}, so a file is read once.
 */
final class SqlLexer {

  /** A construct still open at the end of the text, and the offset where it was opened. */
  record Unclosed(String what, int open) {
  }

  private final String text;
  private final int length;
  private final SqlSyntax syntax;
  private Unclosed unclosed;

  SqlLexer(String text, SqlSyntax syntax) {
    this.text = text;
    this.length = text.length();
    this.syntax = syntax;
  }

  /** The construct a skip could not close (every skip after it is at the end of the text), reported once. */
  Optional<Unclosed> takeUnclosed() {
    Optional<Unclosed> taken = Optional.ofNullable(unclosed);
    unclosed = null;
    return taken;
  }

  /** Skips blanks and comments before a statement; MySQL's {@code /*!...} comments are statements there. */
  int skipBlanksAndComments(int from) {
    int i = from;
    while (i < length) {
      if (isBlank(text.charAt(i))) {
        i++;
      } else if (isLineComment(i)) {
        i = lineCommentEnd(i);
      } else if (startsWith(i, "/*") && !(syntax.executableComments() && startsWith(i, "/*!"))) {
        i = blockCommentEnd(i);
      } else {
        return i;
      }
    }
    return i;
  }

  /** The offset just after the string, identifier, comment or parameter at {@code i}, or {@code i} if none. */
  int skipConstruct(int i) {
    return switch (text.charAt(i)) {
      case '\'' -> quotedEnd(i, '\'', syntax.backslashEscapes(), "string literal");
      case '"' -> syntax.doubleQuotedStrings()
          ? quotedEnd(i, '"', true, "string literal")
          : quotedEnd(i, '"', false, "quoted identifier");
      case '`' -> syntax.backtickIdentifiers() ? quotedEnd(i, '`', false, "quoted identifier") : i;
      case '[' -> syntax.bracketIdentifiers() ? bracketEnd(i) : i;
      case '$' -> syntax.dollarQuotes() ? dollarEnd(i) : i;
      case '/' -> startsWith(i, "/*") ? blockCommentEnd(i) : isLineComment(i) ? lineCommentEnd(i) : i;
      case '-', '#' -> isLineComment(i) ? lineCommentEnd(i) : i;
      default -> i;
    };
  }

  /** Whether a comment starts at {@code i}; inside a statement MySQL's {@code /*!...} is skipped as one too. */
  boolean startsComment(int i) {
    return startsWith(i, "/*") || isLineComment(i);
  }

  /** PostgreSQL's {@code E'...'}: {@code i} is at the quote, {@code open} at the E. */
  int escapeStringEnd(int i, int open) {
    int end = quotedEnd(i, '\'', true, "escape string literal");
    if (unclosed != null && unclosed.open() == i) {
      unclosed = new Unclosed(unclosed.what(), open);
    }
    return end;
  }

  /** The end of the word at {@code i}, stopping early at a custom delimiter such as {@code $$} glued to it. */
  int wordEnd(int i, String customDelimiter) {
    int k = i + 1;
    while (k < length && isWordPart(text.charAt(k))
        && (customDelimiter == null || !text.startsWith(customDelimiter, k))) {
      k++;
    }
    return k;
  }

  static boolean isWordStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9')
        || (c > 127 && Character.isLetterOrDigit(c));
  }

  static boolean isBlank(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\uFEFF'
        || (c > 127 && Character.isWhitespace(c));
  }

  private static boolean isWordPart(char c) {
    return isWordStart(c) || c == '$';
  }

  private boolean startsWith(int i, String prefix) {
    return text.startsWith(prefix, i);
  }

  private boolean isLineComment(int i) {
    char c = text.charAt(i);
    if (c == '#') {
      return syntax.hashComments();
    }
    if (c == '/') {
      return syntax.slashLineComments() && startsWith(i, "//");
    }
    if (c != '-' || !startsWith(i, "--")) {
      return false;
    }
    if (!syntax.dashCommentNeedsBlank() || i + 2 == length) {
      return true;
    }
    char after = text.charAt(i + 2);
    return after <= ' ' || isBlank(after);
  }

  private int lineCommentEnd(int i) {
    int k = i;
    while (k < length && text.charAt(k) != '\n' && text.charAt(k) != '\r') {
      k++;
    }
    return k;
  }

  private int blockCommentEnd(int open) {
    if (!syntax.nestedBlockComments()) {
      int close = text.indexOf("*/", open + 2);
      return close >= 0 ? close + 2 : unclosedAt("block comment", open);
    }
    int depth = 0;
    int k = open;
    while (k < length - 1) {
      char c = text.charAt(k);
      char next = text.charAt(k + 1);
      if (c == '/' && next == '*') {
        depth++;
        k += 2;
      } else if (c == '*' && next == '/') {
        depth--;
        k += 2;
        if (depth == 0) {
          return k;
        }
      } else {
        k++;
      }
    }
    return unclosedAt("block comment", open);
  }

  /** A quoted run where a doubled quote stands for itself and, if asked, a backslash escapes any character. */
  private int quotedEnd(int open, char quote, boolean backslashes, String what) {
    int k = open + 1;
    while (k < length) {
      char c = text.charAt(k);
      if (c == '\\' && backslashes) {
        k += 2;
      } else if (c != quote) {
        k++;
      } else if (k + 1 < length && text.charAt(k + 1) == quote) {
        k += 2;
      } else {
        return k + 1;
      }
    }
    return unclosedAt(what, open);
  }

  private int bracketEnd(int open) {
    int close = text.indexOf(']', open + 1);
    return close >= 0 ? close + 1 : unclosedAt("quoted identifier", open);
  }

  /** {@code $$} or {@code $tag$} opens a body that ends at the same tag; {@code $1} is a parameter. */
  private int dollarEnd(int open) {
    int k = open + 1;
    if (syntax.dollarTags() && k < length && isTagStart(text.charAt(k))) {
      k++;
      while (k < length && isTagPart(text.charAt(k))) {
        k++;
      }
    }
    if (k >= length || text.charAt(k) != '$') {
      return paramEnd(open);
    }
    String tag = text.substring(open, k + 1);
    int close = text.indexOf(tag, k + 1);
    return close >= 0 ? close + tag.length() : unclosedAt("dollar-quoted string " + tag, open);
  }

  private int paramEnd(int open) {
    int k = open + 1;
    while (k < length && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
      k++;
    }
    return k;
  }

  private static boolean isTagStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c > 127 && Character.isLetter(c));
  }

  private static boolean isTagPart(char c) {
    return isTagStart(c) || (c >= '0' && c <= '9') || (c > 127 && Character.isLetterOrDigit(c));
  }

  private int unclosedAt(String what, int open) {
    unclosed = new Unclosed(what, open);
    return length;
  }
}
