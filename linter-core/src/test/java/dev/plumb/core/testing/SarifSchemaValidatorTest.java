package dev.plumb.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SarifSchemaValidatorTest {

  /** The smallest log GitHub accepts; each test below breaks one thing in it. */
  private static final String MINIMAL = """
      {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
          "tool": {"driver": {"name": "Plumb", "rules": [{
            "id": "r", "shortDescription": {"text": "s"}, "fullDescription": {"text": "f"}, "help": {"text": "h"}
          }]}},
          "results": [{
            "ruleId": "r",
            "level": "LEVEL",
            "message": {"text": "m"},
            "locations": [{"physicalLocation": {
              "artifactLocation": {"uri": "URI", "uriBaseId": "%SRCROOT%"},
              "region": REGION
            }}],
            "partialFingerprints": {"primaryLocationLineHash": "abc"}
          }]
        }]
      }
      """;

  private static String sarif(String level, String uri, String region) {
    return MINIMAL.replace("LEVEL", level).replace("URI", uri).replace("REGION", region);
  }

  private static String valid() {
    return sarif("error", "db/V1__init.sql", "{\"startLine\": 3}");
  }

  @Test
  void acceptsMinimalLog() {
    assertThat(SarifSchemaValidator.validate(valid())).isEmpty();
    assertThatCode(() -> SarifSchemaValidator.assertValid(valid())).doesNotThrowAnyException();
  }

  @Test
  void rejectsUnknownLevel() {
    String fatal = sarif("fatal", "db/V1__init.sql", "{\"startLine\": 3}");

    assertThat(SarifSchemaValidator.validate(fatal)).anySatisfy(error -> assertThat(error).contains("level"));
    assertThatThrownBy(() -> SarifSchemaValidator.assertValid(fatal))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("schema");
  }

  @Test
  void rejectsUnencodedSpaceInUri() {
    String spaced = sarif("error", "db/my migrations/V1.sql", "{\"startLine\": 3}");

    assertThat(SarifSchemaValidator.validate(spaced)).anySatisfy(error -> assertThat(error).contains("uri"));
    assertThat(SarifSchemaValidator.gitHubProblems(spaced)).containsExactly(
        "runs[0].results[0]: artifactLocation.uri is not percent-encoded: db/my migrations/V1.sql");
  }

  @Test
  void rejectsRegionWithoutStartLineForGitHubOnly() {
    String noStartLine = sarif("error", "db/V1__init.sql", "{\"charOffset\": 10, \"charLength\": 4}");

    assertThat(SarifSchemaValidator.validate(noStartLine)).isEmpty();
    assertThat(SarifSchemaValidator.gitHubProblems(noStartLine))
        .containsExactly("runs[0].results[0]: the first location has no region.startLine");
    assertThatThrownBy(() -> SarifSchemaValidator.assertValid(noStartLine))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("GitHub");
  }

  @Test
  void rejectsHttpUriAndMissingFingerprintAndRuleHelp() {
    String broken = valid()
        .replace("\"db/V1__init.sql\"", "\"https://example.org/V1.sql\"")
        .replace("\"partialFingerprints\": {\"primaryLocationLineHash\": \"abc\"}", "\"partialFingerprints\": {}")
        .replace(", \"help\": {\"text\": \"h\"}", "")
        .replace("sarif-2.1.0.json", "sarif-2.0.0.json");

    assertThat(SarifSchemaValidator.gitHubProblems(broken)).containsExactly(
        "$schema must end in 2.1.0.json, is \"https://json.schemastore.org/sarif-2.0.0.json\"",
        "runs[0].tool.driver.rules[0] (r): no help.text",
        "runs[0].results[0]: artifactLocation.uri is neither relative nor a file URI: https://example.org/V1.sql",
        "runs[0].results[0]: no partialFingerprints.primaryLocationLineHash");
  }

  @Test
  void acceptsAbsoluteFileUri() {
    String absolute = sarif("note", "file:///opt/shared/common.sql", "{\"startLine\": 1}")
        .replace(", \"uriBaseId\": \"%SRCROOT%\"", "");

    assertThatCode(() -> SarifSchemaValidator.assertValid(absolute)).doesNotThrowAnyException();
  }

  @Test
  void rejectsLogicalOnlyLocation() {
    String logicalOnly = valid().replaceAll("(?s)\"locations\": \\[.*?\\}\\}\\]",
        "\"locations\": [{\"logicalLocations\": [{\"fullyQualifiedName\": \"public.users\"}]}]");

    assertThat(SarifSchemaValidator.validate(logicalOnly)).isEmpty();
    assertThat(SarifSchemaValidator.gitHubProblems(logicalOnly))
        .containsExactly("runs[0].results[0]: the first location has no physicalLocation");
  }

  @Test
  void reportsTextThatIsNotJson() {
    assertThat(SarifSchemaValidator.validate("{\"runs\": [")).singleElement()
        .satisfies(error -> assertThat(error).startsWith("not JSON"));
  }
}
