package dev.plumb.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A column's data type in its dialect's canonical spelling, so that synonyms compare equal:
 * {@code int4}, {@code int} and {@code integer} all become {@code integer}; {@code varchar(20)} becomes
 * {@code character varying} with length 20. Build one with {@link DataTypes#parse(String, Dialect)}.
 *
 * @param name canonical base name, lower case ({@code character varying}, {@code numeric}, a user type's name)
 * @param length character or bit length, where the type has one
 * @param precision numeric precision, or fractional-seconds precision of time types
 * @param scale numeric scale
 * @param arrayDimensions 0 for a scalar
 */
public record DataType(String name, Optional<Integer> length, Optional<Integer> precision, Optional<Integer> scale,
                       int arrayDimensions) {

  public DataType {
    requireNonNull(name, "no type name given");
    requireNonNull(length, "length is Optional, not null");
    requireNonNull(precision, "precision is Optional, not null");
    requireNonNull(scale, "scale is Optional, not null");
    if (arrayDimensions < 0) {
      throw new IllegalArgumentException("negative array dimensions");
    }
  }

  public static DataType of(String name) {
    return new DataType(name, Optional.empty(), Optional.empty(), Optional.empty(), 0);
  }

  public DataType withLength(int newLength) {
    return new DataType(name, Optional.of(newLength), precision, scale, arrayDimensions);
  }

  public DataType withPrecision(int newPrecision, Optional<Integer> newScale) {
    return new DataType(name, length, Optional.of(newPrecision), newScale, arrayDimensions);
  }

  public DataType asArray(int dimensions) {
    return new DataType(name, length, precision, scale, dimensions);
  }

  /**
   * Whether this (actual) type meets an expected one. A length, precision or scale the expectation leaves
   * out matches any: "varchar" in an expected schema accepts {@code varchar(255)}.
   */
  public boolean satisfies(DataType expected) {
    return name.equals(expected.name)
        && arrayDimensions == expected.arrayDimensions
        && (expected.length.isEmpty() || expected.length.equals(length))
        && (expected.precision.isEmpty() || expected.precision.equals(precision))
        && (expected.scale.isEmpty() || expected.scale.equals(scale));
  }

  /** The type as SQL in the canonical spelling, e.g. {@code numeric(10,2)}, {@code timestamp(3) with time zone}. */
  public String toSql() {
    StringBuilder sql = new StringBuilder();
    String modifiers = modifiers();
    int zone = name.indexOf(" with");
    if (!modifiers.isEmpty() && (name.startsWith("timestamp ") || name.startsWith("time ")) && zone > 0) {
      // PostgreSQL puts the precision of time types before the time-zone words.
      sql.append(name, 0, zone).append(modifiers).append(name.substring(zone));
    } else if (!modifiers.isEmpty() && name.endsWith(" unsigned")) {
      // MySQL takes the precision before UNSIGNED: decimal(10,2) unsigned.
      sql.append(name, 0, name.length() - " unsigned".length()).append(modifiers).append(" unsigned");
    } else {
      sql.append(name).append(modifiers);
    }
    sql.append("[]".repeat(arrayDimensions));
    return sql.toString();
  }

  private String modifiers() {
    if (length.isPresent()) {
      return "(" + length.get() + ")";
    }
    if (precision.isPresent()) {
      return scale.map(s -> "(" + precision.get() + "," + s + ")").orElse("(" + precision.get() + ")");
    }
    return "";
  }

  @Override
  public String toString() {
    return toSql();
  }
}
