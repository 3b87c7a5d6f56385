package dev.plumb.core.engine;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.api.MigrationSettings;
import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.expected.ExpectedSchema;
import dev.plumb.core.model.migration.Migration;
import dev.plumb.core.model.migration.MigrationKind;
import dev.plumb.core.model.migration.MigrationTrace;
import dev.plumb.core.report.RunStats;
import dev.plumb.core.source.InputException;
import dev.plumb.core.source.expected.ExpectedSchemaLoader;
import dev.plumb.core.source.live.LiveDatabase;
import dev.plumb.core.source.migration.MigrationSet;
import dev.plumb.core.source.migration.MigrationSource;
import dev.plumb.core.source.sql.ReplayResult;
import dev.plumb.core.source.sql.ReplayedFile;
import dev.plumb.core.source.sql.SqlReplayer;
import dev.plumb.core.source.sql.SqlSourceFile;
import dev.plumb.core.source.sql.SqlStatement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Gathers the inputs of one run (an expected schema, a migration set, a live database) and turns them into a
 * {@link LintInput}: the expected schema parsed, the ups replayed in order, the inline suppressions found. With a
 * live database, its schema is the one under check; migrations given too are still replayed, for their trace.
 */
public final class LintInputBuilder {

  private static final Pattern DIALECT_LINE = Pattern.compile("(?m)^dialect:[ \\t]*[\"']?([A-Za-z0-9]+)");

  private final Optional<Dialect> explicitDialect;
  private final Path baseDirectory;
  private final List<SqlSourceFile> looseFiles = new ArrayList<>();
  private final List<Suppression> suppressions = new ArrayList<>();
  private Optional<MigrationSet> migrations = Optional.empty();
  private Optional<ExpectedSchema> expected = Optional.empty();
  private Optional<LiveDatabase> live = Optional.empty();
  private Optional<String[]> deferredExpected = Optional.empty();
  private Optional<Dialect> assumedDialect = Optional.empty();
  private Optional<SourceSpan> configAnchor = Optional.empty();
  private MigrationSettings settings = MigrationSettings.DEFAULT;

  /**
   * @param explicitDialect the dialect the user chose; without one, the expected schema's (or PostgreSQL) is used
   */
  public LintInputBuilder(Optional<Dialect> explicitDialect, Path baseDirectory) {
    this.explicitDialect = requireNonNull(explicitDialect, "dialect is Optional, not null");
    this.baseDirectory = requireNonNull(baseDirectory, "no base directory given");
  }

  public LintInputBuilder expected(String displayName, String content) throws InputException {
    ExpectedSchema schema = new ExpectedSchemaLoader()
        .parse(content, displayName, explicitDialect.orElse(Dialect.POSTGRESQL));
    accept(schema, displayName, content);
    return this;
  }

  /**
   * Like {@link #expected}, but the file is parsed while {@link #buildChecked()} replays the SQL: a large
   * expected schema takes as long to read as thousands of statements, and the two need not wait for each other.
   */
  public LintInputBuilder expectedDuringReplay(String displayName, String content) {
    deferredExpected = Optional.of(new String[] {displayName, content});
    return this;
  }

  private void accept(ExpectedSchema schema, String displayName, String content) throws InputException {
    if (explicitDialect.isPresent() && schema.dialect() != explicitDialect.get()) {
      throw new InputException(SourceSpan.fileStart(displayName), "the expected schema is for "
          + schema.dialect().id() + " but the run is for " + explicitDialect.get().id()
          + "; change its 'dialect:' or the run's dialect");
    }
    expected = Optional.of(schema);
    suppressions.addAll(SuppressionScanner.scanYaml(displayName, content));
  }


  /** The migrations whose ups build the schema under check; their downs are replayed beside, for the trace. */
  public LintInputBuilder migrations(MigrationSet set) {
    requireNonNull(set, "no migration set given");
    if (!looseFiles.isEmpty()) {
      throw new IllegalStateException("SQL files were already added one by one");
    }
    migrations = Optional.of(set);
    return this;
  }

