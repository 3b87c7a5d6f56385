package dev.plumb.rules.safety;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;

/** Names written into remediation SQL: quoted where the dialect needs it, the default schema left out. */
public final class SqlNames {

  private SqlNames() {
  }

  /** A table, index or type: {@code orders}, {@code billing.orders}. */
  public static String of(ObjectPath path, Dialect dialect) {
    String name = dialect.quoteIfNeeded(path.name());
    if (path.depth() < 2 || path.parts().get(0).equals(dialect.defaultSchema())) {
      return name;
    }
    return dialect.quoteIfNeeded(path.parts().get(0)) + "." + name;
  }

  /** A column or constraint name. */
  public static String of(String name, Dialect dialect) {
    return dialect.quoteIfNeeded(name);
  }
}
