package dev.plumb.core.engine;

import static dev.plumb.core.api.Severity.NOTE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.MigrationSettings;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.migration.Migration;
import dev.plumb.core.model.migration.MigrationTrace;
import dev.plumb.core.source.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a check is run reaches the rules: plumb.yml, then the command line, then each migration's own say. */
class CheckRunnerTest {

  /** Says, for each migration, what the rules are told about how it runs. */
  @RuleInfo(id = "run-settings", severity = NOTE, summary = "Reports the migration settings",
      description = "Test rule.", remediation = "None.", category = "test")
  static final class RunSettings implements SchemaRule {
    @Override
    public void check(RuleContext context) {
      MigrationSettings settings = context.settings();
      MigrationTrace trace = context.migrations().orElseThrow();
      for (Migration migration : trace.migrations()) {
        context.report(Location.of(SourceSpan.fileStart(migration.upFile())), "postgres "
            + settings.postgresVersion() + ", " + trace.layout() + ", in a transaction: "
            + settings.inTransaction(migration, trace.layout()));
      }
    }
  }

  @TempDir
  Path project;

  private final List<String> warnings = new ArrayList<>();

  @Test
  void withoutSettingsRulesSeeTheDefaultVersionAndTheLayoutsHabit() throws Exception {
    write("db/001_users.sql", "CREATE TABLE users (id int);\n");

    assertThat(check(request())).containsExactly("db/001_users.sql: postgres 14, numbered, in a transaction: false");
  }

  @Test
  void plumbYmlSetsTheVersion_andAFilesOwnTransactionOptionWins() throws Exception {
    writeDbmateProject();
    write("plumb.yml", "postgresVersion: 16\n");

    assertThat(check(request())).containsExactly(
        "db/20240101_users.sql: postgres 16, dbmate, in a transaction: true",
        "db/20240102_index.sql: postgres 16, dbmate, in a transaction: false");
  }

  @Test
  void assumeInTransactionInPlumbYmlReplacesTheLayoutsHabit() throws Exception {
    writeDbmateProject();
    write("plumb.yml", "postgresVersion: '13.4'\nassumeInTransaction: false\n");

    assertThat(check(request())).containsExactly(
        "db/20240101_users.sql: postgres 13, dbmate, in a transaction: false",
        "db/20240102_index.sql: postgres 13, dbmate, in a transaction: false");
  }

  @Test
  void theCommandLineOverridesPlumbYml_butNotWhatAFileSaysOfItself() throws Exception {
    writeDbmateProject();
    write("plumb.yml", "postgresVersion: 16\nassumeInTransaction: false\n");
    CheckRequest request = new CheckRequest(List.of(project.resolve("db")), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), project, Optional.of(11), Optional.of(true));

    assertThat(check(request)).containsExactly(
        "db/20240101_users.sql: postgres 11, dbmate, in a transaction: true",
        "db/20240102_index.sql: postgres 11, dbmate, in a transaction: false");
  }

  @Test
  void aFlywayScriptConfigReachesTheRules() throws Exception {
    write("db/V1__users.sql", "CREATE TABLE users (id int);\n");
    write("db/V2__index.sql", "CREATE INDEX CONCURRENTLY users_id ON users (id);\n");
    write("db/V2__index.sql.conf", "executeInTransaction=false\n");

    assertThat(check(request())).containsExactly(
        "db/V1__users.sql: postgres 14, flyway, in a transaction: true",
        "db/V2__index.sql: postgres 14, flyway, in a transaction: false");
  }

  private void writeDbmateProject() throws Exception {
    write("db/20240101_users.sql", "-- migrate:up\nCREATE TABLE users (id int);\n-- migrate:down\nDROP TABLE users;\n");
    write("db/20240102_index.sql", """
        -- migrate:up transaction:false
        CREATE INDEX CONCURRENTLY users_id ON users (id);
        -- migrate:down
        DROP INDEX users_id;
        """);
  }

  private CheckRequest request() {
    return new CheckRequest(List.of(project.resolve("db")), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), project);
  }

  private List<String> check(CheckRequest request) throws InputException {
    CheckRunner runner = new CheckRunner("1.2.3", warnings::add, () -> RuleRegistry.of(List.of(new RunSettings())));
    List<String> findings = runner.run(request).report().findings().stream()
        .map(f -> f.location().span().orElseThrow().file() + ": " + f.message()).toList();
    assertThat(warnings).isEmpty();
    return findings;
  }

  private void write(String name, String content) throws Exception {
    Path file = project.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
