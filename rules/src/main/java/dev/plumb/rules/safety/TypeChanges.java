package dev.plumb.rules.safety;

import dev.plumb.core.model.DataType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which column type changes leave the rows as they are. PostgreSQL skips the rewrite where the old values are
 * valid bytes of the new type (binary-coercible, or a length or precision that only grows); MySQL changes a
 * column in place only where the stored format stays the same, such as a VARCHAR whose length prefix keeps its
 * size.
 */
final class TypeChanges {

  /** Types whose typmod is a length or precision that PostgreSQL lets grow without a rewrite. */
  private static final Set<String> GROWABLE = Set.of("character varying", "bit varying", "numeric",
      "timestamp without time zone", "timestamp with time zone", "time without time zone", "time with time zone",
      "interval");
  private static final Set<String> TIME_TYPES = Set.of("timestamp without time zone", "timestamp with time zone",
      "time without time zone", "time with time zone", "interval");
  /** PostgreSQL's highest fractional-seconds precision: asking for it or more changes nothing. */
  private static final int MAX_TIME_PRECISION = 6;
  /** Pairs of distinct types PostgreSQL reads as each other's bytes. */
  private static final Set<List<String>> BINARY_COERCIBLE = Set.of(
      List.of("character varying", "text"), List.of("text", "character varying"), List.of("cidr", "inet"),
      List.of("xml", "text"));
  private static final Map<String, Integer> BYTES_PER_CHAR = Map.ofEntries(
      Map.entry("latin1", 1), Map.entry("ascii", 1), Map.entry("binary", 1), Map.entry("cp1250", 1),
      Map.entry("cp1251", 1), Map.entry("cp1252", 1), Map.entry("latin2", 1), Map.entry("ucs2", 2),
      Map.entry("gbk", 2), Map.entry("utf8", 3), Map.entry("utf8mb3", 3), Map.entry("utf8mb4", 4),
      Map.entry("utf16", 4), Map.entry("utf16le", 4), Map.entry("utf32", 4));
  /** MySQL 8 and MariaDB 11.6 default to utf8mb4, the widest common character set. */
  static final int DEFAULT_BYTES_PER_CHAR = 4;
  private static final Pattern CHARSET_WORDS = Pattern.compile(
      "\\s+(?:character\\s+set|charset|collate)\\s+[A-Za-z0-9_]+", Pattern.CASE_INSENSITIVE);
  private static final Pattern CHARSET_NAME = Pattern.compile("(?:character\\s+set|charset)\\s+([A-Za-z0-9_]+)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ENUM_START = Pattern.compile("^(enum|set)\\s*\\(");
  private static final Pattern ENUM_SEPARATOR = Pattern.compile("'\\s*,\\s*'");
  private static final Set<String> MYSQL_LENGTH_TYPES = Set.of("varchar", "char", "varbinary", "binary");
  private static final int ONE_BYTE_PREFIX_LIMIT = 256;
  private static final int ONE_BYTE_ENUM_LIMIT = 255;

  private TypeChanges() {
  }

  /** Whether PostgreSQL changes the column's type without rewriting the table. */
  static boolean postgresKeepsRows(DataType from, DataType to) {
    if (from.equals(to)) {
      return true;
    }
    if (from.arrayDimensions() != to.arrayDimensions() || from.arrayDimensions() > 0) {
      return false;
    }
    if (from.name().equals(to.name())) {
      return GROWABLE.contains(from.name()) && grows(from, to);
    }
    if (!BINARY_COERCIBLE.contains(List.of(from.name(), to.name()))) {
      return false;
    }
    // Into varchar the values must fit: only an unlimited varchar takes any text without a check.
    return !to.name().equals("character varying") || to.length().isEmpty();
  }

  /** A note on changes that depend on more than the types, for the message. */
  static Optional<String> postgresNote(DataType from, DataType to) {
    if (from.name().equals("timestamp without time zone") && to.name().equals("timestamp with time zone")) {
      return Optional.of("since PostgreSQL 12 this change skips the rewrite only when the session TimeZone is UTC");
    }
    return Optional.empty();
  }

  private static boolean grows(DataType from, DataType to) {
    if (from.name().equals("numeric")) {
      if (to.precision().isEmpty()) {
        return true;
      }
      return from.precision().isPresent() && to.precision().get() >= from.precision().get()
          && to.scale().equals(from.scale());
    }
    if (TIME_TYPES.contains(from.name())) {
      return to.precision().isEmpty() || to.precision().get() >= MAX_TIME_PRECISION
          || from.precision().isPresent() && from.precision().get() <= to.precision().get();
    }
    return to.length().isEmpty() || from.length().isPresent() && from.length().get() <= to.length().get();
  }

  /**
   * Whether MySQL changes the column in place (no table copy): a VARCHAR or VARBINARY that grows while its
   * length prefix keeps its size (one byte up to 255 bytes, two beyond), or an ENUM that gains values at its end.
   */
  static boolean mysqlInPlace(DataType from, DataType to, int bytesPerChar) {
    from = mysqlTypeOnly(from);
    to = mysqlTypeOnly(to);
    if (from.equals(to)) {
      return true;
    }
    boolean sameName = from.name().equals(to.name());
    if (sameName && (from.name().equals("varchar") || from.name().equals("varbinary"))
        && from.length().isPresent() && to.length().isPresent() && to.length().get() >= from.length().get()) {
      int perChar = from.name().equals("varbinary") ? 1 : bytesPerChar;
      return from.length().get() * perChar < ONE_BYTE_PREFIX_LIMIT
          == to.length().get() * perChar < ONE_BYTE_PREFIX_LIMIT;
    }
    return enumGrowsAtEnd(from.name(), to.name());
  }

  /**
   * The type without a character set or collation written into its name ({@code varchar character set latin1}),
   * ENUM values listed without blanks, so two spellings of one type compare equal.
   */
  static DataType mysqlTypeOnly(DataType type) {
    String name = CHARSET_WORDS.matcher(type.name()).replaceAll("");
    name = ENUM_START.matcher(name).replaceAll("$1(");
    name = ENUM_SEPARATOR.matcher(name).replaceAll("','");
    if (type.length().isEmpty() && type.precision().isPresent() && MYSQL_LENGTH_TYPES.contains(name.strip())) {
      // With words after the name the length was read as a precision: varchar character set latin1(60).
      return DataType.of(name.strip()).withLength(type.precision().get());
    }
    return new DataType(name.strip(), type.length(), type.precision(), type.scale(), type.arrayDimensions());
  }

  /** The character set written into a MySQL type's name, if any: {@code varchar character set latin1}. */
  static Optional<String> mysqlCharsetIn(DataType type) {
    Matcher charset = CHARSET_NAME.matcher(type.name());
    return charset.find() ? Optional.of(charset.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  /** Bytes per character of a MySQL character set; utf8mb4's four where none is known. */
  static int bytesPerChar(Optional<String> charset) {
    return charset.map(c -> BYTES_PER_CHAR.getOrDefault(c.toLowerCase(Locale.ROOT), DEFAULT_BYTES_PER_CHAR))
        .orElse(DEFAULT_BYTES_PER_CHAR);
  }

  /** MySQL keeps an ENUM's values as numbers: appended values leave the stored ones alone, within one byte. */
  private static boolean enumGrowsAtEnd(String from, String to) {
    if (!from.startsWith("enum(") || !to.startsWith("enum(") || !from.endsWith(")") || !to.endsWith(")")) {
      return false;
    }
    String oldValues = from.substring(0, from.length() - 1);
    return to.startsWith(oldValues + ",") && to.split("','", -1).length <= ONE_BYTE_ENUM_LIMIT;
  }
}
