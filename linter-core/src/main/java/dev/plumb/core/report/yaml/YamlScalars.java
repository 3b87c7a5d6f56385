package dev.plumb.core.report.yaml;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a text as a YAML scalar that reads back as exactly that text, inside flow collections too: plain where
 * that is safe and easy to read ({@code bigint}, {@code now()}, {@code set null}), quoted otherwise. Quoting
 * is decided by what a YAML 1.1 reader (the one Plumb uses) would make of the plain form, so {@code yes},
 * {@code null} or {@code 1.5} are quoted to stay text.
 */
final class YamlScalars {

  /** Words and calls separated by single spaces; none of YAML's indicators, so plain in any context. */
  private static final Pattern SAFE_PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.$()]*( [A-Za-z0-9_.$()]+)*");
  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
  private static final Set<String> NOT_TEXT_WHEN_PLAIN = Set.of(
      "null", "true", "false", "yes", "no", "on", "off", "y", "n");

  private YamlScalars() {
  }

  /** The text as a plain scalar where it stays text that way, else quoted. */
  static String text(String value) {
    boolean plain = SAFE_PLAIN.matcher(value).matches()
        && !NOT_TEXT_WHEN_PLAIN.contains(value.toLowerCase(Locale.ROOT));
    return plain ? value : quoted(value);
  }

  /** Like {@link #text}, but an integer stays plain too, so that a default of {@code 0} reads as one. */
  static String textOrInteger(String value) {
    return INTEGER.matcher(value).matches() ? value : text(value);
  }

  /** Double quotes where the text has single quotes (SQL literals), single quotes otherwise; escapes if needed. */
  static String quoted(String value) {
    if (needsEscapes(value)) {
      return doubleQuoted(value);
    }
    if (value.indexOf('\'') >= 0 && value.indexOf('"') < 0 && value.indexOf('\\') < 0) {
      return "\"" + value + "\"";
    }
    return "'" + value.replace("'", "''") + "'";
  }

  /** One line of a YAML comment: line breaks in the text would end the comment early. */
  static String commentText(String value) {
    return value.replaceAll("\\s*\\R\\s*", " ").stripTrailing();
  }

  private static boolean needsEscapes(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (!printable(value, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What YAML lets stand as itself inside quotes; the rest is escaped. Tabs and line breaks are escaped too,
   * since quoted scalars fold them, and so is half a surrogate pair, which no encoding can write.
   */
  private static boolean printable(String value, int at) {
    char c = value.charAt(at);
    if (Character.isHighSurrogate(c)) {
      return at + 1 < value.length() && Character.isLowSurrogate(value.charAt(at + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return at > 0 && Character.isHighSurrogate(value.charAt(at - 1));
    }
    return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xFFFD && c != 0xFEFF && c != 0x2028 && c != 0x2029);
  }

  private static String doubleQuoted(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (printable(value, i)) {
            out.append(c);
          } else {
            out.append(String.format("\\u%04X", (int) c));
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
