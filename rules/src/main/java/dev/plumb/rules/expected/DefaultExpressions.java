package dev.plumb.rules.expected;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compares DEFAULT expressions the way the database means them, not as typed: {@code 'pending'::text} and
 * {@code 'pending'} are the same default, and so are {@code now()} and {@code CURRENT_TIMESTAMP}. The drift rules
 * compare a live database's defaults with the migrations' the same way.
 */
public final class DefaultExpressions {

  private static final Map<String, String> SYNONYMS = Map.of(
      "current_timestamp", "now()",
      "transaction_timestamp()", "now()",
      "current_timestamp()", "now()",
      "true", "true",
      "false", "false");

  /** A type name as {@link #foldOutsideQuotes} leaves it: {@code character varying(20)}, {@code text[]}. */
  private static final Pattern CAST_TYPE = Pattern.compile(
      "[a-z_\"][a-z0-9_ .\"]*(\\(\\d+(,\\d+)?\\)[a-z ]*)?(\\[\\d*])*");

  private DefaultExpressions() {
  }

  public static boolean same(String left, String right) {
    return normalize(left).equals(normalize(right));
  }

  static String normalize(String expression) {
    String text = foldOutsideQuotes(expression.strip());
    boolean changed = true;
    while (changed) {
      String before = text;
      text = stripCast(text);
      text = stripOuterParentheses(text);
      changed = !text.equals(before);
    }
    return SYNONYMS.getOrDefault(text, text);
  }

  /** Lower-cases and collapses white space, leaving string literals alone. */
  private static String foldOutsideQuotes(String text) {
    StringBuilder out = new StringBuilder();
    boolean quoted = false;
    boolean lastSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      }
      if (!quoted && Character.isWhitespace(c)) {
        lastSpace = true;
        continue;
      }
      if (lastSpace && out.length() > 0 && Character.isLetterOrDigit(c)
          && Character.isLetterOrDigit(out.charAt(out.length() - 1))) {
        out.append(' ');
      }
      lastSpace = false;
      out.append(quoted || c == '\'' ? c : Character.toLowerCase(c));
    }
    return out.toString();
  }

  private static String stripCast(String text) {
    int cast = lastCastOutsideQuotes(text);
    // Only a cast of the whole expression goes: in "'a'::text || 'b'" the :: binds to 'a' alone.
    return cast < 0 || !CAST_TYPE.matcher(text.substring(cast + 2)).matches() ? text : text.substring(0, cast);
  }

  private static int lastCastOutsideQuotes(String text) {
    boolean quoted = false;
    int depth = 0;
    int found = -1;
    for (int i = 0; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      } else if (!quoted && depth == 0 && c == ':' && text.charAt(i + 1) == ':') {
        found = i;
        i++;
      }
    }
    return found;
  }

  private static String stripOuterParentheses(String text) {
    if (!text.startsWith("(") || !text.endsWith(")")) {
      return text;
    }
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
        if (depth == 0 && i < text.length() - 1) {
          return text; // "(a) + (b)": the first parenthesis closes early
        }
      }
    }
    return text.substring(1, text.length() - 1).strip();
  }
}
