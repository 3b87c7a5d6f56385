package dev.plumb.core.source.sql;

import dev.plumb.core.model.SourceSpan;
import java.util.Optional;
import net.sf.jsqlparser.statement.CreateFunctionalStatement;
import net.sf.jsqlparser.statement.DoStatement;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterDomain;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.alter.sequence.AlterSequence;
import net.sf.jsqlparser.statement.create.domain.CreateDomain;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * Readings JSqlParser returns without complaint although it skipped or misread part of the statement, which a
 * replay would turn into a wrong schema: SQLite columns without a type ({@code CREATE TABLE t (a, b)} comes back
 * without columns), SQLite's virtual tables (a table without columns), {@code ALTER COLUMN c SET STATISTICS 100}
 * (a change of type to {@code SET}), MariaDB's {@code ADD SYSTEM VERSIONING} (a new column), any words after
 * ALTER TABLE (an "unspecific" action the replay ignores), routine bodies and DO blocks kept as loose text. Such
 * a statement is treated as not parsed and goes to the fallback, which reads it whole.
 */
final class PartialReadings {

  private PartialReadings() {
  }

  /** Why the reading is incomplete, or empty if nothing written is missing from it. */
  static Optional<String> missing(Statement statement, String text, SqlSyntax syntax) {
    if (statement instanceof CreateFunctionalStatement && syntax.dialect().isMysqlFamily()) {
      // JSqlParser keeps a MySQL routine's body as loose tokens; RoutineGrammar reads its shape.
      return Optional.of("the SQL parser does not read MySQL routine bodies");
    }
    if (statement instanceof DoStatement) {
      // The block's statements are replayed by the fallback (DoBlockGrammar); JSqlParser keeps them as text.
      return Optional.of("the SQL parser keeps a DO block's statements as text");
    }
    if (statement instanceof AlterSequence || statement instanceof CreateDomain || statement instanceof AlterDomain) {
      // The replay reads these from the tokens (StatementApplier); a form the token reader rejects is not read.
      return readByTokens(text, syntax) ? Optional.empty()
          : Optional.of("the SQL parser accepts this statement only in part");
    }
    if (statement instanceof Alter alter && misread(alter, syntax)) {
      return Optional.of("the SQL parser misreads this ALTER TABLE action as a column's type");
    }
    if (statement instanceof Alter alter && unreadAction(alter, syntax)) {
      return Optional.of("the SQL parser does not read this ALTER TABLE action");
    }
    if (!(statement instanceof CreateTable create)) {
      return Optional.empty();
    }
    TokenCursor tokens = TokenCursor.of(text, syntax);
    if (tokens.isWord(1, "VIRTUAL")) {
      return Optional.of("the SQL parser does not read virtual tables");
    }
    int written = writtenElements(tokens);
    int parsed = create.getTableElements() == null ? 0 : create.getTableElements().size();
    return parsed < written ? Optional.of("the SQL parser skipped " + (written - parsed) + " of " + written
        + " table elements") : Optional.empty();
  }

  /**
   * JSqlParser takes any words after ALTER TABLE name as an "unspecific" action ({@code ALTER TABLE t FLY AWAY}
   * parses) and the replay applies nothing for it; such a reading stands only for VALIDATE CONSTRAINT (which the
   * replay reads) and for actions that change nothing the model holds.
   */
  private static boolean unreadAction(Alter alter, SqlSyntax syntax) {
    if (alter.getAlterExpressions() == null) {
      return false;
    }
    AlterTableActions actions = new AlterTableActions(new Names(syntax.dialect()));
    for (AlterExpression expression : alter.getAlterExpressions()) {
      if (expression.getOperation() != AlterOperation.UNSPECIFIC) {
        continue;
      }
      TokenCursor action = TokenCursor.of(expression.toString(), syntax);
      boolean validate = action.accept("VALIDATE", "CONSTRAINT") && action.name().isPresent() && action.atEnd();
      action.reset(0);
      // Only actions that change nothing may stay with JSqlParser's reading; the others go to the fallback.
      boolean known = validate || actions.unchanged(action);
      if (!known) {
        return true;
      }
    }
    return false;
  }

  private static boolean readByTokens(String text, SqlSyntax syntax) {
    Names names = new Names(syntax.dialect());
    TokenCursor tokens = TokenCursor.of(text, syntax);
    if (tokens.peek("ALTER", "SEQUENCE")) {
      return new SequenceAlterations(names).read(tokens).isPresent() && tokens.atEnd();
    }
    SqlStatement statement = new SqlStatement(text, SourceSpan.fileStart("statement"), 0);
    return new TypeGrammar(names).recognize(tokens, statement).isPresent();
  }

  /** The comma-separated elements in the parentheses right after the table's name; 0 if there are none. */
  private static int writtenElements(TokenCursor t) {
    t.accept("CREATE");
    t.accept("OR", "REPLACE");
    while (t.acceptAny("TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL", "MEMORY", "CACHED").isPresent()) {
      // table kinds
    }
    if (!t.accept("TABLE")) {
      return 0;
    }
    t.accept("IF", "NOT", "EXISTS");
    if (t.qualifiedName().isEmpty() && !t.string()) {
      return 0;
    }
    int open = t.position();
    int close = t.closing(open);
    if (close < 0) {
      return 0;
    }
    int elements = close > open + 1 ? 1 : 0;
    int depth = 0;
    for (int i = open + 1; i < close; i++) {
      if (t.isSymbol(i, '(')) {
        depth++;
      } else if (t.isSymbol(i, ')')) {
        depth--;
      } else if (depth == 0 && t.isSymbol(i, ',')) {
        elements++;
      }
    }
    return elements;
  }

  /**
   * Outside MySQL no type is called SET: such a "type" is the SET of SET STATISTICS, STORAGE or COMPRESSION (or
   * H2's SET NULL); and no column is called SYSTEM of type VERSIONING.
   */
  private static boolean misread(Alter alter, SqlSyntax syntax) {
    boolean mysql = syntax.dialect().isMysqlFamily();
    if (alter.getAlterExpressions() == null) {
      return false;
    }
    for (AlterExpression expression : alter.getAlterExpressions()) {
      if (expression.getColDataTypeList() == null) {
        continue;
      }
      for (AlterExpression.ColumnDataType column : expression.getColDataTypeList()) {
        if (!mysql && column.getColDataType() != null
            && "SET".equalsIgnoreCase(column.getColDataType().getDataType())) {
          return true;
        }
        // MariaDB's ADD SYSTEM VERSIONING, read as a column "system" of type "versioning".
        if (column.getColDataType() != null && "VERSIONING".equalsIgnoreCase(column.getColDataType().getDataType())
            && "SYSTEM".equalsIgnoreCase(column.getColumnName())) {
          return true;
        }
      }
    }
    return false;
  }
}
