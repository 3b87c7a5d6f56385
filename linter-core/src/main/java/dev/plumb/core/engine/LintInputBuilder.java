package dev.plumb.core.engine;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.expected.ExpectedSchema;
import dev.plumb.core.report.RunStats;
import dev.plumb.core.source.InputException;
import dev.plumb.core.source.expected.ExpectedSchemaLoader;
import dev.plumb.core.source.sql.ReplayResult;
import dev.plumb.core.source.sql.SqlReplayer;
import dev.plumb.core.source.sql.SqlSourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Gathers the texts of one run (an expected schema, SQL files in replay order) and turns them into a
 * {@link LintInput}: the expected schema parsed, the SQL replayed, the inline suppressions found.
 */
public final class LintInputBuilder {

  private final Optional<Dialect> explicitDialect;
  private final Path baseDirectory;
  private final List<SqlSourceFile> sqlFiles = new ArrayList<>();
  private final List<Suppression> suppressions = new ArrayList<>();
  private final List<SourceProblem> fileProblems = new ArrayList<>();
  private Optional<ExpectedSchema> expected = Optional.empty();
  private Optional<SourceSpan> configAnchor = Optional.empty();

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
    if (explicitDialect.isPresent() && schema.dialect() != explicitDialect.get()) {
      throw new InputException(SourceSpan.fileStart(displayName), "the expected schema is for "
          + schema.dialect().id() + " but the run is for " + explicitDialect.get().id()
          + "; change its 'dialect:' or the run's dialect");
    }
    expected = Optional.of(schema);
    suppressions.addAll(SuppressionScanner.scanYaml(displayName, content));
    return this;
  }

  /** Adds a SQL file; files are replayed in the order they are added. */
  public LintInputBuilder sql(String displayName, String content) {
    sqlFiles.add(new SqlSourceFile(displayName, content));
    return this;
  }

  /** Adds what is wrong with a SQL file itself (bytes that are not text), found before any replay. */
  public LintInputBuilder problem(SourceProblem problem) {
    fileProblems.add(requireNonNull(problem, "no problem given"));
    return this;
  }

  /** The file findings about no file are anchored to when there is neither an expected schema nor SQL. */
  public LintInputBuilder configFile(String displayName) {
    configAnchor = Optional.of(SourceSpan.fileStart(displayName));
    return this;
  }

  public Dialect dialect() {
    return explicitDialect.or(() -> expected.map(ExpectedSchema::dialect)).orElse(Dialect.POSTGRESQL);
  }

  public LintInput build() {
    ReplayResult replay = new SqlReplayer(dialect()).replay(sqlFiles);
    replay.files().forEach(file -> suppressions.addAll(SuppressionScanner.scanSql(file.displayName(),
        contentOf(file.displayName()), file.statements().stream().map(s -> s.span()).toList())));
    // A file skipped for its bytes was still looked at, so it counts.
    Set<String> sqlFileNames = new HashSet<>();
    sqlFiles.forEach(file -> sqlFileNames.add(file.displayName()));
    fileProblems.forEach(problem -> sqlFileNames.add(problem.span().file()));
    int files = sqlFileNames.size() + (expected.isPresent() ? 1 : 0);
    RunStats stats = new RunStats(files, replay.statements(), replay.understood());
    List<SourceProblem> problems = new ArrayList<>(fileProblems);
    problems.addAll(replay.problems());
    return new LintInput(replay.schema(), expected, Optional.empty(), problems, suppressions, stats, anchor(), baseDirectory);
  }

  private SourceSpan anchor() {
    return expected.map(e -> SourceSpan.fileStart(e.file()))
        .or(() -> sqlFiles.stream().findFirst().map(f -> SourceSpan.fileStart(f.displayName())))
        .or(() -> configAnchor)
        .orElse(SourceSpan.fileStart("plumb.yml"));
  }

  private String contentOf(String displayName) {
    return sqlFiles.stream().filter(f -> f.displayName().equals(displayName)).findFirst()
        .map(SqlSourceFile::content).orElse("");
  }
}
