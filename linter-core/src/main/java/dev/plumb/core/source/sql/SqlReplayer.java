package dev.plumb.core.source.sql;

import static java.util.Objects.requireNonNull;
import static java.util.stream.Collectors.toSet;

import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.migration.DownReplay;
import dev.plumb.core.model.migration.Migration;
import dev.plumb.core.model.migration.MigrationKind;
import dev.plumb.core.model.migration.MigrationTrace;
import dev.plumb.core.model.migration.MigrationVersion;
import dev.plumb.core.model.migration.ReplayStep;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.core.source.migration.MigrationSet;
import dev.plumb.core.source.migration.MigrationSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Builds the schema a migration set defines by applying its statements in order, the way a database would run
 * the migrations, and keeps a trace of it: the schema before and after every statement and what each did. A
 * migration's down is replayed right after its up, on a side branch, to see whether it undoes the up. Each
 * statement is parsed on its own, so one that cannot be parsed becomes a {@link SourceProblem} at the exact
 * place of the error and the replay goes on with the next.
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
  private final OperationReader operations;

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
    this.operations = new OperationReader(dialect);
  }

  /** SQL files given one by one: each is a migration without version or down, applied in the order given. */
  public ReplayResult replay(List<SqlSourceFile> files) {
    requireNonNull(files, "no files given");
    List<MigrationSource> migrations = files.stream().map(SqlReplayer::unversioned).toList();
    return replay(new MigrationSet("files", false, migrations, List.of()));
  }

  public ReplayResult replay(MigrationSet set) {
    requireNonNull(set, "no migration set given");
    Run run = new Run();
    run.problems.addAll(set.problems());
    Schema schema = Schema.empty(dialect);
    DeclaredTypes types = DeclaredTypes.NONE;
    List<Boolean> replayed = replayedMigrations(set);
    run.parsed = new ParseAhead(parser, splitter, filesInReplayOrder(set, replayed))
        .readingOperations(statement -> operations.read(statement, StatementVerb.of(statement.text())));
    for (int m = 0; m < set.migrations().size(); m++) {
      MigrationSource source = set.migrations().get(m);
      if (!replayed.get(m)) {
        // Not replayed (see replayedMigrations); its statements are still listed, so its plumb:ignore comments count.
        run.read(source.up().displayName(), splitter.split(source.up().displayName(), source.up().content())
            .statements());
        continue;
      }
      Replayed up = replay(m, source.up(), schema, types, run, true);
      if (source.down().isPresent()) {
        Replayed down = replay(m, source.down().get(), up.schema(), up.types(), run, false);
        run.downs.add(new DownReplay(m, schema, down.schema(), up.complete() && down.complete(), down.start()));
      }
      schema = up.schema();
      types = up.types();
    }
    MigrationTrace trace = new MigrationTrace(set.layout(), set.hasDowns(),
        set.migrations().stream().map(MigrationSource::migration).toList(), run.steps, run.downs);
    return new ReplayResult(schema, run.problems, run.files(), run.statements, run.understood, trace);
  }

  /**
   * Which migrations are replayed: all but a second one with a version already used (often a backup copy).
   * Migration tools refuse or skip it, so replaying it would report its statements as duplicates;
   * duplicate-migration-version reports the file.
   */
  private static List<Boolean> replayedMigrations(MigrationSet set) {
    Set<MigrationVersion> applied = new HashSet<>();
    return set.migrations().stream()
        .map(source -> source.migration().version().map(applied::add).orElse(true))
        .toList();
  }

  /** The texts in the order the replay reads them, so they can be parsed ahead: each up, then its down. */
  private static List<SqlSourceFile> filesInReplayOrder(MigrationSet set, List<Boolean> replayed) {
    List<SqlSourceFile> files = new ArrayList<>();
    for (int m = 0; m < set.migrations().size(); m++) {
      if (replayed.get(m)) {
        files.add(set.migrations().get(m).up());
        set.migrations().get(m).down().ifPresent(files::add);
      }
    }
    return files;
  }

  /**
   * What replaying one file left: the schema and types after it, whether every statement was understood, and
   * where the first statement is.
   */
  private record Replayed(Schema schema, DeclaredTypes types, boolean complete, Optional<SourceSpan> start) {
  }

  /** Replays the file's statements from {@code schema}; only an up's statements become steps of the trace. */
  private Replayed replay(int migration, SqlSourceFile file, Schema schema, DeclaredTypes types, Run run,
                          boolean traced) {
    SplitResult split = run.parsed.split(file);
    run.problems.addAll(split.problems());
    run.read(file.displayName(), split.statements());
    boolean complete = split.problems().isEmpty();
    boolean foreignKeysChecked = ForeignKeyChecks.atStart(dialect);
    Set<SourceSpan> cutShort = split.problems().stream().map(SourceProblem::statementSpan).collect(toSet());
    for (SqlStatement statement : split.statements()) {
      foreignKeysChecked = ForeignKeyChecks.after(statement.text(), foreignKeysChecked, dialect);
      ReplayStep step = step(migration, statement, schema, new StatementEvents(statement.span(), types,
          foreignKeysChecked), run, cutShort.contains(statement.span()));
      if (traced) {
        run.steps.add(step);
      }
      schema = step.after();
      types = types.after(step.events());
      complete &= step.understood() && step.uncertainNames().isEmpty();
    }
    return new Replayed(schema, types, complete, split.statements().stream().findFirst().map(SqlStatement::span));
  }

  private ReplayStep step(int migration, SqlStatement statement, Schema before, StatementEvents events, Run run,
                          boolean cutShort) {
    run.statements++;
    String verb = StatementVerb.of(statement.text());
    ParseAhead.Read read = run.parsed.nextRead(statement);
    List<Operation> operations = read.operations();
    ParseOutcome outcome = read.outcome();
    // A statement the splitter found cut short (an unterminated string) is already reported; its parse error
    // would only add a confusing second one.
    Optional<UnaryOperator<Schema>> change = cutShort ? Optional.empty()
        : understand(statement, outcome, events, run.problems);
    if (change.isPresent()) {
      try {
        Schema after = change.get().apply(before);
        run.understood++;
        return new ReplayStep(migration, statement.span(), verb, true, before, after, events.events(),
            events.uncertainNames(), operations);
      } catch (RuntimeException e) {
        // Input the adapters did not foresee: reported, and the schema stays as it was.
        run.problems.add(new SourceProblem(SourceProblem.SQL_PARSE_ERROR, "could not replay statement: "
            + e.getMessage(), SourceSpan.at(statement.span().file(), statement.span().line(),
            statement.span().column()), statement.span()));
      }
    }
    return new ReplayStep(migration, statement.span(), verb, false, before, before, List.of(),
        StatementEvents.namesIn(statement.text(), dialect), operations);
  }

  /** The statement's change to the schema, or empty (with a problem recorded) if it was not understood. */
  private Optional<UnaryOperator<Schema>> understand(SqlStatement statement, ParseOutcome outcome,
                                                     StatementEvents events, List<SourceProblem> problems) {
    if (outcome instanceof ParseOutcome.Parsed parsed) {
      WrittenStatement written = WrittenStatement.of(statement, syntax);
      return Optional.of(schema -> applier.apply(schema, parsed.statement(), written, events));
    }
    Optional<UnaryOperator<Schema>> recognized = fallback.recognize(statement, events);
    if (recognized.isEmpty()) {
      ParseOutcome.Rejected rejected = (ParseOutcome.Rejected) outcome;
      problems.add(new SourceProblem(SourceProblem.SQL_PARSE_ERROR, "could not parse statement: " + rejected.reason(),
          inFile(statement, rejected), statement.span()));
    }
    return recognized;
  }

  private static MigrationSource unversioned(SqlSourceFile file) {
    String shown = file.displayName();
    String name = shown.substring(Math.max(shown.lastIndexOf('/'), shown.lastIndexOf('\\')) + 1);
    return new MigrationSource(new Migration(name, Optional.empty(), "", MigrationKind.UNVERSIONED,
        file.displayName(), Optional.empty()), file, Optional.empty());
  }

  /** What the replay gathers as it goes. */
  private static final class Run {
    final List<SourceProblem> problems = new ArrayList<>();
    final List<ReplayStep> steps = new ArrayList<>();
    final List<DownReplay> downs = new ArrayList<>();
    final Map<String, List<SqlStatement>> statementsByFile = new LinkedHashMap<>();
    ParseAhead parsed;
    int statements;
    int understood;

    /** dbmate keeps up and down in one file: both parts become that file's statements, in file order. */
    void read(String file, List<SqlStatement> statements) {
      statementsByFile.computeIfAbsent(file, f -> new ArrayList<>()).addAll(statements);
    }

    List<ReplayedFile> files() {
      List<ReplayedFile> files = new ArrayList<>();
      statementsByFile.forEach((file, statements) -> files.add(new ReplayedFile(file, statements.stream()
          .sorted(Comparator.comparingInt(SqlStatement::offset)).toList())));
      return files;
    }
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
