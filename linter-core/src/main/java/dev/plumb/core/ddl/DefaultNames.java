package dev.plumb.core.ddl;

import dev.plumb.core.model.Dialect;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The names a database gives to indexes, constraints and sequences declared without one, so that a later
 * {@code DROP CONSTRAINT users_email_key} finds what an unnamed {@code UNIQUE} created. PostgreSQL's rules
 * serve every dialect except MySQL and MariaDB, which name keys after their first column.
 */
public final class DefaultNames {

  /** PostgreSQL's NAMEDATALEN - 1: longer names are cut, the table and column parts first. */
  private static final int MAX_NAME = 63;

  private DefaultNames() {
  }

  public static String primaryKey(Dialect dialect, String table) {
    return dialect.isMysqlFamily() ? "PRIMARY" : objectName(table, "", "pkey");
  }

  public static String unique(Dialect dialect, String table, List<String> columns, Set<String> taken) {
    return dialect.isMysqlFamily()
        ? mysqlKeyName(columns, taken)
        : free(table, String.join("_", columns), "key", taken);
  }

  public static String index(Dialect dialect, String table, List<String> keyNames, Set<String> taken) {
    return dialect.isMysqlFamily()
        ? mysqlKeyName(keyNames, taken)
        : free(table, String.join("_", keyNames), "idx", taken);
  }

  public static String foreignKey(Dialect dialect, String table, List<String> columns, Set<String> taken) {
    return dialect.isMysqlFamily()
        ? numbered(table + "_ibfk_", taken)
        : free(table, String.join("_", columns), "fkey", taken);
  }

  /** {@code column} is the one column the check is about, where there is exactly one. */
  public static String check(Dialect dialect, String table, Optional<String> column, Set<String> taken) {
    return dialect.isMysqlFamily()
        ? numbered(table + "_chk_", taken)
        : free(table, column.orElse(""), "check", taken);
  }

  public static String sequence(String table, String column) {
    return objectName(table, column, "seq");
  }

  /** PostgreSQL's name for an unnamed EXCLUDE constraint: {@code orders_room_during_excl}. */
  public static String exclusion(String table, List<String> columns, Set<String> taken) {
    return free(table, String.join("_", columns), "excl", taken);
  }

  private static String free(String table, String middle, String label, Set<String> taken) {
    String name = objectName(table, middle, label);
    for (int pass = 1; taken.contains(name); pass++) {
      name = objectName(table, middle, label + pass);
    }
    return name;
  }

  private static String mysqlKeyName(List<String> columns, Set<String> taken) {
    String first = columns.isEmpty() ? "key" : columns.get(0);
    String name = first;
    for (int suffix = 2; taken.contains(name); suffix++) {
      name = first + "_" + suffix;
    }
    return name;
  }

  private static String numbered(String prefix, Set<String> taken) {
    int number = 1;
    while (taken.contains(prefix + number)) {
      number++;
    }
    return prefix + number;
  }

  /**
   * PostgreSQL's makeObjectName: {@code first_second_label}, the longer of the two name parts shortened until
   * the whole fits in 63 bytes.
   */
  public static String objectName(String first, String second, String label) {
    int overhead = label.length() + 1 + (second.isEmpty() ? 0 : 1);
    int available = MAX_NAME - overhead;
    int firstLength = first.length();
    int secondLength = second.length();
    while (firstLength + secondLength > available) {
      if (firstLength > secondLength) {
        firstLength--;
      } else {
        secondLength--;
      }
    }
    String name = first.substring(0, firstLength);
    if (!second.isEmpty()) {
      name += "_" + second.substring(0, secondLength);
    }
    return name + "_" + label;
  }
}
