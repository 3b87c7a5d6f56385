package dev.plumb.rules.safety;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.Operation;
import java.util.Set;

/** What the MySQL and MariaDB rules share: the product's name for messages, and what ALGORITHM= tells them. */
final class MysqlFamily {

  private static final Set<String> NO_COPY = Set.of("INPLACE", "INSTANT", "NOCOPY");

  private MysqlFamily() {
  }

  /** "MariaDB" or "MySQL", as messages name the server. */
  static String product(Dialect dialect) {
    return dialect == Dialect.MARIADB ? "MariaDB" : "MySQL";
  }

  /**
   * Whether the statement names an algorithm that does not copy: the server then refuses a change that needs a
   * copy, and the statement fails instead of blocking writes.
   */
  static boolean refusesCopy(Operation.AlterTable alter) {
    return alter.algorithm().filter(NO_COPY::contains).isPresent();
  }
}
