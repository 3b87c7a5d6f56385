package dev.plumb.core.source.sql;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Builds the schema a sequence of SQL files defines by applying their statements in order, the way a database
 * would run the migrations. Each statement is parsed on its own, so one that cannot be parsed becomes a
 * {@link SourceProblem} at the exact place of the error and the replay goes on with the next.
 */
public final class SqlReplayer {

  /** Long enough for any real statement; a pathological one must not stall the run. */
  public static final Duration DEFAULT_PARSE_TIMEOUT = Duration.ofSeconds(5);

  private final Dialect dialect;
  private final SqlSyntax syntax;
  private final StatementSplitter splitter;
  private final StatementParser parser;
  private final StatementApplier applier;
  private final FallbackRecognizer fallback;

  public SqlReplayer(Dialect dialect) {
    this(dialect, DEFAULT_PARSE_TIMEOUT);
  }

  public SqlReplayer(Dialect dialect, Duration parseTimeout) {
    this.dialect = requireNonNull(dialect, "no dialect given");
    Names names = new Names(dialect);
    this.syntax = new SqlSyntax(dialect);
    this.splitter = new StatementSplitter(dialect);
    this.parser = new StatementParser(dialect, requireNonNull(parseTimeout, "no parse timeout given"));
    this.applier = new StatementApplier(names);
    this.fallback = new FallbackRecognizer(names, parser, applier);
  }

  public ReplayResult replay(List<SqlSourceFile> files) {
    requireNonNull(files, "no files given");
    Schema schema = Schema.empty(dialect);
    List<SourceProblem> problems = new ArrayList<>();
    List<ReplayedFile> replayed = new ArrayList<>();
    int statements = 0;
    int understood = 0;
    ParseAhead parsed = new ParseAhead(parser, splitter, files);
    for (SqlSourceFile file : files) {
      SplitResult split = parsed.split(file);
      problems.addAll(split.problems());
      replayed.add(new ReplayedFile(file.displayName(), split.statements()));
      for (SqlStatement statement : split.statements()) {
        statements++;
        Optional<UnaryOperator<Schema>> change = understand(statement, parsed.next(statement), problems);
        if (change.isEmpty()) {
          continue;
        }
        try {
          schema = change.get().apply(schema);
          understood++;
        } catch (RuntimeException e) {
          // Input the adapters did not foresee: reported, and the schema stays as it was.
          problems.add(new SourceProblem(SourceProblem.SQL_PARSE_ERROR, "could not replay statement: "
              + e.getMessage(), SourceSpan.at(statement.span().file(), statement.span().line(),
              statement.span().column()), statement.span()));
        }
      }
    }
    return new ReplayResult(schema, problems, replayed, statements, understood);
  }

  /** The statement's change to the schema, or empty (with a problem recorded) if it was not understood. */
  private Optional<UnaryOperator<Schema>> understand(SqlStatement statement, ParseOutcome outcome,
                                                     List<SourceProblem> problems) {
    if (outcome instanceof ParseOutcome.Parsed parsed) {
      WrittenStatement written = WrittenStatement.of(statement, syntax);
      return Optional.of(schema -> applier.apply(schema, parsed.statement(), written));
    }
    Optional<UnaryOperator<Schema>> recognized = fallback.recognize(statement);
    if (recognized.isEmpty()) {
      ParseOutcome.Rejected rejected = (ParseOutcome.Rejected) outcome;
      problems.add(new SourceProblem(SourceProblem.SQL_PARSE_ERROR, "could not parse statement: " + rejected.reason(),
          inFile(statement, rejected), statement.span()));
    }
    return recognized;
  }

  /** The rejected range, moved from statement-relative to file positions and kept inside the statement. */
  static SourceSpan inFile(SqlStatement statement, ParseOutcome.Rejected rejected) {
    SourceSpan whole = statement.span();
    int[] start = clamp(whole, toFile(whole, rejected.line(), rejected.column()));
    int[] end = clamp(whole, toFile(whole, rejected.endLine(), rejected.endColumn()));
    if (end[0] < start[0] || (end[0] == start[0] && end[1] < start[1])) {
      end = start;
    }
    return new SourceSpan(whole.file(), start[0], start[1], end[0], end[1]);
  }

  private static int[] toFile(SourceSpan statement, int line, int column) {
    return line <= 1
        ? new int[] {statement.line(), statement.column() + Math.max(column, 1) - 1}
        : new int[] {statement.line() + line - 1, Math.max(column, 1)};
  }

  private static int[] clamp(SourceSpan statement, int[] position) {
    if (position[0] > statement.endLine()
        || (position[0] == statement.endLine() && position[1] > statement.endColumn())) {
      return new int[] {statement.endLine(), statement.endColumn()};
    }
    return position;
  }
}
