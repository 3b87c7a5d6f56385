package dev.plumb.core.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.InputStreamSource;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/**
 * Checks SARIF output against the official OASIS 2.1.0 schema and against the extra rules of GitHub code
 * scanning, which rejects a whole upload when one of them is broken. The schema is read from the classpath;
 * the validator refuses to fetch anything from the network, so tests give the same answer offline.
 */
public final class SarifSchemaValidator {

  private static final String SCHEMA_ID =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  private static final String SCHEMA_RESOURCE = "classpath:sarif/sarif-schema-2.1.0.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchema SCHEMA = loadSchema();

  private SarifSchemaValidator() {
  }

  /** The schema violations of a SARIF document, empty when it is valid. */
  public static List<String> validate(String sarifJson) {
    JsonNode document;
    try {
      document = JSON.readTree(sarifJson);
    } catch (JsonProcessingException e) {
      return List.of("not JSON: " + e.getOriginalMessage());
    }
    return SCHEMA.validate(document).stream()
        .sorted(Comparator.comparing(ValidationMessage::toString))
        .map(ValidationMessage::toString)
        .toList();
  }

  /** Fails unless the document passes both the schema and GitHub's rules. */
  public static void assertValid(String sarifJson) {
    List<String> errors = validate(sarifJson);
    if (!errors.isEmpty()) {
      throw new AssertionError("SARIF does not match the 2.1.0 schema:\n  " + String.join("\n  ", errors));
    }
    assertGitHubAcceptable(sarifJson);
  }

  /** Fails if GitHub code scanning would reject the upload although the schema accepts it. */
  public static void assertGitHubAcceptable(String sarifJson) {
    List<String> problems = gitHubProblems(sarifJson);
    if (!problems.isEmpty()) {
      throw new AssertionError("GitHub code scanning would reject this SARIF:\n  " + String.join("\n  ", problems));
    }
  }

  /** What GitHub code scanning would object to, empty when nothing. */
  public static List<String> gitHubProblems(String sarifJson) {
    try {
      return GitHubSarifRules.check(JSON.readTree(sarifJson));
    } catch (JsonProcessingException e) {
      return List.of("not JSON: " + e.getOriginalMessage());
    }
  }

  private static JsonSchema loadSchema() {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, builder -> builder
        .schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_ID, SCHEMA_RESOURCE))
        .schemaLoaders(loaders -> loaders.add(SarifSchemaValidator::refuseNetwork)));
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    return factory.getSchema(SchemaLocation.of(SCHEMA_ID), config);
  }

  /**
   * Runs before the library's own loaders; anything not on the classpath would otherwise be downloaded.
   * The draft-04 meta-schema is built into the library and never reaches a loader.
   */
  private static InputStreamSource refuseNetwork(AbsoluteIri iri) {
    if ("classpath".equals(iri.getScheme())) {
      return null;
    }
    return () -> {
      throw new IOException("SarifSchemaValidator does not fetch schemas from the network: " + iri);
    };
  }
}
