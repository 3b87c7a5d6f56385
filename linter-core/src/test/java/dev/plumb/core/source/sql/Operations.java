package dev.plumb.core.source.sql;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.migration.ReplayStep;
import dev.plumb.core.model.operation.Operation;
import java.util.List;

/** For operation tests: the operations of every statement of one file, replayed in a dialect. */
final class Operations {

  private Operations() {
  }

  static List<Operation> of(Dialect dialect, String sql) {
    return new SqlReplayer(dialect).replay(List.of(new SqlSourceFile("V1__t.sql", sql))).trace().steps().stream()
        .flatMap(step -> step.operations().stream()).toList();
  }

  /** The operations of the only statement that has any. */
  static <T extends Operation> T single(Dialect dialect, String sql, Class<T> type) {
    List<Operation> operations = of(dialect, sql);
    if (operations.size() != 1 || !type.isInstance(operations.get(0))) {
      throw new AssertionError("expected one " + type.getSimpleName() + " but got " + operations);
    }
    return type.cast(operations.get(0));
  }

  static List<ReplayStep> steps(Dialect dialect, String sql) {
    return new SqlReplayer(dialect).replay(List.of(new SqlSourceFile("V1__t.sql", sql))).trace().steps();
  }
}
