package dev.plumb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and error messages of {@code plumb check}, with real files in a temporary project. */
class CheckCommandTest {

  @TempDir
  Path project;

  private CliRun check(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "check";
    all[1] = "--base-dir=" + project;
    all[2] = "--color=never";
    System.arraycopy(args, 0, all, 3, args.length);
    return CliRun.of(all);
  }

  /** A file of the temporary project, as an argument. */
  private String p(String name) {
    return project.resolve(name).toString();
  }

  private void write(String name, String content) throws Exception {
    Path file = project.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  @Test
  void cleanRunExitsZero() throws Exception {
    write("schema.yml", "tables:\n  - { name: t, columns: [{ name: id, type: int }] }\n");
    write("db/V1__t.sql", "CREATE TABLE t (id integer);\n");
    CliRun run = check("--expected", p("schema.yml"), p("db"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("No findings in 2 files (1 of 1 statement understood)\n");
  }

  @Test
  void failOnDecidesWhatFails() throws Exception {
    write("schema.yml", "tables:\n  - { name: t, indexes: [{ columns: [id] }] }\n");
    write("db/V1__t.sql", "CREATE TABLE t (id integer);\n");
    assertThat(check("--expected", p("schema.yml"), p("db")).exitCode()).isZero();
    assertThat(check("--expected", p("schema.yml"), "--fail-on", "warning", p("db")).exitCode()).isEqualTo(1);
    write("db/V2__x.sql", "ALTER TABLE t DROP COLUMN id;\n");
    write("schema.yml", "tables:\n  - { name: t, columns: [{ name: id }] }\n");
    assertThat(check("--expected", p("schema.yml"), "--fail-on", "never", p("db")).exitCode()).isZero();
    assertThat(check("--expected", p("schema.yml"), p("db")).exitCode()).isEqualTo(1);
  }

  @Test
  void badStatementIsAFindingAndTheRunGoesOn() throws Exception {
    write("schema.yml", "tables:\n  - { name: later, columns: [{ name: id }] }\n");
    write("db/V1__t.sql", "CREATE TABLE t (id int,, x int);\nCREATE TABLE later (id int);\n");
    CliRun run = check("--expected", p("schema.yml"), p("db"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("db/V1__t.sql:1:").contains("warning[sql-parse-error]")
        .contains("(1 of 2 statements understood)");
  }

  @Test
  void inlineSuppressionSilencesOneStatement() throws Exception {
    write("plumb.yml", "rules:\n  unexpected-table: warning\n");
    write("schema.yml", "tables:\n  - { name: t }\n");
    write("db/V1__t.sql", """
        CREATE TABLE t (id int);
        -- plumb:ignore unexpected-table kept for the nightly export
        CREATE TABLE export_tmp (id int);
        CREATE TABLE stray (id int);
        """);
    CliRun run = check("--expected", p("schema.yml"), "--fail-on", "warning", p("db"));
    assertThat(run.out()).contains("db/V1__t.sql:4:1: warning[unexpected-table] Table public.stray")
        .doesNotContain("export_tmp");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void badYamlIsOneLineWithPositionAndExitTwo() throws Exception {
    write("schema.yml", "tables:\n  - name: t\n    colums: []\n");
    CliRun run = check("--expected", p("schema.yml"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("plumb: schema.yml:3:5: ").contains("did you mean 'columns'?");
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownRuleInConfigIsAnInputError() throws Exception {
    write("plumb.yml", "rules:\n  missing-colum: off\n");
    write("db/V1__t.sql", "CREATE TABLE t (id int);\n");
    CliRun run = check(p("db"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("plumb: plumb.yml:2:3: unknown rule 'missing-colum'; did you mean "
        + "'missing-column'?\n");
  }

  @Test
  void missingInputsAndBadFlagsExitTwo() {
    assertThat(check(p("nope.sql")).exitCode()).isEqualTo(2);
    assertThat(check(p("nope.sql")).err()).contains("nope.sql").contains("no such file");
    assertThat(check().exitCode()).isEqualTo(2);
    assertThat(check("--dialect", "oracle", p("x.sql")).err()).contains("unknown dialect 'oracle'");
    assertThat(check("--fail-on", "sometimes").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("check", "--no-such-flag").exitCode()).isEqualTo(2);
    assertThat(CliRun.of().exitCode()).isEqualTo(2);
  }

  @Test
  void configTurnsRulesOffAndChangesSeverity() throws Exception {
    write("schema.yml", "tables:\n  - { name: t, columns: [{ name: gone }], indexes: [{ columns: [id] }] }\n");
    write("db/V1__t.sql", "CREATE TABLE t (id int);\n");
    write("plumb.yml", "rules:\n  missing-column: off\n  missing-index: error\n");
    CliRun run = check("--expected", p("schema.yml"), p("db"));
    assertThat(run.out()).contains("error[missing-index]").doesNotContain("missing-column");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void folderWithoutSqlFilesIsWorthAWarning() throws Exception {
    write("schema.yml", "tables:\n  - { name: t }\n");
    write("db/README.md", "migrations go here\n");
    CliRun run = check("--expected", p("schema.yml"), p("db"));
    assertThat(run.err()).isEqualTo("plumb: no .sql files found in db; the schema under check is empty\n");
    assertThat(run.out()).contains("error[missing-table]");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void versionAndHelpWork() {
    assertThat(CliRun.of("--version").out()).startsWith("plumb ");
    assertThat(CliRun.of("check", "--help").out()).contains("--expected").contains("--fail-on");
    assertThat(CliRun.of("rules").out()).contains("missing-column").contains("unexpected-table");
  }
}
