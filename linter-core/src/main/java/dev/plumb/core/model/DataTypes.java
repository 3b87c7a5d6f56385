package dev.plumb.core.model;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a type as written in SQL or YAML and gives its canonical {@link DataType} for a dialect. */
public final class DataTypes {

  /** A parsed type; {@code serial} marks the serial pseudo-types, which also imply a sequence default and NOT NULL. */
  public record ParsedType(DataType type, boolean serial) {
  }

  private static final Pattern ARRAY_SUFFIX = Pattern.compile("(\\s*\\[\\s*\\d*\\s*\\])+$");
  private static final Pattern ARRAY_WORD = Pattern.compile("\\s+array(\\s*\\[\\s*\\d*\\s*\\])?$");
  private static final Pattern MODIFIERS = Pattern.compile("\\(([^)]*)\\)");

  private static final Map<String, String> POSTGRES = new HashMap<>();
  private static final Map<String, String> MYSQL = new HashMap<>();
  private static final Map<String, String> SQLITE = new HashMap<>();
  private static final Map<String, String> SERIALS = Map.of(
      "smallserial", "smallint", "serial2", "smallint",
      "serial", "integer", "serial4", "integer",
      "bigserial", "bigint", "serial8", "bigint");

  static {
    synonyms(POSTGRES, "integer", "int", "int4", "integer", "signed integer");
    synonyms(POSTGRES, "bigint", "int8", "bigint");
    synonyms(POSTGRES, "smallint", "int2", "smallint");
    synonyms(POSTGRES, "character varying", "varchar", "character varying", "char varying");
    synonyms(POSTGRES, "character", "char", "character", "bpchar");
    synonyms(POSTGRES, "numeric", "numeric", "decimal", "dec");
    synonyms(POSTGRES, "boolean", "bool", "boolean");
    synonyms(POSTGRES, "double precision", "float8", "double precision", "double");
    synonyms(POSTGRES, "real", "float4", "real");
    synonyms(POSTGRES, "timestamp with time zone", "timestamptz", "timestamp with time zone");
    synonyms(POSTGRES, "timestamp without time zone", "timestamp", "timestamp without time zone");
    synonyms(POSTGRES, "time with time zone", "timetz", "time with time zone");
    synonyms(POSTGRES, "time without time zone", "time", "time without time zone");
    synonyms(POSTGRES, "bit varying", "varbit", "bit varying");

    synonyms(MYSQL, "int", "int", "integer", "int4");
    synonyms(MYSQL, "mediumint", "mediumint", "int3", "middleint");
    synonyms(MYSQL, "bigint", "bigint", "int8");
    synonyms(MYSQL, "smallint", "smallint", "int2");
    synonyms(MYSQL, "varchar", "varchar", "character varying", "char varying");
    synonyms(MYSQL, "char", "char", "character");
    synonyms(MYSQL, "decimal", "decimal", "dec", "numeric", "fixed");
    synonyms(MYSQL, "double", "double", "double precision", "real", "float8");
    synonyms(MYSQL, "float", "float", "float4");
    synonyms(MYSQL, "tinyint", "tinyint", "int1");

    synonyms(SQLITE, "integer", "integer", "int", "int4", "int8", "bigint", "smallint", "tinyint", "mediumint");
    synonyms(SQLITE, "text", "text", "clob");
    synonyms(SQLITE, "real", "real", "double", "double precision", "float");
  }

  private DataTypes() {
  }

  private static void synonyms(Map<String, String> table, String canonical, String... names) {
    for (String name : names) {
      table.put(name, canonical);
    }
  }

  /** The canonical type for the text, in the dialect; throws {@link IllegalArgumentException} on empty text. */
  public static ParsedType parse(String written, Dialect dialect) {
    String text = written == null ? "" : written.strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("empty type");
    }
    int dimensions = 0;
    Matcher arraySuffix = ARRAY_SUFFIX.matcher(text);
    if (arraySuffix.find()) {
      dimensions = (int) arraySuffix.group().chars().filter(c -> c == '[').count();
      text = text.substring(0, arraySuffix.start()).strip();
    }
    Matcher arrayWord = ARRAY_WORD.matcher(text.toLowerCase(Locale.ROOT));
    if (arrayWord.find()) {
      dimensions = Math.max(1, dimensions);
      text = text.substring(0, arrayWord.start()).strip();
    }

    List<Integer> numbers = List.of();
    Matcher modifiers = MODIFIERS.matcher(text);
    String base = text;
    if (modifiers.find() && !isEnumLiteralList(modifiers.group(1))) {
      numbers = readNumbers(modifiers.group(1));
      base = (text.substring(0, modifiers.start()) + " " + text.substring(modifiers.end())).strip();
    }
    base = canonicalWords(base);

