package dev.plumb.core.source.sql;

import dev.plumb.core.model.ObjectPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Token scans the operation grammars share: finding a keyword outside parentheses and brackets, the end of a
 * list item, an option in a parenthesised option list, a written value with its quotes removed.
 */
final class OperationTokens {

  private OperationTokens() {
  }

  /**
   * The first token from {@code from} on that is one of the words outside any parentheses or brackets opened
   * after {@code from}, or -1; the scan ends at an unmatched closing parenthesis.
   */
  static int topLevel(TokenCursor t, int from, String... words) {
    int depth = 0;
    for (int i = from; i < t.size(); i++) {
      if (opens(t, i)) {
        depth++;
      } else if (closes(t, i) && --depth < 0) {
        return -1;
      } else if (depth == 0 && isAnyWord(t, i, words)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where the list item starting at {@code from} ends: at the first comma or stop word outside parentheses and
   * brackets, at an unmatched closing parenthesis, or at the end.
   */
  static int itemEnd(TokenCursor t, int from, String... stopWords) {
    int depth = 0;
    for (int i = from; i < t.size(); i++) {
      if (opens(t, i)) {
        depth++;
      } else if (closes(t, i)) {
        if (--depth < 0) {
          return i;
        }
      } else if (depth == 0 && (t.isSymbol(i, ',') || isAnyWord(t, i, stopWords))) {
        return i;
      }
    }
    return t.size();
  }

  /**
   * Whether a parenthesised option list such as {@code (FULL, VERBOSE false)} at {@code open} turns the option
   * on: it is named, and not followed by false, off or 0.
   */
  static boolean optionOn(TokenCursor t, int open, String option) {
    int close = t.closing(open);
    for (int i = open + 1; i < close; i = itemEnd(t, i) + 1) {
      if (t.isWord(i, option)) {
        return !(t.isWord(i + 1, "FALSE") || t.isWord(i + 1, "OFF") || t.isWord(i + 1, "0")
            || t.isString(i + 1) && isFalse(t.token(i + 1)));
      }
    }
    return false;
  }

  /** The value written in tokens {@code from} to {@code to}: a lone string without its quotes, else as written. */
  static String value(OperationSource source, int from, int to) {
    TokenCursor t = source.tokens();
    if (to == from + 1 && t.isString(from)) {
      int mark = t.position();
      t.reset(from);
      String unquoted = t.stringValue().orElseThrow();
      t.reset(mark);
      return unquoted;
    }
    return source.text(from, to);
  }

  /** A comma-separated list of possibly qualified names; empty if one is missing. */
  static Optional<List<ObjectPath>> paths(OperationSource source) {
    TokenCursor t = source.tokens();
    List<ObjectPath> paths = new ArrayList<>();
    do {
      Optional<String> name = t.qualifiedName();
      if (name.isEmpty()) {
        return Optional.empty();
      }
      paths.add(source.path(name.get()));
    } while (t.acceptSymbol(','));
    return Optional.of(paths);
  }

  /**
   * The path of a table written beside another object's possibly qualified name (SQLite's
   * {@code CREATE INDEX main.i ON t}, MySQL's {@code CREATE TRIGGER db.trg ... ON t}): an unqualified table
   * is in the object's schema.
   */
  static ObjectPath tableBeside(OperationSource source, String writtenObject, String writtenTable) {
    ObjectPath table = source.path(writtenTable);
    if (Names.splitDotted(writtenTable).size() > 1 || Names.splitDotted(writtenObject).size() < 2) {
      return table;
    }
    return source.path(writtenObject).parent().child(table.name());
  }

  private static boolean isFalse(String written) {
    String inner = written.substring(1, written.length() - 1);
    return inner.equalsIgnoreCase("false") || inner.equalsIgnoreCase("off") || inner.equals("0");
  }

  private static boolean opens(TokenCursor t, int i) {
    return t.isSymbol(i, '(') || t.isSymbol(i, '[');
  }

  private static boolean closes(TokenCursor t, int i) {
    return t.isSymbol(i, ')') || t.isSymbol(i, ']');
  }

  static boolean isAnyWord(TokenCursor t, int i, String... words) {
    for (String word : words) {
      if (t.isWord(i, word)) {
        return true;
      }
    }
    return false;
  }
}
