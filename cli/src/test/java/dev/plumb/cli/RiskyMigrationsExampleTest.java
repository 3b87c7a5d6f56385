package dev.plumb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumb.core.testing.SarifSchemaValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** examples/risky-migrations end to end: lock hazards on existing tables are found, new tables are left alone. */
class RiskyMigrationsExampleTest {

  private static final String MIGRATIONS = "examples/risky-migrations/migrations";
  private static final String SQL = MIGRATIONS + "/";

  @Test
  void textOutputMatchesTheExampleReadme() throws Exception {
    String expected = Files.readString(CliRun.ROOT.resolve("examples/risky-migrations/expected-output.txt"));
    CliRun run = CliRun.checkAtRoot(MIGRATIONS);

    assertThat(run.out()).isEqualTo(expected);
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(Files.readString(CliRun.ROOT.resolve("examples/risky-migrations/README.md")))
        .contains("```text\n" + expected + "```");
  }

  @Test
  void eachHazardIsReportedWhereItIsWritten_andTheNewTablesAndSafeStatementsAreNot() throws Exception {
    List<String> findings = findings(CliRun.checkAtRoot("--format", "json", MIGRATIONS));

    assertThat(findings).containsExactlyInAnyOrder(
        "V2__order_status_index.sql:1 create-index-not-concurrently",
        "V2__order_status_index.sql:1 missing-lock-timeout",
        "V3__shipping.sql:1 missing-lock-timeout",
        "V3__shipping.sql:2 missing-lock-timeout",
        "V3__shipping.sql:2 not-null-column-without-default",
        "V3__shipping.sql:2 prefer-text",
        "V4__constraints.sql:3 unique-constraint-locks-table",
        "V4__constraints.sql:4 constraint-without-not-valid",
        "V6__rename_email.sql:1 missing-lock-timeout",
        "V6__rename_email.sql:1 rename-column",
        "V7__backfill.sql:1 unbatched-backfill",
        "V7__backfill.sql:2 missing-lock-timeout",
        "V7__backfill.sql:2 set-not-null-scans-table",
        "V8__types.sql:5 column-type-change-rewrites-table");
  }

  @Test
  void beforePostgres11EveryDefaultRewritesTheTable(@TempDir Path dir)
      throws Exception {
    Path config = dir.resolve("pg10.yml");
    Files.writeString(config, "postgresVersion: 10\n");
    Path migrations = dir.resolve("db");
    Files.createDirectories(migrations);
    Files.writeString(migrations.resolve("V1__t.sql"), "CREATE TABLE t (id bigint PRIMARY KEY);\n");
    Files.writeString(migrations.resolve("V2__status.sql"), "SET lock_timeout = '3s';\n"
        + "ALTER TABLE t ADD COLUMN status text NOT NULL DEFAULT 'new';\n");

    List<String> old = findings(CliRun.of("check", "--base-dir=" + dir, "--format", "json", "--config",
        config.toString(), migrations.toString()));
    List<String> current = findings(CliRun.of("check", "--base-dir=" + dir, "--format", "json",
        migrations.toString()));

    assertThat(old).containsExactly("V2__status.sql:2 column-default-rewrites-table");
    assertThat(current).isEmpty();
  }

  @Test
  void sarifOffersTheEditsAsFixes(@TempDir Path dir) throws Exception {
    Path sarif = dir.resolve("plumb.sarif");
    CliRun.checkAtRoot("--format", "sarif", "--output", sarif.toString(), MIGRATIONS);
    String text = Files.readString(sarif);

    SarifSchemaValidator.assertValid(text);
    JsonNode index = null;
    for (JsonNode result : new ObjectMapper().readTree(text).at("/runs/0/results")) {
      if (result.path("ruleId").asText().equals("create-index-not-concurrently")) {
        index = result;
      }
    }
    assertThat(index).isNotNull();
    JsonNode replacement = index.at("/fixes/0/artifactChanges/0/replacements/0");
    assertThat(replacement.at("/insertedContent/text").asText()).isEqualTo(" CONCURRENTLY");
    assertThat(replacement.at("/deletedRegion/startLine").asInt()).isEqualTo(1);
    assertThat(replacement.at("/deletedRegion/startColumn").asInt()).isEqualTo(13);
  }

  /** "file:line rule" for every finding of a JSON report, the file without its folder. */
  private static List<String> findings(CliRun run) throws Exception {
    List<String> findings = new ArrayList<>();
    for (JsonNode finding : new ObjectMapper().readTree(run.out()).path("findings")) {
      String file = finding.path("file").asText();
      findings.add(file.substring(file.lastIndexOf('/') + 1) + ":" + finding.path("line").asInt() + " "
          + finding.path("ruleId").asText());
    }
    return findings;
  }
}