  /**
   * Adds a SQL file without a version, replayed in the order added: a convenience for tests and for inputs
   * that are no migration set (the run reads them as the {@code files} layout).
   */
  public LintInputBuilder sql(String displayName, String content) {
    if (migrations.isPresent()) {
      throw new IllegalStateException("a migration set was already given");
    }
    looseFiles.add(new SqlSourceFile(displayName, content));
    return this;
  }

  /**
   * The database read live: its schema becomes the schema under check, its health facts go to the rules, and each
   * of its notes becomes a {@link SourceProblem} so the report says what could not be read.
   */
  public LintInputBuilder live(LiveDatabase database) {
    live = Optional.of(requireNonNull(database, "no live database given"));
    return this;
  }

  /** How the migrations will be run; {@link MigrationSettings#DEFAULT} unless set. */
  public LintInputBuilder settings(MigrationSettings newSettings) {
    settings = requireNonNull(newSettings, "no settings given");
    return this;
  }

  /** The file findings about no file are anchored to when there is neither an expected schema nor SQL. */
  public LintInputBuilder configFile(String displayName) {
    configAnchor = Optional.of(SourceSpan.fileStart(displayName));
    return this;
  }

  public Dialect dialect() {
    return explicitDialect.or(() -> live.map(LiveDatabase::dialect)).or(() -> expected.map(ExpectedSchema::dialect))
        .or(() -> assumedDialect)
        .orElse(Dialect.POSTGRESQL);
  }

  /**
   * Builds the input, reading an expected schema given with {@link #expectedDuringReplay} on another thread
   * meanwhile. The replay assumes the dialect the file's top-level {@code dialect:} line names; in the rare case
   * the parsed file says otherwise, the SQL is replayed again.
   */
  public LintInput buildChecked() throws InputException {
    if (deferredExpected.isEmpty()) {
      return build();
    }
    String displayName = deferredExpected.get()[0];
    String content = deferredExpected.get()[1];
    deferredExpected = Optional.empty();
    Dialect fallback = explicitDialect.orElse(Dialect.POSTGRESQL);
    CompletableFuture<Object> parsing = CompletableFuture.supplyAsync(() -> {
      try {
        return new ExpectedSchemaLoader().parse(content, displayName, fallback);
      } catch (InputException e) {
        return e;
      }
    });
    assumedDialect = explicitDialect.or(() -> declaredDialect(content));
    LintInput replayed = build();
    Object parsed = parsing.join();
    if (parsed instanceof InputException e) {
      throw e;
    }
    ExpectedSchema schema = (ExpectedSchema) parsed;
    accept(schema, displayName, content);
    if (schema.dialect() != assumedDialect.orElse(Dialect.POSTGRESQL)) {
      return build();
    }
    RunStats stats = new RunStats(replayed.stats().files() + 1, replayed.stats().statements(),
        replayed.stats().statementsUnderstood());
    SourceSpan anchor = SourceSpan.fileStart(displayName);
    return new LintInput(replayed.actual(), expected, replayed.trace(), withNotes(replayed.problems(), anchor),
        suppressions, stats, anchor, baseDirectory, settings, replayed.liveFacts());
  }

  private static Optional<Dialect> declaredDialect(String yaml) {
    Matcher line = DIALECT_LINE.matcher(yaml);
    return line.find() ? Dialect.fromId(line.group(1)) : Optional.empty();
  }

