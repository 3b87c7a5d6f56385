package dev.plumb.rules.safety;

import dev.plumb.core.model.operation.ColumnDefinition;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What PostgreSQL does to the rows already in a table when a column is added to it: nothing (the value is NULL,
 * or one stored default), write every row anew, or fail.
 */
final class AddedColumns {

  private static final Map<String, String> SERIAL_BASES = Map.of(
      "smallserial", "smallint", "serial2", "smallint",
      "serial", "integer", "serial4", "integer",
      "bigserial", "bigint", "serial8", "bigint");

  /**
   * Built-in functions PostgreSQL marks VOLATILE that defaults use; {@code now()} and {@code CURRENT_TIMESTAMP}
   * are STABLE (one value per transaction), so they are not here.
   */
  private static final Set<String> VOLATILE = Set.of("random", "random_normal", "setseed", "clock_timestamp",
      "timeofday", "gen_random_uuid", "gen_random_bytes", "gen_salt", "uuid_generate_v1", "uuid_generate_v1mc",
      "uuid_generate_v4", "uuidv4", "uuidv7", "nextval", "currval", "lastval");

  private static final Pattern NULL = Pattern.compile("\\(*\\s*null\\s*\\)*(\\s*::.*)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CALL = Pattern.compile("([A-Za-z_][A-Za-z0-9_$.\"]*)\\s*\\(");

  private AddedColumns() {
  }

  /** Why adding the column writes every row, if it does. */
  enum Rewrite {
    VOLATILE_DEFAULT, ANY_DEFAULT_BEFORE_11, SERIAL, IDENTITY, STORED_GENERATED
  }

  /** Whether adding the column fails on a table with rows: NOT NULL (or PRIMARY KEY) and nothing fills it. */
  static boolean failsOnRows(ColumnDefinition column) {
    return (column.notNull() || column.primaryKey()) && !hasDefault(column)
        && column.generatedExpression().isEmpty() && !column.identity() && !isSerial(column);
  }

  /** Whether existing rows get a value other than NULL in the new column. */
  static boolean fillsRows(ColumnDefinition column) {
    return hasDefault(column) || column.generatedExpression().isPresent() || column.identity() || isSerial(column);
  }

  static boolean isSerial(ColumnDefinition column) {
    return SERIAL_BASES.containsKey(column.writtenTypeName());
  }

  /** The type a serial column really has ({@code integer} for {@code serial}); the written type otherwise. */
  static String storedType(ColumnDefinition column) {
    return SERIAL_BASES.getOrDefault(column.writtenTypeName(), column.typeText().strip());
  }

  /** Why adding the column rewrites the table on this PostgreSQL version; empty when it does not. */
  static Optional<Rewrite> rewrite(ColumnDefinition column, int postgresVersion) {
    if (column.generatedExpression().isPresent()) {
      // Before 18 every generated column is stored; from 18 on the default is VIRTUAL, computed when read.
      return column.storedGeneration() || postgresVersion < 18 ? Optional.of(Rewrite.STORED_GENERATED)
          : Optional.empty();
    }
    if (isSerial(column)) {
      return Optional.of(Rewrite.SERIAL);
    }
    if (column.identity()) {
      return Optional.of(Rewrite.IDENTITY);
    }
    if (!hasDefault(column)) {
      return Optional.empty();
    }
    if (volatileFunction(column.defaultExpression().get()).isPresent()) {
      return Optional.of(Rewrite.VOLATILE_DEFAULT);
    }
    return postgresVersion < 11 ? Optional.of(Rewrite.ANY_DEFAULT_BEFORE_11) : Optional.empty();
  }

  /**
   * The first volatile built-in the expression calls. Functions of the user's own are not judged: their
   * volatility is not in the model, and guessing would report stable ones.
   */
  static Optional<String> volatileFunction(String expression) {
    Matcher call = CALL.matcher(expression.replaceAll("'(?:[^']|'')*'", "''"));
    while (call.find()) {
      String name = call.group(1).replace("\"", "").toLowerCase(Locale.ROOT);
      String bare = name.substring(name.lastIndexOf('.') + 1);
      if (VOLATILE.contains(bare)) {
        return Optional.of(bare + "()");
      }
    }
    return Optional.empty();
  }

  /** A DEFAULT other than NULL: {@code DEFAULT NULL} (or {@code NULL::text}) fills nothing. */
  static boolean hasDefault(ColumnDefinition column) {
    return column.defaultExpression().filter(e -> !NULL.matcher(e.strip()).matches()).isPresent();
  }
}