    String serialBase = dialect == Dialect.POSTGRESQL || dialect == Dialect.H2 ? SERIALS.get(base) : null;
    if (serialBase != null) {
      return new ParsedType(DataType.of(serialBase).asArray(dimensions), true);
    }
    if (dialect.isMysqlFamily() && base.equals("serial")) {
      return new ParsedType(DataType.of("bigint unsigned"), true);
    }
    if (dialect.isMysqlFamily() && (base.equals("bool") || base.equals("boolean"))) {
      // MySQL stores BOOLEAN as tinyint(1), so both spellings must compare equal.
      return new ParsedType(DataType.of("tinyint").withLength(1).asArray(dimensions), false);
    }

    String name = canonicalName(base, dialect);
    DataType type = DataType.of(name).asArray(dimensions);
    type = applyModifiers(type, numbers, dialect);
    return new ParsedType(type, false);
  }

  /** Convenience for callers that need only the type. */
  public static DataType of(String written, Dialect dialect) {
    return parse(written, dialect).type();
  }

  private static String canonicalWords(String base) {
    StringBuilder out = new StringBuilder();
    boolean quoted = false;
    for (char c : base.strip().toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      }
      boolean repeatedSpace = c == ' ' && (out.length() == 0 || out.charAt(out.length() - 1) == ' ');
      if (!quoted && repeatedSpace) {
        continue;
      }
      // Quoted parts of a user type's name keep their case, even after a schema name; keywords are case-insensitive.
      out.append(quoted ? c : Character.toLowerCase(c));
    }
    return out.toString();
  }

  private static String canonicalName(String base, Dialect dialect) {
    Map<String, String> table = switch (dialect) {
      case POSTGRESQL, H2 -> POSTGRES;
      case MYSQL, MARIADB -> MYSQL;
      case SQLITE -> SQLITE;
    };
    String found = table.get(base);
    if (found != null) {
      return found;
    }
    if (dialect.isMysqlFamily() && base.endsWith(" unsigned")) {
      String signed = base.substring(0, base.length() - " unsigned".length());
      return table.getOrDefault(signed, signed) + " unsigned";
    }
    if (base.equals("float")) {
      return dialect == Dialect.POSTGRESQL || dialect == Dialect.H2 ? "double precision" : base;
    }
    return base;
  }

  private static DataType applyModifiers(DataType type, List<Integer> numbers, Dialect dialect) {
    String name = type.name();
    if (dialect.isMysqlFamily() && (name.equals("tinyint") && numbers.isEmpty())) {
      return type;
    }
    if (dialect.isMysqlFamily() && isMysqlInteger(name)) {
      // MySQL's int(11) is a display width, not part of the type, except tinyint(1) which is its boolean.
      return name.equals("tinyint") && numbers.equals(List.of(1)) ? type.withLength(1) : type;
    }
    if (numbers.isEmpty()) {
      // CHAR without a length is CHAR(1) in both families.
      boolean bareChar = (dialect == Dialect.POSTGRESQL || dialect == Dialect.H2) && name.equals("character")
          || dialect.isMysqlFamily() && name.equals("char");
      return bareChar ? type.withLength(1) : type;
    }
    if ((dialect == Dialect.POSTGRESQL || dialect == Dialect.H2) && name.equals("double precision")) {
      // float(p): p up to 24 is real, more is double precision.
      return numbers.get(0) <= 24 ? DataType.of("real").asArray(type.arrayDimensions()) : type;
    }
    if (dialect.isMysqlFamily() && name.equals("float") && numbers.size() == 1) {
      // MySQL's float(p): p up to 23 is float, more is double.
      return numbers.get(0) <= 23 ? type : DataType.of("double").asArray(type.arrayDimensions());
    }
    if (isLengthType(name)) {
      return type.withLength(numbers.get(0));
    }
    Optional<Integer> scale = numbers.size() > 1 ? Optional.of(numbers.get(1))
        : isExactNumeric(name) ? Optional.of(0) : Optional.empty();
    return type.withPrecision(numbers.get(0), scale);
  }

  /** numeric(p) means numeric(p,0) in SQL; a bare numeric, with no precision at all, stays open. */
  private static boolean isExactNumeric(String name) {
    return List.of("numeric", "decimal", "decimal unsigned").contains(name);
  }

  private static boolean isMysqlInteger(String name) {
    String signed = name.replace(" unsigned", "");
    return List.of("tinyint", "smallint", "mediumint", "int", "bigint").contains(signed);
  }

  private static boolean isLengthType(String name) {
    return List.of("character varying", "character", "varchar", "char", "bit", "bit varying", "binary", "varbinary",
        "nvarchar", "nchar", "character large object", "binary varying").contains(name);
  }

  private static boolean isEnumLiteralList(String inside) {
    return inside.contains("'");
  }

  private static List<Integer> readNumbers(String inside) {
    String[] parts = inside.split(",");
    Integer[] numbers = new Integer[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].strip();
      if (!part.matches("\\d+")) {
        // max in varchar(max) and similar: no fixed length to compare.
        return List.of();
      }
      numbers[i] = Integer.parseInt(part);
    }
    return List.of(numbers);
  }
}
