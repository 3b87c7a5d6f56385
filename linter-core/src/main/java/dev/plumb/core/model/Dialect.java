package dev.plumb.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The SQL dialects Plumb understands; each knows how it folds identifiers and names its default schema. */
public enum Dialect {
  POSTGRESQL("postgresql", "public", IdentifierCase.LOWER),
  MYSQL("mysql", "", IdentifierCase.LOWER),
  MARIADB("mariadb", "", IdentifierCase.LOWER),
  SQLITE("sqlite", "main", IdentifierCase.LOWER),
  H2("h2", "PUBLIC", IdentifierCase.UPPER);

  private enum IdentifierCase { LOWER, UPPER }

  private final String id;
  private final String defaultSchema;
  private final IdentifierCase unquotedCase;

  Dialect(String id, String defaultSchema, IdentifierCase unquotedCase) {
    this.id = id;
    this.defaultSchema = defaultSchema;
    this.unquotedCase = unquotedCase;
  }

  /** The name used on the command line and in YAML: {@code postgresql}, {@code mysql}, ... */
  public String id() {
    return id;
  }

  public String defaultSchema() {
    return defaultSchema;
  }

  public boolean isMysqlFamily() {
    return this == MYSQL || this == MARIADB;
  }

  /**
   * The name an identifier gets in the catalog: quoted identifiers keep their case (quotes removed),
   * unquoted ones are folded the way this dialect folds them.
   */
  public String normalizeIdentifier(String written) {
    String raw = written.strip();
    if (raw.length() >= 2) {
      char first = raw.charAt(0);
      char last = raw.charAt(raw.length() - 1);
      if ((first == '"' && last == '"') || (first == '`' && last == '`') || (first == '[' && last == ']')) {
        String inner = raw.substring(1, raw.length() - 1);
        return first == '"' ? inner.replace("\"\"", "\"") : first == '`' ? inner.replace("``", "`") : inner;
      }
    }
    return unquotedCase == IdentifierCase.LOWER ? raw.toLowerCase(Locale.ROOT) : raw.toUpperCase(Locale.ROOT);
  }

  /** Writes a catalog name back as SQL, quoting it only where the bare form would be read differently. */
  public String quoteIfNeeded(String name) {
    boolean plain = !name.isEmpty() && name.matches("[A-Za-z_][A-Za-z0-9_$]*")
        && normalizeIdentifier(name).equals(name) && !SqlKeywords.isReserved(name);
    if (plain) {
      return name;
    }
    return isMysqlFamily() ? "`" + name.replace("`", "``") + "`" : "\"" + name.replace("\"", "\"\"") + "\"";
  }

  public static Optional<Dialect> fromId(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    if (wanted.equals("postgres") || wanted.equals("pg")) {
      return Optional.of(POSTGRESQL);
    }
    return Arrays.stream(values()).filter(d -> d.id.equals(wanted)).findFirst();
  }

  public static String knownIds() {
    return Arrays.stream(values()).map(Dialect::id).collect(Collectors.joining(", "));
  }
}
