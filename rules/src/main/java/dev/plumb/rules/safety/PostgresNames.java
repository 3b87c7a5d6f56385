package dev.plumb.rules.safety;

import dev.plumb.core.ddl.DefaultNames;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.operation.ConstraintDefinition;
import dev.plumb.core.model.operation.ConstraintKind;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names PostgreSQL gives constraints, indexes and sequences written without one, so that remediation SQL
 * can name in {@code VALIDATE CONSTRAINT} what an unnamed {@code ADD FOREIGN KEY} created.
 */
final class PostgresNames {

  /** NAMEDATALEN - 1: longer names are cut, the table and column parts first. */
  private static final Pattern WORD = Pattern.compile("\"((?:[^\"]|\"\")+)\"|([A-Za-z_][A-Za-z0-9_$]*)");

  private PostgresNames() {
  }

  /**
   * The constraint's name: as written, or the one PostgreSQL gives it ({@code orders_user_id_fkey},
   * {@code orders_total_check}), numbered past names the table already uses.
   *
   * @param table the table before the constraint is added, if the replay knows it
   */
  static String constraint(ConstraintDefinition constraint, String tableName, Optional<Table> table) {
    if (constraint.name().isPresent()) {
      return constraint.name().get();
    }
    Set<String> taken = taken(table);
    return switch (constraint.kind()) {
      case PRIMARY_KEY -> DefaultNames.primaryKey(Dialect.POSTGRESQL, tableName);
      case UNIQUE -> DefaultNames.unique(Dialect.POSTGRESQL, tableName, constraint.columns(), taken);
      case FOREIGN_KEY -> DefaultNames.foreignKey(Dialect.POSTGRESQL, tableName, constraint.columns(), taken);
      case EXCLUSION -> DefaultNames.exclusion(tableName, constraint.columns(), taken);
      case CHECK -> DefaultNames.check(Dialect.POSTGRESQL, tableName, soleColumn(constraint, table), taken);
    };
  }

  /** {@code orders_code_key}: the name of a unique index (and constraint) on these columns. */
  static String uniqueKey(String tableName, List<String> columns, Optional<Table> table) {
    return DefaultNames.unique(Dialect.POSTGRESQL, tableName, columns, taken(table));
  }

  /** {@code orders_pkey}. */
  static String primaryKey(String tableName) {
    return DefaultNames.primaryKey(Dialect.POSTGRESQL, tableName);
  }

  /** {@code orders_c_not_null}: the temporary CHECK that lets SET NOT NULL skip its scan. */
  static String notNullCheck(String tableName, String column) {
    return DefaultNames.objectName(tableName, column, "not_null");
  }

  /** {@code orders_id_seq}: the sequence a serial column owns. */
  static String sequence(String tableName, String column) {
    return DefaultNames.sequence(tableName, column);
  }

  /**
   * PostgreSQL names an unnamed CHECK after the one column its expression reads, if it reads exactly one: the
   * table's column names found as words in the expression tell which.
   */
  private static Optional<String> soleColumn(ConstraintDefinition constraint, Optional<Table> table) {
    if (constraint.kind() != ConstraintKind.CHECK || constraint.expression().isEmpty() || table.isEmpty()) {
      return Optional.empty();
    }
    Set<String> read = new HashSet<>();
    Matcher word = WORD.matcher(withoutStrings(constraint.expression().get()));
    while (word.find()) {
      String name = word.group(1) != null ? word.group(1).replace("\"\"", "\"")
          : word.group(2).toLowerCase(Locale.ROOT);
      table.get().column(name).ifPresent(c -> read.add(c.name()));
    }
    return read.size() == 1 ? Optional.of(read.iterator().next()) : Optional.empty();
  }

  private static String withoutStrings(String expression) {
    return expression.replaceAll("'(?:[^']|'')*'", "''");
  }

  private static Set<String> taken(Optional<Table> table) {
    Set<String> names = new HashSet<>();
    table.ifPresent(t -> {
      t.primaryKey().flatMap(k -> k.name()).ifPresent(names::add);
      t.uniqueConstraints().forEach(u -> u.name().ifPresent(names::add));
      t.foreignKeys().forEach(f -> f.name().ifPresent(names::add));
      t.checks().forEach(c -> c.name().ifPresent(names::add));
      t.indexes().forEach(i -> names.add(i.name()));
    });
    return names;
  }
}
