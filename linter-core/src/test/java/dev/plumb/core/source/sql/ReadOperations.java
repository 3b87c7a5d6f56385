package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.operation.Operation;
import java.util.List;

/** Reads the operations of test SQL statement by statement, as the replay does, without replaying it. */
final class ReadOperations {

  static final String FILE = "db/V1__ops.sql";

  private ReadOperations() {
  }

  /** The operations of all statements in order; the SQL must split without problems. */
  static List<Operation> of(Dialect dialect, String sql) {
    SplitResult split = new StatementSplitter(dialect).split(FILE, sql);
    assertThat(split.problems()).as("split problems").isEmpty();
    OperationReader reader = new OperationReader(dialect);
    return split.statements().stream()
        .flatMap(statement -> reader.read(statement, StatementVerb.of(statement.text())).stream())
        .toList();
  }

  /** The single operation of the SQL. */
  static Operation only(Dialect dialect, String sql) {
    List<Operation> operations = of(dialect, sql);
    assertThat(operations).as("operations of " + sql).hasSize(1);
    return operations.get(0);
  }

  static Operation postgres(String sql) {
    return only(Dialect.POSTGRESQL, sql);
  }

  static Operation mysql(String sql) {
    return only(Dialect.MYSQL, sql);
  }

  static SourceSpan span(int line, int column, int endLine, int endColumn) {
    return new SourceSpan(FILE, line, column, endLine, endColumn);
  }

  /** A span within line 1. */
  static SourceSpan span(int column, int endColumn) {
    return span(1, column, 1, endColumn);
  }

  /** The span of a one-line statement starting the file. */
  static SourceSpan line(String statement) {
    return span(1, statement.length());
  }

  static ObjectPath path(String... parts) {
    return ObjectPath.of(parts);
  }
}
