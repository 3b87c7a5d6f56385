package dev.plumb.rules.safety;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The values of a MySQL {@code ENUM('a','b')} or {@code SET('a','b')} type, read from its text as written (the
 * model's type name is folded to lower case, and an ENUM's values are case-sensitive).
 *
 * @param kind {@code enum} or {@code set}
 */
record EnumValues(String kind, List<String> values) {

  EnumValues {
    requireNonNull(kind, "no kind given");
    values = List.copyOf(requireNonNull(values, "no values given"));
  }

  /** The values of an ENUM or SET type text; empty for other types or text this cannot read. */
  static Optional<EnumValues> of(String typeText) {
    String text = typeText.strip();
    String lower = text.toLowerCase(Locale.ROOT);
    String kind = lower.startsWith("enum") ? "enum" : lower.startsWith("set") ? "set" : "";
    int open = text.indexOf('(');
    if (kind.isEmpty() || open < 0 || !text.substring(kind.length(), open).isBlank()) {
      return Optional.empty();
    }
    List<String> values = new ArrayList<>();
    int i = open + 1;
    while (true) {
      i = skipSpaces(text, i);
      if (i >= text.length() || (text.charAt(i) != '\'' && text.charAt(i) != '"')) {
        return Optional.empty();
      }
      StringBuilder value = new StringBuilder();
      i = readQuoted(text, i, value);
      if (i < 0) {
        return Optional.empty();
      }
      values.add(value.toString());
      i = skipSpaces(text, i);
      if (i < text.length() && text.charAt(i) == ',') {
        i++;
      } else if (i < text.length() && text.charAt(i) == ')') {
        return Optional.of(new EnumValues(kind, values));
      } else {
        return Optional.empty();
      }
    }
  }

  /** Bytes a value takes: an ENUM 1 up to 255 values, else 2; a SET 1, 2, 3, 4 or 8 for up to 64 members. */
  int storageBytes() {
    int n = values.size();
    if (kind.equals("enum")) {
      return n <= 255 ? 1 : 2;
    }
    int bytes = (n + 7) / 8;
    return bytes > 4 ? 8 : bytes;
  }

  /** The type written with these values: {@code enum('a','b')}, in the case the keyword was written in. */
  String sql(String writtenKeyword) {
    StringBuilder sql = new StringBuilder(writtenKeyword).append('(');
    for (int i = 0; i < values.size(); i++) {
      sql.append(i == 0 ? "" : ",").append(quote(values.get(i)));
    }
    return sql.append(')').toString();
  }

  static String quote(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Reads a quoted value from {@code text[i]}, doubled quotes and backslash escapes undone; -1 if unclosed. */
  private static int readQuoted(String text, int i, StringBuilder value) {
    char quote = text.charAt(i);
    for (int k = i + 1; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\\' && k + 1 < text.length()) {
        value.append(text.charAt(++k));
      } else if (c == quote && k + 1 < text.length() && text.charAt(k + 1) == quote) {
        value.append(quote);
        k++;
      } else if (c == quote) {
        return k + 1;
      } else {
        value.append(c);
      }
    }
    return -1;
  }
}
