package dev.plumb.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumb.core.source.InputException;
import dev.plumb.core.source.migration.MigrationLayouts;
import dev.plumb.core.source.yaml.JsonSchemaCheck;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/schema/plumb-config.schema.json describes exactly what {@link PlumbConfigLoader} accepts. */
class PlumbConfigJsonSchemaTest {

  private static JsonSchemaCheck schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    schema = JsonSchemaCheck.published("plumb-config.schema.json");
  }

  @Test
  void isAValidDraft07Schema() {
    assertThat(schema.metaSchemaProblems()).isEmpty();
  }

  @Test
  void acceptsTheFullExampleTheLoaderReads() throws InputException {
    new PlumbConfigLoader().parse(PlumbConfigLoaderTest.FULL, "plumb.yml");

    assertThat(schema.problems(PlumbConfigLoaderTest.FULL)).isEmpty();
  }

  @Test
  void rejectsWhatTheLoaderRejects() throws InputException {
    assertThat(schema.problems("failon: error\n")).anyMatch(problem -> problem.contains("failon"));
    assertThat(schema.problems("failOn: warnings\n")).anyMatch(problem -> problem.contains("failOn"));
    assertThat(schema.problems("rules: { a: critical }\n")).anyMatch(problem -> problem.contains("rules.a"));
    assertThat(schema.problems("rules: { a: false }\n")).anyMatch(problem -> problem.contains("rules.a"));
    assertThat(schema.problems("rules: { a: { option: {} } }\n")).anyMatch(problem -> problem.contains("option"));
    assertThat(schema.problems("rules: { a: { options: { r: 0.5 } } }\n")).anyMatch(problem -> problem.contains("r"));
    assertThat(schema.problems("exclude: 'old/**'\n")).anyMatch(problem -> problem.contains("exclude"));
  }

  @Test
  void hasExactlyTheKeysTheLoaderAccepts() {
    assertThat(schema.propertiesByPointer()).isEqualTo(Map.of(
        "", Set.copyOf(PlumbConfigLoader.TOP_KEYS),
        "/definitions/ruleSetting/oneOf/1", Set.copyOf(PlumbConfigLoader.RULE_KEYS)));
  }

  @Test
  void describesEveryProperty() {
    assertThat(schema.propertiesWithoutDescription()).isEqualTo(List.of());
  }

  @Test
  void listsExactlyTheLayoutsTheLoaderKnows() throws InputException {
    for (String layout : MigrationLayouts.ids()) {
      assertThat(schema.problems("layout: " + layout + "\n")).as(layout).isEmpty();
    }
    assertThat(schema.problems("layout: flyaway\n")).anyMatch(problem -> problem.contains("layout"));
  }

  @Test
  void takesThePostgresVersionsTheLoaderTakes() throws InputException {
    for (String good : List.of("16", "'16'", "16.2", "'9.6'", "9", "99")) {
      String yaml = "postgresVersion: " + good + "\n";
      new PlumbConfigLoader().parse(yaml, "plumb.yml");
      assertThat(schema.problems(yaml)).as(good).isEmpty();
    }
    for (String bad : List.of("8", "100", "'8'", "latest", "'16.2.1'", "true", "[16]")) {
      String yaml = "postgresVersion: " + bad + "\n";
      assertThatThrownBy(() -> new PlumbConfigLoader().parse(yaml, "plumb.yml")).as(bad)
          .isInstanceOf(InputException.class);
      assertThat(schema.problems(yaml)).as(bad).anyMatch(problem -> problem.contains("postgresVersion"));
    }
  }

  @Test
  void assumeInTransactionIsABoolean() throws InputException {
    assertThat(schema.problems("assumeInTransaction: false\n")).isEmpty();
    assertThat(schema.problems("assumeInTransaction: 'false'\n"))
        .anyMatch(problem -> problem.contains("assumeInTransaction"));
    assertThat(schema.problems("assumeInTransaction: no\n"))
        .anyMatch(problem -> problem.contains("assumeInTransaction"));
  }

  @Test
  void listsExactlyTheFailOnWordsTheLoaderKnows() throws InputException {
    for (String word : FailOn.ids()) {
      assertThat(schema.problems("failOn: " + word + "\n")).isEmpty();
    }
  }
}
