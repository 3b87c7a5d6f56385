package dev.plumb.core.engine;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.expected.ExpectedSchema;
import dev.plumb.core.report.RunStats;
import dev.plumb.core.source.InputException;
import dev.plumb.core.source.expected.ExpectedSchemaLoader;
import dev.plumb.core.source.migration.MigrationSet;
import dev.plumb.core.source.sql.ReplayResult;
import dev.plumb.core.source.sql.SqlReplayer;
import dev.plumb.core.source.sql.SqlSourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Gathers the texts of one run (an expected schema, SQL files in replay order) and turns them into a
 * {@link LintInput}: the expected schema parsed, the SQL replayed, the inline suppressions found.
 */
public final class LintInputBuilder {

  private final Optional<Dialect> explicitDialect;
  private final Path baseDirectory;
  private final List<SqlSourceFile> sqlFiles = new ArrayList<>();
  private final List<Suppression> suppressions = new ArrayList<>();
  private Optional<MigrationSet> migrationSet = Optional.empty();
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

  /**
   * Sets the migrations to replay, as a layout read them (with their downs); they take the place of SQL files
   * added one by one.
   */
  public LintInputBuilder migrations(MigrationSet set) {
    migrationSet = Optional.of(requireNonNull(set, "no migration set given"));
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
    SqlReplayer replayer = new SqlReplayer(dialect());
    ReplayResult replay = migrationSet.map(replayer::replay).orElseGet(() -> replayer.replay(sqlFiles));
    replay.files().forEach(file -> suppressions.addAll(SuppressionScanner.scanSql(file.displayName(),
        contentOf(file.displayName()), file.statements().stream().map(s -> s.span()).toList())));
    int files = replay.files().size() + (expected.isPresent() ? 1 : 0);
    RunStats stats = new RunStats(files, replay.statements(), replay.understood());
    List<SourceProblem> problems = replay.problems();
    boolean fromSql = migrationSet.isPresent() || !sqlFiles.isEmpty();
    return new LintInput(replay.schema(), expected, fromSql ? Optional.of(replay.trace()) : Optional.empty(),
        problems, suppressions, stats, anchor(), baseDirectory);
  }

  private SourceSpan anchor() {
    return expected.map(e -> SourceSpan.fileStart(e.file()))
        .or(() -> sqlTexts().findFirst().map(f -> SourceSpan.fileStart(f.displayName())))
        .or(() -> configAnchor)
        .orElse(SourceSpan.fileStart("plumb.yml"));
  }

  private String contentOf(String displayName) {
    return sqlTexts().filter(f -> f.displayName().equals(displayName)).findFirst()
        .map(SqlSourceFile::content).orElse("");
  }

  /** Every SQL text of the run; a dbmate file appears twice, once per section, and its up comes first. */
  private Stream<SqlSourceFile> sqlTexts() {
    return migrationSet.map(set -> set.migrations().stream()
        .flatMap(m -> Stream.concat(Stream.of(m.up()), m.down().stream())))
        .orElseGet(sqlFiles::stream);
  }
}
