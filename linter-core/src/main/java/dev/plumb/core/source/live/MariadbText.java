package dev.plumb.core.source.live;

import dev.plumb.core.model.DataType;
import dev.plumb.core.model.DataTypes;
import dev.plumb.core.model.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what information_schema says about a column into the text the SQL replay gives for the same DDL, so a
 * live database and a replayed migration folder compare equal.
 */
final class MariadbText {

  private static final Pattern PLAIN_QUOTED = Pattern.compile("`([A-Za-z_][A-Za-z0-9_$]*)`");
  private static final Pattern VALUE_LIST = Pattern.compile("^(enum|set)\\((.*)\\)(.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d*)?([eE][-+]?\\d+)?");

  private MariadbText() {
  }

  /**
   * The canonical type of a {@code COLUMN_TYPE} ({@code int(10) unsigned}, {@code enum('a','b')}): enum and set
   * value lists are spaced as the parser renders them, {@code enum ('a', 'b')}.
   */
  static DataType type(String columnType, Dialect dialect) {
    Matcher list = VALUE_LIST.matcher(columnType.strip());
    if (!list.matches()) {
      return DataTypes.of(columnType, dialect);
    }
    String values = String.join(", ", splitLiterals(list.group(2)));
    return DataTypes.of(list.group(1) + " (" + values + ")" + list.group(3), dialect);
  }

  /**
   * The DEFAULT as SQL. MariaDB (10.2.7 on) quotes string literals and says {@code NULL} both for DEFAULT NULL and
   * for no DEFAULT, which mean the same, so both become none. MySQL gives a literal's bare value and marks
   * expressions with DEFAULT_GENERATED in EXTRA, so its literals are quoted here.
   */
  static Optional<String> defaultExpression(String columnDefault, String extra, Dialect dialect) {
    if (columnDefault == null || columnDefault.equals("NULL") && dialect == Dialect.MARIADB) {
      return Optional.empty();
    }
    if (dialect == Dialect.MARIADB || extra.toUpperCase().contains("DEFAULT_GENERATED")
        || NUMBER.matcher(columnDefault).matches() || columnDefault.equalsIgnoreCase("CURRENT_TIMESTAMP")) {
      return Optional.of(unquoteIdentifiers(columnDefault));
    }
    return Optional.of("'" + columnDefault.replace("'", "''") + "'");
  }

  /** Drops backticks the server puts around names that need none: {@code `qty` * `price`} becomes {@code qty * price}. */
  static String unquoteIdentifiers(String expression) {
    StringBuilder out = new StringBuilder();
    int from = 0;
    boolean inString = false;
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '\'') {
        inString = !inString;
      } else if (c == '`' && !inString) {
        Matcher quoted = PLAIN_QUOTED.matcher(expression);
        if (quoted.find(i) && quoted.start() == i) {
          out.append(expression, from, i).append(quoted.group(1));
          from = quoted.end();
          i = quoted.end() - 1;
        }
      }
    }
    return out.append(expression.substring(from)).toString();
  }

  /** Splits {@code 'a','b,c','it''s'} into its quoted literals, keeping the quotes. */
  private static List<String> splitLiterals(String inside) {
    List<String> literals = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < inside.length(); i++) {
      char c = inside.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        literals.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    literals.add(current.toString().strip());
    return literals;
  }

  /**
   * The largest value an integer column of the type holds, or empty for a type that is no integer; an unsigned
   * bigint's range is cut to what a long holds, which no counter reaches.
   */
  static Optional<Long> integerMaximum(DataType type) {
    boolean unsigned = type.name().endsWith(" unsigned");
    String base = unsigned ? type.name().substring(0, type.name().length() - " unsigned".length()) : type.name();
    int bits = switch (base) {
      case "tinyint" -> 8;
      case "smallint" -> 16;
      case "mediumint" -> 24;
      case "int" -> 32;
      case "bigint" -> 64;
      default -> 0;
    };
    if (bits == 0) {
      return Optional.empty();
    }
    if (bits == 64) {
      return Optional.of(Long.MAX_VALUE);
    }
    return Optional.of(unsigned ? (1L << bits) - 1 : (1L << (bits - 1)) - 1);
  }
}
