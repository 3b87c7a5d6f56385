package dev.plumb.rules.safety;

import dev.plumb.core.model.operation.Operation;
import java.util.Set;

/** What MySQL's ALGORITHM= option of an ALTER TABLE tells the copy rules. */
final class MysqlAlgorithms {

  private static final Set<String> NO_COPY = Set.of("INPLACE", "INSTANT", "NOCOPY");

  private MysqlAlgorithms() {
  }

  /**
   * Whether the statement names an algorithm that does not copy: MySQL then refuses a change that needs a copy,
   * and the statement fails instead of blocking writes.
   */
  static boolean refusesCopy(Operation.AlterTable alter) {
    return alter.algorithm().filter(NO_COPY::contains).isPresent();
  }
}
