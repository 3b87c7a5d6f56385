package dev.plumb.core.report.sarif;

import static dev.plumb.core.report.SampleReports.NOT_NULL;
import static dev.plumb.core.report.SampleReports.NO_PRIMARY_KEY;
import static dev.plumb.core.report.SampleReports.UNANCHORED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.report.LintReport;
import dev.plumb.core.report.SampleReports;
import dev.plumb.core.testing.SarifSchemaValidator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifReportWriterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String write(LintReport report) throws IOException {
    StringWriter out = new StringWriter();
    new SarifReportWriter().write(report, out);
    return out.toString();
  }

  private static JsonNode json(String text) throws IOException {
    return JSON.readTree(text);
  }

  @Test
  void sampleIsValidSarifThatGitHubAccepts() throws IOException {
    SarifSchemaValidator.assertValid(write(SampleReports.sample()));
  }

  @Test
  void headerAndToolArePrettyPrintedInFixedOrder() throws IOException {
    assertThat(write(SampleReports.report())).startsWith("""
        {
          "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
          "version": "2.1.0",
          "runs": [
            {
              "tool": {
                "driver": {
                  "name": "Plumb",
                  "semanticVersion": "0.1.0",
                  "version": "0.1.0",
                  "rules": [
        """).endsWith("}\n");
  }

  @Test
  void runCarriesBaseDirectoryInvocationAndStatistics() throws IOException {
    JsonNode run = json(write(SampleReports.report())).at("/runs/0");

    assertThat(run.get("originalUriBaseIds")).isEqualTo(json("""
        {"%SRCROOT%": {"uri": "file:///home/dev/shop/"}}"""));
    assertThat(run.get("invocations")).isEqualTo(json("[{\"executionSuccessful\": true}]"));
    assertThat(run.get("properties")).isEqualTo(json("""
        {"files": 3, "statements": 42, "statementsUnderstood": 41}"""));
    assertThat(run.get("results")).isEmpty();
  }

  @Test
  void describesEveryRule() throws IOException {
    JsonNode rules = json(write(SampleReports.report())).at("/runs/0/tool/driver/rules");

    assertThat(rules).hasSize(3);
    assertThat(rules.get(0)).isEqualTo(json("""
        {
          "id": "adding-not-null-column-without-default",
          "name": "AddingNotNullColumnWithoutDefault",
          "shortDescription": {"text": "Adding a NOT NULL column without a default fails on a non-empty table"},
          "fullDescription": {"text": "PostgreSQL rejects the statement when the table already has rows."},
          "help": {
            "text": "PostgreSQL rejects the statement when the table already has rows.\\n\\nHow to fix: Add the column nullable, backfill it, then set NOT NULL.",
            "markdown": "# Adding a NOT NULL column without a default fails on a non-empty table\\n\\nPostgreSQL rejects the statement when the table already has rows.\\n\\n## How to fix\\n\\nAdd the column nullable, backfill it, then set NOT NULL.\\n\\nRule documentation: [docs/rules/adding-not-null-column-without-default.md](docs/rules/adding-not-null-column-without-default.md)\\n"
          },
          "defaultConfiguration": {"level": "error"},
          "properties": {"tags": ["safety"]}
        }"""));
    assertThat(rules.findValuesAsText("level")).containsExactly("error", "warning", "note");
  }

  @Test
  void resultWithRelatedLocationAndSqlRemediation() throws IOException {
    JsonNode result = json(write(SampleReports.sample())).at("/runs/0/results/0");

    assertThat(result).isEqualTo(json("""
        {
          "ruleId": "adding-not-null-column-without-default",
          "ruleIndex": 0,
          "level": "error",
          "message": {"text": "Column public.users.email is NOT NULL without a default"},
          "locations": [{
            "physicalLocation": {
              "artifactLocation": {"uri": "db/migrations/V2__add%20email.sql", "uriBaseId": "%SRCROOT%"},
              "region": {"startLine": 3, "startColumn": 1, "endLine": 3, "endColumn": 49}
            },
            "logicalLocations": [{"name": "email", "fullyQualifiedName": "public.users.email"}]
          }],
          "relatedLocations": [{
            "id": 1,
            "physicalLocation": {
              "artifactLocation": {"uri": "db/migrations/V1__init.sql", "uriBaseId": "%SRCROOT%"},
              "region": {"startLine": 1, "startColumn": 1, "endLine": 4, "endColumn": 3}
            },
            "message": {"text": "Table public.users created here"}
          }],
          "partialFingerprints": {"primaryLocationLineHash": "FP", "plumb/v1": "FP"},
          "properties": {"remediations": [{
            "description": "Add it nullable, backfill in batches, then add NOT NULL:",
            "sql": "ALTER TABLE users ADD COLUMN email text;\\nUPDATE users SET email = '' WHERE email IS NULL;\\nALTER TABLE users ALTER COLUMN email SET NOT NULL;"
          }]}
        }""".replace("FP", NOT_NULL.fingerprint())));
  }

  @Test
  void resultWithFixOffersTheEditAsReplacement() throws IOException {
    JsonNode result = json(write(SampleReports.sample())).at("/runs/0/results/1");

    assertThat(result.get("ruleIndex").asInt()).isEqualTo(1);
    assertThat(result.get("level").asText()).isEqualTo("warning");
    assertThat(result.has("relatedLocations")).isFalse();
    assertThat(result.at("/partialFingerprints/primaryLocationLineHash").asText())
        .isEqualTo(NO_PRIMARY_KEY.fingerprint())
        .isNotEqualTo(NOT_NULL.fingerprint());
    assertThat(result.get("fixes")).isEqualTo(json("""
        [{
          "description": {"text": "Add an id column as primary key"},
          "artifactChanges": [{
            "artifactLocation": {"uri": "db/migrations/V3__audit.sql", "uriBaseId": "%SRCROOT%"},
            "replacements": [{
              "deletedRegion": {"startLine": 1, "startColumn": 25, "endLine": 1, "endColumn": 25},
              "insertedContent": {"text": "id bigserial PRIMARY KEY, "}
            }]
          }]
        }]"""));
    assertThat(result.at("/properties/remediations")).isEqualTo(json("""
        [{"description": "Add an id column as primary key",
          "sql": "ALTER TABLE audit_log ADD COLUMN id bigserial PRIMARY KEY;"}]"""));
  }

  @Test
  void absoluteFilesOutsideBaseKeepFileUriAndInsideBecomeRelative() throws IOException {
    JsonNode result = json(write(SampleReports.sample())).at("/runs/0/results/2");

    assertThat(result.at("/locations/0/physicalLocation/artifactLocation")).isEqualTo(json("""
        {"uri": "file:///opt/shared/schema.yml"}"""));
    assertThat(result.at("/relatedLocations/0/physicalLocation/artifactLocation")).isEqualTo(json("""
        {"uri": "db/migrations/V1__init.sql", "uriBaseId": "%SRCROOT%"}"""));
    assertThat(result.has("fixes")).isFalse();
    assertThat(result.has("properties")).isFalse();
  }

  @Test
  void percentEncodesEverythingButUnreservedCharacters() throws IOException {
    ArtifactLocations locations = new ArtifactLocations(SampleReports.BASE);

    assertThat(locations.of("./db/a b#1:ü%.sql").get("uri").asText()).isEqualTo("db/a%20b%231%3A%C3%BC%25.sql");
    assertThat(locations.of("../elsewhere/x.sql").get("uri").asText()).isEqualTo("file:///home/dev/elsewhere/x.sql");
    assertThat(locations.baseUri()).isEqualTo("file:///home/dev/shop/");
  }

  @Test
  void findingWithoutSpanKeepsOnlyItsLogicalLocationWhichGitHubRejects() throws IOException {
    String sarif = write(SampleReports.report(UNANCHORED));

    assertThat(json(sarif).at("/runs/0/results/0/locations")).isEqualTo(json("""
        [{"logicalLocations": [{"name": "sessions", "fullyQualifiedName": "public.sessions"}]}]"""));
    assertThat(SarifSchemaValidator.validate(sarif)).isEmpty();
    assertThat(SarifSchemaValidator.gitHubProblems(sarif))
        .containsExactly("runs[0].results[0]: the first location has no physicalLocation");
  }

  @Test
  void schemaLevelObjectIsANamespace() throws IOException {
    Finding finding = new Finding("missing-primary-key", Severity.WARNING, "Schema audit has tables without keys",
        Location.of(SourceSpan.fileStart("plumb.yml"), ObjectPath.of("audit")), List.of(), List.of());

    assertThat(json(write(SampleReports.report(finding))).at("/runs/0/results/0/locations/0/logicalLocations/0"))
        .isEqualTo(json("{\"name\": \"audit\", \"fullyQualifiedName\": \"audit\", \"kind\": \"namespace\"}"));
  }

  @Test
  void sameReportGivesSameBytesAndLeavesWriterOpen() throws IOException {
    StringWriter out = new StringWriter();
    new SarifReportWriter().write(SampleReports.sample(), out);
    out.write("still open");

    assertThat(out.toString()).isEqualTo(write(SampleReports.sample()) + "still open");
  }

  @Test
  void pascalCaseJoinsWordsOfId() {
    assertThat(SarifRules.pascalCase("adding-not-null-column-without-default"))
        .isEqualTo("AddingNotNullColumnWithoutDefault");
    assertThat(SarifRules.pascalCase("fk-without-index2")).isEqualTo("FkWithoutIndex2");
  }
}
