package dev.plumb.core.source.expected;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.source.InputException;
import dev.plumb.core.source.yaml.JsonSchemaCheck;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/schema/expected-schema.schema.json describes exactly what {@link ExpectedSchemaLoader} accepts. */
class ExpectedSchemaJsonSchemaTest {

  private static JsonSchemaCheck schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    schema = JsonSchemaCheck.published("expected-schema.schema.json");
  }

  @Test
  void isAValidDraft07Schema() {
    assertThat(schema.metaSchemaProblems()).isEmpty();
  }

  @Test
  void acceptsTheFullExampleTheLoaderReads() throws InputException {
    new ExpectedSchemaLoader().parse(ExpectedSchemaLoaderTest.FULL, "schema.yml", Dialect.POSTGRESQL);

    assertThat(schema.problems(ExpectedSchemaLoaderTest.FULL)).isEmpty();
  }

  @Test
  void acceptsTheSmallestFiles() throws InputException {
    assertThat(schema.problems("tables: []\n")).isEmpty();
    assertThat(schema.problems("dialect: pg\ntables: [{ name: t, columns: [{ name: c, default: 0 }] }]\n")).isEmpty();
  }

  @Test
  void rejectsWhatTheLoaderRejects() throws InputException {
    assertThat(schema.problems("tables: [{ name: t, columns: [{ name: id, nulable: false }] }]\n"))
        .anyMatch(problem -> problem.contains("nulable"));
    assertThat(schema.problems("tables: [{ name: t, extraColumns: warning }]\n"))
        .anyMatch(problem -> problem.contains("extraColumns"));
    assertThat(schema.problems("tables: [{ name: t, required: yes }]\n"))
        .anyMatch(problem -> problem.contains("required"));
    assertThat(schema.problems("dialect: oracle\ntables: []\n")).anyMatch(problem -> problem.contains("dialect"));
    assertThat(schema.problems("version: 2\ntables: []\n")).anyMatch(problem -> problem.contains("version"));
    assertThat(schema.problems("tables: [{ columns: [] }]\n")).anyMatch(problem -> problem.contains("name"));
    assertThat(schema.problems("""
        tables:
          - name: t
            foreignKeys: [{ columns: [a], references: { table: u, columns: [id] }, onDelete: delete }]
        """)).anyMatch(problem -> problem.contains("onDelete"));
    assertThat(schema.problems("dialect: mysql\n")).anyMatch(problem -> problem.contains("tables"));
  }

  @Test
  void hasExactlyTheKeysTheLoaderAccepts() {
    assertThat(schema.propertiesByPointer()).isEqualTo(Map.of(
        "", Set.copyOf(ExpectedSchemaKeys.TOP),
        "/definitions/table", Set.copyOf(ExpectedSchemaKeys.TABLE),
        "/definitions/column", Set.copyOf(ExpectedSchemaKeys.COLUMN),
        "/definitions/table/properties/primaryKey/oneOf/1", Set.copyOf(ExpectedSchemaKeys.PRIMARY_KEY),
        "/definitions/index", Set.copyOf(ExpectedSchemaKeys.INDEX),
        "/definitions/foreignKey", Set.copyOf(ExpectedSchemaKeys.FOREIGN_KEY),
        "/definitions/references", Set.copyOf(ExpectedSchemaKeys.REFERENCES)));
  }

  @Test
  void describesEveryProperty() {
    assertThat(schema.propertiesWithoutDescription()).isEqualTo(List.of());
  }

  @Test
  void listsExactlyTheDialectsTheLoaderKnows() throws InputException {
    for (Dialect dialect : Dialect.values()) {
      assertThat(schema.problems("dialect: " + dialect.id() + "\ntables: []\n")).isEmpty();
    }
  }
}
