package dev.plumb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.engine.CheckRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

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
    write("schema.yml", "tables:\n  - { name: t, columns: [{ name: id, type: bigint }] }\n");
    write("db/V1__t.sql", "CREATE TABLE t (id bigint PRIMARY KEY);\n");
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
        CREATE TABLE t (id bigint PRIMARY KEY);
        -- plumb:ignore unexpected-table kept for the nightly export
        CREATE TABLE export_tmp (id bigint PRIMARY KEY);
        CREATE TABLE stray (id bigint PRIMARY KEY);
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
  void theLayoutIsDetected_orForcedWithLayout_orSetInPlumbYml() throws Exception {
    write("db/006_platforms.sql", "CREATE TABLE platforms (id bigint PRIMARY KEY);\n");
    write("db/006_platforms_OLD.sql", "CREATE TABLE platforms_old (id bigint PRIMARY KEY);\n");

    CliRun detected = check(p("db"));
    assertThat(detected.out()).startsWith("db/006_platforms_OLD.sql:1:1: error[duplicate-migration-version] "
        + "006_platforms_OLD.sql has version 006, the same as 006_platforms.sql; it looks like a backup copy of it\n");
    assertThat(detected.exitCode()).isEqualTo(1);

    CliRun forced = check("--layout", "files", p("db"));
    assertThat(forced.out()).isEqualTo("No findings in 2 files (2 of 2 statements understood)\n");
    assertThat(forced.exitCode()).as(forced.err()).isZero();

    write("plumb.yml", "layout: files\n");
    assertThat(check(p("db")).exitCode()).isZero();
    assertThat(check("--layout", "numbered", p("db")).exitCode()).isEqualTo(1);
  }

  @Test
  void missingDownsAreWarningsWhereTheLayoutKeepsThem() throws Exception {
    write("db/1_users.up.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
    write("db/1_users.down.sql", "DROP TABLE users;\n");
    write("db/2_orders.up.sql", "CREATE TABLE orders (id bigint PRIMARY KEY);\n");

    CliRun run = check("--fail-on", "warning", p("db"));

    assertThat(run.out()).startsWith("db/2_orders.up.sql:1:1: warning[missing-down-migration] 2_orders.up.sql has no "
        + "down migration (db/2_orders.down.sql)\n").contains("in 3 files (3 of 3 statements understood)");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void anUnknownLayoutExitsTwoAndNamesTheKnownOnes() throws Exception {
    write("db/V1__t.sql", "CREATE TABLE t (id int);\n");

    CliRun flag = check("--layout", "liquibase", p("db"));
    assertThat(flag.exitCode()).isEqualTo(2);
    assertThat(flag.err()).contains("unknown layout 'liquibase'; known: flyway, golang-migrate, dbmate, "
        + "folder-per-migration, drizzle, numbered, files");

    write("plumb.yml", "layout: flyaway\n");
    CliRun config = check(p("db"));
    assertThat(config.exitCode()).isEqualTo(2);
    assertThat(config.err()).startsWith("plumb: plumb.yml:1:9: unknown layout 'flyaway'");
  }

  @Test
  void postgresVersionAndAssumeInTransactionGoIntoTheRequest() {
    CheckCommand command = new CheckCommand();
    new CommandLine(command).parseArgs("--postgres-version", "16.2", "--assume-in-transaction=false", "db");

    CheckRequest request = command.request();

    assertThat(request.postgresVersion()).contains(16);
    assertThat(request.assumeInTransaction()).contains(false);

    CheckCommand without = new CheckCommand();
    new CommandLine(without).parseArgs("db");
    assertThat(without.request().postgresVersion()).isEmpty();
    assertThat(without.request().assumeInTransaction()).isEmpty();
  }

  @Test
  void badPostgresVersionOrTransactionFlagExitsTwo() throws Exception {
    write("db/V1__t.sql", "CREATE TABLE t (id int);\n");

    CliRun version = check("--postgres-version", "8", p("db"));
    assertThat(version.exitCode()).isEqualTo(2);
    assertThat(version.err()).startsWith("--postgres-version must be a PostgreSQL major version from 9 to 99, e.g. "
        + "16, got '8'\n");

    CliRun transaction = check("--assume-in-transaction=yes", p("db"));
    assertThat(transaction.exitCode()).isEqualTo(2);
    assertThat(transaction.err()).startsWith("--assume-in-transaction must be true or false, got 'yes'\n");

    assertThat(check("--postgres-version", "12", "--assume-in-transaction", "TRUE", p("db")).exitCode()).isZero();
  }

  @Test
  void badPostgresVersionInPlumbYmlIsOneLineWithItsPosition() throws Exception {
    write("db/V1__t.sql", "CREATE TABLE t (id int);\n");
    write("plumb.yml", "dialect: postgresql\npostgresVersion: 8.4\n");

    CliRun run = check(p("db"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("plumb: plumb.yml:2:18: 'postgresVersion' must be a PostgreSQL major version "
        + "from 9 to 99, e.g. 16, got '8.4'\n");
  }

  @Test
  void versionAndHelpWork() {
    assertThat(CliRun.of("--version").out()).startsWith("plumb ");
    assertThat(CliRun.of("check", "--help").out()).contains("--expected").contains("--fail-on").contains("--layout")
        .contains("--postgres-version").contains("--assume-in-transaction");
    assertThat(CliRun.of("rules").out()).contains("missing-column").contains("unexpected-table");
  }

  @Test
  void theRuleListKeepsItsColumnsAligned() {
    List<String> lines = CliRun.of("rules").out().lines().toList();
    int severityColumn = lines.get(0).replaceAll("^(\\S+ +).*", "$1").length();

    assertThat(lines).hasSizeGreaterThan(60).allSatisfy(line -> assertThat(line.substring(severityColumn))
        .matches("(error|warning|note) +(on|off) +\\S.*"));
  }

  @Test
  void rulesExplainPrintsTheRulesPage_andAnUnknownIdSuggestsTheNearest() throws Exception {
    CliRun explained = CliRun.of("rules", "--explain", "create-index-not-concurrently");
    String page = Files.readString(CliRun.ROOT.resolve("docs/rules/create-index-not-concurrently.md"));

    assertThat(explained.exitCode()).isZero();
    assertThat(explained.out()).isEqualTo(page);
    CliRun unknown = CliRun.of("rules", "--explain", "create-index-not-concurently");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("plumb: unknown rule 'create-index-not-concurently'; did you mean "
        + "'create-index-not-concurrently'?\n");
  }

  @Test
  void requireSuppressionReasonMakesASuppressionWithoutReasonAnError() throws Exception {
    write("db/V1__t.sql", "CREATE TABLE t (id bigint PRIMARY KEY);\n");
    write("db/V2__x.sql", "-- plumb:ignore create-index-not-concurrently\nCREATE INDEX t_id ON t (id);\n");
    assertThat(check(p("db")).out()).doesNotContain("suppression-without-reason");

    write("plumb.yml", "requireSuppressionReason: true\n");
    CliRun run = check(p("db"));
    assertThat(run.out()).contains("db/V2__x.sql:1:1: error[suppression-without-reason] plumb:ignore "
        + "create-index-not-concurrently gives no reason");
    assertThat(run.exitCode()).isEqualTo(1);

    write("plumb.yml", "requireSuppressionReason: maybe\n");
    CliRun bad = check(p("db"));
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).startsWith("plumb: plumb.yml:1:27: ");
  }
}
