package dev.plumb.rules.expected;

import dev.plumb.core.ddl.DdlWriter;
import dev.plumb.core.ddl.DdlWriter.ColumnSpec;
import dev.plumb.core.ddl.TypeDefaults;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.expected.ExpectedColumn;
import java.util.Optional;

/** Turns an expected column into the column definition remediations write. */
final class ExpectedColumnSql {

  private ExpectedColumnSql() {
  }

  /**
   * The definition of an expected column to add, or empty when the expected schema gives no type. A column that
   * must have a default but names none gets a plausible one for its type.
   */
  static Optional<ColumnSpec> forNewColumn(ExpectedColumn expected, Dialect dialect) {
    return expected.type().map(type -> {
      Optional<String> defaultValue = expected.defaultExpression();
      if (defaultValue.isEmpty() && expected.hasDefault().orElse(false)) {
        defaultValue = TypeDefaults.suggest(type, dialect);
      }
      return new ColumnSpec(expected.name(), type, !expected.nullable().orElse(true), defaultValue);
    });
  }

  /** The actual column restated with what the expectation changes (type, nullability). */
  static ColumnSpec restated(Column actual, ExpectedColumn expected) {
    return new ColumnSpec(actual.name(), expected.type().orElse(actual.type()),
        !expected.nullable().orElse(actual.nullable()), actual.defaultExpression());
  }

  static DdlWriter ddl(Dialect dialect) {
    return new DdlWriter(dialect);
  }
}
