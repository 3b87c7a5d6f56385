package dev.plumb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumb.core.testing.SarifSchemaValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled example, end to end through the command line: what the README promises. */
class ComplianceChecksExampleTest {

  private static final String SCHEMA = "examples/compliance-checks/schema.yml";
  private static final String MIGRATIONS = "examples/compliance-checks/migrations";

  @Test
  void textOutputMatchesTheExampleReadme() throws Exception {
    CliRun run = CliRun.checkAtRoot("--expected", SCHEMA, MIGRATIONS);
    String expected = Files.readString(CliRun.ROOT.resolve("examples/compliance-checks/expected-output.txt"));
    assertThat(run.out()).isEqualTo(expected);
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void readmesShowTheCurrentOutput() throws Exception {
    String output = Files.readString(CliRun.ROOT.resolve("examples/compliance-checks/expected-output.txt"));
    String block = "```text\n" + output + "```";
    assertThat(Files.readString(CliRun.ROOT.resolve("examples/compliance-checks/README.md"))).contains(block);
    assertThat(Files.readString(CliRun.ROOT.resolve("README.md"))).contains(block);
  }

  @Test
  void missingColumnIsAnErrorAndOptionalTableAWarning() {
    CliRun run = CliRun.checkAtRoot("--expected", SCHEMA, MIGRATIONS);
    assertThat(run.out())
        .contains("examples/compliance-checks/schema.yml:18:9: error[missing-column] Column "
            + "public.compliance_checks.next_check does not exist")
        .contains("ALTER TABLE compliance_checks ADD COLUMN next_check timestamp with time zone NOT NULL DEFAULT "
            + "now();")
        .contains("warning[missing-table] Optional table public.rate_limit_violations does not exist");
  }

  @Test
  void sarifPassesTheSchemaAndGitHubRules(@TempDir Path dir) throws Exception {
    Path sarif = dir.resolve("plumb.sarif");
    CliRun run = CliRun.checkAtRoot("--expected", SCHEMA, "--format", "sarif", "--output", sarif.toString(),
        MIGRATIONS);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    String text = Files.readString(sarif);
    SarifSchemaValidator.assertValid(text);
    JsonNode results = new ObjectMapper().readTree(text).path("runs").path(0).path("results");
    JsonNode missingColumn = first(results, "missing-column");
    assertThat(missingColumn).isNotNull();
    assertThat(missingColumn.path("locations").path(0).path("physicalLocation").path("artifactLocation")
        .path("uri").asText()).isEqualTo(SCHEMA);
    assertThat(missingColumn.path("locations").path(0).path("logicalLocations").path(0)
        .path("fullyQualifiedName").asText()).isEqualTo("public.compliance_checks.next_check");
    assertThat(missingColumn.path("relatedLocations").path(0).path("physicalLocation").path("artifactLocation")
        .path("uri").asText()).isEqualTo(MIGRATIONS + "/V2__compliance_checks.sql");
  }

  @Test
  void jsonListsTheSameFindings() throws Exception {
    CliRun run = CliRun.checkAtRoot("--expected", SCHEMA, "--format", "json", MIGRATIONS);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("summary").path("errors").asInt()).isEqualTo(1);
    assertThat(json.path("summary").path("warnings").asInt()).isEqualTo(4);
    assertThat(json.path("summary").path("notes").asInt()).isEqualTo(3);
    assertThat(json.path("findings")).extracting(f -> f.path("ruleId").asText())
        .containsExactlyInAnyOrder("missing-column", "missing-table", "missing-lock-timeout", "missing-lock-timeout",
            "create-index-not-concurrently", "prefer-identity", "prefer-identity", "prefer-text");
  }

  private static JsonNode first(JsonNode results, String ruleId) {
    for (JsonNode result : results) {
      if (result.path("ruleId").asText().equals(ruleId)) {
        return result;
      }
    }
    return null;
  }
}
