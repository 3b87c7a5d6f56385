package dev.plumb.core.model;

import static java.util.Objects.requireNonNull;

/**
 * One key of an index: a column name, or an expression such as {@code lower(email)}.
 *
 * @param descending whether the key is sorted DESC
 */
public record IndexKey(String text, boolean expression, boolean descending) {

  public IndexKey {
    requireNonNull(text, "no key text given");
  }

  public static IndexKey column(String name) {
    return new IndexKey(name, false, false);
  }

  public static IndexKey expression(String sql) {
    return new IndexKey(sql, true, false);
  }
}
