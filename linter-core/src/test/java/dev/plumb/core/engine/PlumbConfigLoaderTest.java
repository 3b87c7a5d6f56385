package dev.plumb.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.source.InputException;
import dev.plumb.core.source.migration.MigrationLayouts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlumbConfigLoaderTest {

  /** Every feature of the format; also validated against the published JSON Schema. */
  static final String FULL = """
      dialect: postgresql
      expected: db/schema.yml
      failOn: warning
      exclude: ["migrations/old/**", "**/*_OLD.sql"]
      rules:
        unexpected-table: warning
        missing-index: off
        naming-convention: { severity: note, options: { pattern: "^[a-z_]+$", maxLength: 63, strict: true } }
        unexpected-column:
          severity: error
          options:
            ignore: ["created_at", updated_at]
        require-primary-key: { severity: off }
        foreign-key-index: { options: { ignore: [] } }
      layout: flyway
      postgresVersion: 16
      assumeInTransaction: false
      """;

  private final PlumbConfigLoader loader = new PlumbConfigLoader();

  @Test
  void readsEveryFeatureWithPositions() throws InputException {
    PlumbConfig config = loader.parse(FULL, "plumb.yml");

    Map<String, RuleSetting> rules = new LinkedHashMap<>();
    rules.put("unexpected-table", new RuleSetting("unexpected-table", Optional.of(Severity.WARNING), false, Map.of(),
        at(6, 3)));
    rules.put("missing-index", new RuleSetting("missing-index", Optional.empty(), true, Map.of(), at(7, 3)));
    rules.put("naming-convention", new RuleSetting("naming-convention", Optional.of(Severity.NOTE), false, Map.of(
        "pattern", new OptionValue("pattern", "^[a-z_]+$", at(8, 51)),
        "maxLength", new OptionValue("maxLength", 63, at(8, 73)),
        "strict", new OptionValue("strict", true, at(8, 88))), at(8, 3)));
    rules.put("unexpected-column", new RuleSetting("unexpected-column", Optional.of(Severity.ERROR), false, Map.of(
        "ignore", new OptionValue("ignore", List.of("created_at", "updated_at"), at(12, 7))), at(9, 3)));
    rules.put("require-primary-key", new RuleSetting("require-primary-key", Optional.empty(), true, Map.of(),
        at(13, 3)));
    rules.put("foreign-key-index", new RuleSetting("foreign-key-index", Optional.empty(), false, Map.of(
        "ignore", new OptionValue("ignore", List.of(), at(14, 35))), at(14, 3)));

    assertThat(config).isEqualTo(new PlumbConfig(Optional.of("plumb.yml"), Optional.of(Dialect.POSTGRESQL),
        Optional.of("db/schema.yml"), Optional.of(FailOn.WARNING), List.of("migrations/old/**", "**/*_OLD.sql"),
        Optional.of("flyway"), rules, Optional.of(16), Optional.of(false)));
    assertThat(config.rules().keySet()).containsExactly("unexpected-table", "missing-index", "naming-convention",
        "unexpected-column", "require-primary-key", "foreign-key-index");
    assertThat(config.rules().get("naming-convention").options().keySet())
        .containsExactly("pattern", "maxLength", "strict");
  }

  @Test
  void anEmptyFileSetsNothing() throws InputException {
    PlumbConfig config = loader.parse("# to be filled in\n", "plumb.yml");

    assertThat(config).isEqualTo(new PlumbConfig(Optional.of("plumb.yml"), Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(), Optional.empty(), Map.of()));
  }

  @Test
  void emptyConfigHasNoFile() {
    assertThat(PlumbConfig.empty().file()).isEmpty();
    assertThat(PlumbConfig.empty().rules()).isEmpty();
    assertThat(PlumbConfig.empty().rule("missing-index")).isEmpty();
  }

  @Test
  void severityWordsIgnoreCase() throws InputException {
    PlumbConfig config = loader.parse("rules: { a: ERROR, b: Off, c: { severity: Note } }", "plumb.yml");

    assertThat(config.rule("a").orElseThrow().severity()).contains(Severity.ERROR);
    assertThat(config.rule("b").orElseThrow().off()).isTrue();
    assertThat(config.rule("c").orElseThrow().severity()).contains(Severity.NOTE);
  }

  @Test
  void loadsAFileUnderItsDisplayName(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("plumb.yml");
    Files.writeString(file, "rules:\n  missing-index: note\n");

    PlumbConfig config = loader.load(file, "project/plumb.yml");

    assertThat(config.file()).contains("project/plumb.yml");
    assertThat(config.rule("missing-index").orElseThrow().span()).isEqualTo(SourceSpan.at("project/plumb.yml", 2, 3));
  }

  @Test
  void missingFile(@TempDir Path dir) {
    assertThatThrownBy(() -> loader.load(dir.resolve("plumb.yml"), "plumb.yml"))
        .isInstanceOf(InputException.class)
        .hasMessage("plumb.yml: cannot read: no such file");
  }

  @Test
  void yamlSyntaxError() {
    assertFails("rules: { a: error\n", "plumb.yml:2:1: invalid YAML: expected ',' or '}', but got <stream end> "
        + "(while parsing a flow mapping at line 1)");
  }

  @Test
  void topLevelNotAMapping() {
    assertFails("- rules\n", "plumb.yml:1:1: expected a mapping of settings at the top level, got a list");
  }

  @Test
  void unknownTopLevelKeyWithSuggestion() {
    assertFails("dialect: mysql\nfailon: error\n",
        "plumb.yml:2:1: unknown key 'failon' at the top level; did you mean 'failOn'?");
  }

  @Test
  void unknownTopLevelKeyFarFromAny() {
    assertFails("severity: error\n",
        "plumb.yml:1:1: unknown key 'severity' at the top level; valid keys are dialect, expected, failOn, exclude, layout, "
            + "postgresVersion, assumeInTransaction, requireSuppressionReason, rules");
  }

  @Test
  void duplicateRule() {
    assertFails("""
        rules:
          missing-index: off
          missing-index: error
        """, "plumb.yml:3:3: duplicate key 'missing-index'; first given at line 2");
  }

  @Test
  void badSeverityWord() {
    assertFails("""
        rules:
          unexpected-table: critical
        """, "plumb.yml:2:21: rule 'unexpected-table' must be off, error, warning or note, got 'critical'");
  }

  @Test
  void misspeltSeverityGetsASuggestion() {
    assertFails("""
        rules:
          unexpected-table: eror
        """, "plumb.yml:2:21: rule 'unexpected-table' must be off, error, warning or note, got 'eror'; "
        + "did you mean 'error'?");
  }

  @Test
  void falseIsNotOff() {
    assertFails("rules:\n  missing-index: false\n",
        "plumb.yml:2:18: rule 'missing-index' must be off, error, warning or note, got 'false'");
  }

  @Test
  void badSeverityInsideAMapping() {
    assertFails("rules:\n  missing-index: { severity: warn }\n",
        "plumb.yml:2:30: 'severity' must be off, error, warning or note, got 'warn'");
  }

  @Test
  void ruleWithoutValue() {
    assertFails("rules:\n  missing-index:\n", "plumb.yml:2:17: rule 'missing-index' must be off, error, warning, note "
        + "or a mapping with 'severity' and 'options', got an empty value");
  }

  @Test
  void unknownKeyInARule() {
    assertFails("""
        rules:
          unexpected-column:
            option: { ignore: [a] }
        """, "plumb.yml:3:5: unknown key 'option' in rule 'unexpected-column'; did you mean 'options'?");
  }

  @Test
  void rulesNotAMapping() {
    assertFails("rules: [missing-index]\n", "plumb.yml:1:8: 'rules' must be a mapping, got a list");
  }

  @Test
  void optionsNotAMapping() {
    assertFails("rules: { a: { options: [x] } }\n", "plumb.yml:1:24: 'options' must be a mapping, got a list");
  }

  @Test
  void optionOfUnsupportedType() {
    assertFails("rules: { a: { options: { ratio: 0.5 } } }\n", "plumb.yml:1:33: option 'ratio' of rule 'a' must be "
        + "true or false, a whole number, text or a list of text, got '0.5'");
    assertFails("rules: { a: { options: { nested: { x: 1 } } } }\n", "plumb.yml:1:34: option 'nested' of rule 'a' "
        + "must be true or false, a whole number, text or a list of text, got a mapping");
    assertFails("rules: { a: { options: { empty: } } }\n", "plumb.yml:1:32: option 'empty' of rule 'a' "
        + "must be true or false, a whole number, text or a list of text, got an empty value");
  }

  @Test
  void optionListWithANonTextItem() {
    assertFails("""
        rules:
          unexpected-column:
            options:
              ignore: [created_at, [x]]
        """, "plumb.yml:4:28: each item of option 'ignore' of rule 'unexpected-column' must be text, got a list");
  }

  @Test
  void optionNumberTooLarge() {
    assertFails("rules: { a: { options: { max: 99999999999 } } }\n", "plumb.yml:1:31: option 'max' of rule 'a' must be"
        + " a whole number between -2147483648 and 2147483647, got '99999999999'");
  }

  @Test
  void unknownFailOnWithSuggestion() {
    assertFails("failOn: warnings\n",
        "plumb.yml:1:9: 'failOn' must be error, warning, note or never, got 'warnings'; did you mean 'warning'?");
  }

  @Test
  void unknownDialect() {
    assertFails("dialect: oracle\n",
        "plumb.yml:1:10: unknown dialect 'oracle'; known dialects are postgresql, mysql, mariadb, sqlite, h2");
  }

  @Test
  void unknownLayoutNamesTheKnownOnes() {
    assertFails("layout: flyaway\n", "plumb.yml:1:9: unknown layout 'flyaway'; known layouts are flyway, "
        + "golang-migrate, dbmate, folder-per-migration, drizzle, numbered, files; did you mean 'flyway'?");
  }

  @Test
  void everyKnownLayoutIsAccepted() throws InputException {
    for (String layout : MigrationLayouts.ids()) {
      assertThat(loader.parse("layout: " + layout + "\n", "plumb.yml").layout()).contains(layout);
    }
  }

  @Test
  void postgresVersionIsAMajorVersion_writtenAsANumberOrText_withTheMinorPartDropped() throws InputException {
    assertThat(loader.parse("postgresVersion: 16\n", "plumb.yml").postgresVersion()).contains(16);
    assertThat(loader.parse("postgresVersion: \"13\"\n", "plumb.yml").postgresVersion()).contains(13);
    assertThat(loader.parse("postgresVersion: 16.2\n", "plumb.yml").postgresVersion()).contains(16);
    assertThat(loader.parse("postgresVersion: '9.6'\n", "plumb.yml").postgresVersion()).contains(9);
    assertThat(loader.parse("postgresVersion: 99\n", "plumb.yml").postgresVersion()).contains(99);
    assertThat(loader.parse("dialect: mysql\n", "plumb.yml").postgresVersion()).isEmpty();
  }

  @Test
  void postgresVersionOutOfRangeOrNotAVersion() {
    assertFails("postgresVersion: 8\n",
        "plumb.yml:1:18: 'postgresVersion' must be a PostgreSQL major version from 9 to 99, e.g. 16, got '8'");
    assertFails("dialect: postgresql\npostgresVersion: 100\n",
        "plumb.yml:2:18: 'postgresVersion' must be a PostgreSQL major version from 9 to 99, e.g. 16, got '100'");
    assertFails("postgresVersion: latest\n",
        "plumb.yml:1:18: 'postgresVersion' must be a PostgreSQL major version from 9 to 99, e.g. 16, got 'latest'");
    assertFails("postgresVersion: 16.2.1\n",
        "plumb.yml:1:18: 'postgresVersion' must be a PostgreSQL major version from 9 to 99, e.g. 16, got '16.2.1'");
    assertFails("postgresVersion: [16]\n",
        "plumb.yml:1:18: 'postgresVersion' must be a PostgreSQL major version from 9 to 99, e.g. 16, got a list");
    assertFails("postgresVersion:\n",
        "plumb.yml:1:17: 'postgresVersion' must be a PostgreSQL major version from 9 to 99, e.g. 16, got an empty "
            + "value");
  }

  @Test
  void assumeInTransactionIsTrueOrFalse() throws InputException {
    assertThat(loader.parse("assumeInTransaction: true\n", "plumb.yml").assumeInTransaction()).contains(true);
    assertThat(loader.parse("assumeInTransaction: false\n", "plumb.yml").assumeInTransaction()).contains(false);
    assertThat(loader.parse("layout: flyway\n", "plumb.yml").assumeInTransaction()).isEmpty();
    assertFails("layout: dbmate\nassumeInTransaction: no\n",
        "plumb.yml:2:22: 'assumeInTransaction' must be true or false, got 'no'");
    assertFails("assumeInTransaction: 'false'\n",
        "plumb.yml:1:22: 'assumeInTransaction' must be true or false, got 'false'");
  }

  @Test
  void excludeNotAList() {
    assertFails("exclude: migrations/old/**\n", "plumb.yml:1:10: 'exclude' must be a list, got 'migrations/old/**'");
  }

  @Test
  void brokenGlob() {
    assertFails("exclude:\n  - \"ok/**\"\n  - \"old/[a-\"\n",
        "plumb.yml:3:5: cannot read glob 'old/[a-': Missing ']");
  }

  @Test
  void expectedMustBeText() {
    assertFails("expected: [a.yml, b.yml]\n", "plumb.yml:1:11: 'expected' must be text, got a list");
  }

  private void assertFails(String yaml, String message) {
    assertThatThrownBy(() -> loader.parse(yaml, "plumb.yml"))
        .isInstanceOf(InputException.class)
        .hasMessage(message);
  }

  private static SourceSpan at(int line, int column) {
    return SourceSpan.at("plumb.yml", line, column);
  }
}