  public LintInput build() {
    if (deferredExpected.isPresent()) {
      throw new IllegalStateException("an expected schema is waiting to be read: call buildChecked()");
    }
    Optional<MigrationSet> set = migrations.or(this::looseSet);
    ReplayResult replay = new SqlReplayer(dialect())
        .replay(set.orElseGet(() -> new MigrationSet("files", false, List.of(), List.of())));
    // A dbmate file is two texts under one name (each with the other section blanked); scan both.
    Map<String, List<String>> contents = new HashMap<>();
    set.ifPresent(s -> s.migrations().forEach(m -> Stream.concat(Stream.of(m.up()), m.down().stream())
        .forEach(text -> contents.computeIfAbsent(text.displayName(), k -> new ArrayList<>()).add(text.content()))));
    replay.files().forEach(file -> contents.getOrDefault(file.displayName(), List.of())
        .forEach(content -> suppressions.addAll(suppressionsOf(file, content))));
    RunStats stats = new RunStats(filesRead(set) + (expected.isPresent() ? 1 : 0), replay.statements(),
        replay.understood());
    List<SqlSourceFile> ups = set.map(s -> s.migrations().stream().map(MigrationSource::up).toList())
        .orElse(List.of());
    SourceSpan anchor = anchor(ups);
    List<SourceProblem> problems = live.isPresent() ? withNotes(replay.problems(), anchor) : replay.problems();
    return new LintInput(live.map(LiveDatabase::schema).orElse(replay.schema()), expected,
        set.map(s -> replay.trace()), problems, suppressions, stats, anchor, baseDirectory, settings,
        live.map(LiveDatabase::facts));
  }

  /** The sources' problems and the live database's notes, each note anchored where the run was set up. */
  private List<SourceProblem> withNotes(List<SourceProblem> problems, SourceSpan anchor) {
    // The input being built again (the expected schema read meanwhile) has the notes already, at another anchor.
    List<SourceProblem> all = new ArrayList<>(problems.stream()
        .filter(p -> !p.kind().equals(SourceProblem.LIVE_DATABASE_NOTE)).toList());
    live.ifPresent(db -> db.notes().forEach(note -> all.add(new SourceProblem(SourceProblem.LIVE_DATABASE_NOTE,
        db.displayUrl() + ": " + note, anchor, anchor))));
    return all;
  }

  /**
   * The file's directives. Those before its first statement also cover findings about the whole file (a
   * duplicate version, a missing down), which are anchored at its start.
   */
  private static List<Suppression> suppressionsOf(ReplayedFile file, String content) {
    List<SourceSpan> statements = file.statements().stream().map(SqlStatement::span).toList();
    List<Suppression> found = new ArrayList<>(SuppressionScanner.scanSql(file.displayName(), content, statements));
    if (!statements.isEmpty()) {
      SourceSpan fileStart = SourceSpan.fileStart(file.displayName());
      found.stream().filter(s -> s.target().equals(statements.get(0))).toList().forEach(s -> found.add(
          new Suppression(s.directive(), s.ruleIds(), s.reason(), fileStart)));
    }
    return found;
  }

  private Optional<MigrationSet> looseSet() {
    if (looseFiles.isEmpty()) {
      return Optional.empty();
    }
    List<MigrationSource> sources = looseFiles.stream().map(file -> new MigrationSource(new Migration(
        fileName(file.displayName()), Optional.empty(), "", MigrationKind.UNVERSIONED, file.displayName(),
        Optional.empty()), file, Optional.empty())).toList();
    return Optional.of(new MigrationSet("files", false, sources, List.of()));
  }

  private static int filesRead(Optional<MigrationSet> set) {
    Set<String> names = new LinkedHashSet<>();
    set.ifPresent(s -> s.migrations().forEach(m -> {
      names.add(m.up().displayName());
      m.down().ifPresent(down -> names.add(down.displayName()));
    }));
    return names.size();
  }

  private SourceSpan anchor(List<SqlSourceFile> ups) {
    return expected.map(e -> SourceSpan.fileStart(e.file()))
        .or(() -> ups.stream().findFirst().map(f -> SourceSpan.fileStart(f.displayName())))
        .or(() -> configAnchor)
        .orElse(SourceSpan.fileStart("plumb.yml"));
  }

  private static String fileName(String displayName) {
    return displayName.substring(displayName.lastIndexOf('/') + 1);
  }

}
