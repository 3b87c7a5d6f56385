package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.MigrationSettings;
import dev.plumb.core.engine.LintInput;
import dev.plumb.core.engine.LintInputBuilder;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.source.migration.MigrationFile;
import dev.plumb.core.source.migration.MigrationLayouts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Migration files replayed as a run replays them, walked into safety steps: input for the walk's own tests. */
final class Replayed {

  private final Map<String, String> files = new LinkedHashMap<>();
  private Dialect dialect = Dialect.POSTGRESQL;
  private Optional<String> layout = Optional.empty();
  private MigrationSettings settings = MigrationSettings.DEFAULT;

  Replayed file(String name, String sql) {
    files.put(name, sql);
    return this;
  }

  Replayed dialect(Dialect newDialect) {
    dialect = newDialect;
    return this;
  }

  Replayed layout(String id) {
    layout = Optional.of(id);
    return this;
  }

  Replayed assumeInTransaction(boolean inTransaction) {
    settings = settings.withAssumeInTransaction(inTransaction);
    return this;
  }

  List<SafetyStep> steps() {
    List<MigrationFile> migrationFiles = new ArrayList<>();
    files.forEach((name, sql) -> migrationFiles.add(new MigrationFile(name, sql, true)));
    LintInput input = new LintInputBuilder(Optional.of(dialect), Path.of("").toAbsolutePath())
        .migrations(MigrationLayouts.read(migrationFiles, layout)).build();
    assertThat(input.problems()).as("the test input must parse").isEmpty();
    return SafetySteps.of(input.trace().orElseThrow(), settings, dialect);
  }

  /** The step of the statement that starts on this line of this file. */
  SafetyStep at(String file, int line) {
    return steps().stream().filter(s -> s.step().span().file().equals(file) && s.step().span().line() == line)
        .findFirst().orElseThrow(() -> new AssertionError("no statement at " + file + ":" + line));
  }
}
