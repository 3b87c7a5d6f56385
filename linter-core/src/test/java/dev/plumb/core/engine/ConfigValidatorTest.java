package dev.plumb.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumb.core.api.Severity;
import dev.plumb.core.engine.RuleSelection.Setting;
import dev.plumb.core.engine.SampleRules.EveryTable;
import dev.plumb.core.engine.SampleRules.WideTable;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.source.InputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigValidatorTest {

  private final RuleRegistry registry = RuleRegistry.of(List.of(new EveryTable(), new WideTable()));

  @Test
  void turnsValidSettingsIntoTypedOnes() throws InputException {
    Map<String, Setting> settings = validate("""
        rules:
          every-table: off
          wide-table:
            severity: error
            options: { max-columns: 5, ignored-tables: [audit_log] }
        """);

    assertThat(settings).containsExactly(
        Map.entry("every-table", new Setting(true, Optional.empty(), Map.of())),
        Map.entry("wide-table", new Setting(false, Optional.of(Severity.ERROR),
            Map.of("max-columns", 5, "ignored-tables", List.of("audit_log")))));
  }

  @Test
  void anUnknownRuleIsReportedWhereItIsNamedWithTheNearestId() {
    assertThatThrownBy(() -> validate("""
        failOn: warning
        rules:
          every-tabel: warning
        """)).isInstanceOf(InputException.class)
        .hasMessage("plumb.yml:3:3: unknown rule 'every-tabel'; did you mean 'every-table'?")
        .satisfies(e -> assertThat(((InputException) e).where()).contains(SourceSpan.at("plumb.yml", 3, 3)));
  }

  @Test
  void anUnknownRuleWithNothingCloseSaysWhereTheListIs() {
    assertThatThrownBy(() -> validate("""
        rules:
          naming-convention: off
        """)).hasMessage("plumb.yml:2:3: unknown rule 'naming-convention'; 'plumb rules' lists them");
  }

  @Test
  void anUnknownOptionIsReportedWithTheNearestName() {
    assertThatThrownBy(() -> validate("""
        rules:
          wide-table:
            options:
              max-column: 5
        """)).hasMessage("plumb.yml:4:7: rule 'wide-table' has no option 'max-column'; did you mean 'max-columns'?");
  }

  @Test
  void anUnknownOptionWithNothingCloseListsTheOptions() {
    assertThatThrownBy(() -> validate("""
        rules:
          wide-table: { options: { colour: red } }
        """)).hasMessage("plumb.yml:2:28: rule 'wide-table' has no option 'colour'; its options are max-columns, "
        + "ignored-tables");
  }

  @Test
  void anOptionOfARuleWithoutOptionsSaysSo() {
    assertThatThrownBy(() -> validate("""
        rules:
          every-table:
            options:
              strict: true
        """)).hasMessage("plumb.yml:4:7: rule 'every-table' has no option 'strict'; it has no options");
  }

  @Test
  void anOptionOfTheWrongTypeNamesBothTypes() {
    assertThatThrownBy(() -> validate("""
        rules:
          wide-table:
            options:
              max-columns: many
        """)).hasMessage("plumb.yml:4:7: option 'max-columns' of rule 'wide-table' must be a whole number, got text");
    assertThatThrownBy(() -> validate("""
        rules:
          wide-table:
            options:
              ignored-tables: audit_log
        """)).hasMessage("plumb.yml:4:7: option 'ignored-tables' of rule 'wide-table' must be a list of text, "
        + "got text");
  }

  private Map<String, Setting> validate(String yaml) throws InputException {
    return ConfigValidator.settings(new PlumbConfigLoader().parse(yaml, "plumb.yml"), registry);
  }
}
