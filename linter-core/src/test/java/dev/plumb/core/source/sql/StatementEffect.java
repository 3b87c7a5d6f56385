package dev.plumb.core.source.sql;

import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import java.util.List;

/**
 * What one statement does to a schema: the schema the setup builds, the one after the statement, and whether
 * the statement was understood. The setup must replay without a problem, so a test cannot pass on a broken setup.
 */
record StatementEffect(Schema before, Schema after, boolean understood, List<SourceProblem> problems) {

  static final String SETUP = "V1__setup.sql";
  static final String STATEMENT = "V2__statement.sql";

  static StatementEffect of(Dialect dialect, String setup, String statement) {
    SqlReplayer replayer = new SqlReplayer(dialect);
    ReplayResult prepared = replayer.replay(List.of(new SqlSourceFile(SETUP, setup)));
    if (!prepared.problems().isEmpty() || prepared.understood() != prepared.statements()) {
      throw new AssertionError("the setup does not replay cleanly: " + prepared.problems());
    }
    ReplayResult result = replayer.replay(List.of(new SqlSourceFile(SETUP, setup),
        new SqlSourceFile(STATEMENT, statement)));
    if (result.statements() != prepared.statements() + 1) {
      throw new AssertionError("expected one statement, found " + (result.statements() - prepared.statements()));
    }
    boolean understood = result.understood() == result.statements() && result.problems().isEmpty();
    return new StatementEffect(prepared.schema(), result.schema(), understood, result.problems());
  }

  static StatementEffect postgres(String setup, String statement) {
    return of(Dialect.POSTGRESQL, setup, statement);
  }

  /** The span of the whole statement file's first statement, which starts at line 1, column 1. */
  static SourceSpan statementSpan(int endLine, int endColumn) {
    return new SourceSpan(STATEMENT, 1, 1, endLine, endColumn);
  }

  static ObjectPath path(String... parts) {
    return ObjectPath.of(parts);
  }
}
