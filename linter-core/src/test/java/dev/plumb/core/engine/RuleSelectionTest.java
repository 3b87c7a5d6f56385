package dev.plumb.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Severity;
import dev.plumb.core.engine.RuleSelection.SelectedRule;
import dev.plumb.core.engine.RuleSelection.Setting;
import dev.plumb.core.engine.SampleRules.AboutTheSchema;
import dev.plumb.core.engine.SampleRules.EveryTable;
import dev.plumb.core.engine.SampleRules.WideTable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleSelectionTest {

  private final RuleRegistry registry = RuleRegistry.of(List.of(new EveryTable(), new WideTable(),
      new AboutTheSchema()));

  @Test
  void defaultsLeaveOutRulesThatAreOffByDefault() {
    assertThat(describe(RuleSelection.defaults(registry))).containsExactly("about-the-schema note",
        "every-table warning");
  }

  @Test
  void allTakesEveryRuleAtItsDefaultSeverity() {
    assertThat(describe(RuleSelection.all(registry))).containsExactly("about-the-schema note", "every-table warning",
        "wide-table warning");
  }

  @Test
  void settingsSwitchRulesOnAndOffAndChangeTheirSeverity() {
    Map<String, Setting> settings = Map.of(
        "every-table", new Setting(true, Optional.empty(), Map.of()),
        "wide-table", new Setting(false, Optional.empty(), Map.of()),
        "about-the-schema", new Setting(false, Optional.of(Severity.ERROR), Map.of()));

    assertThat(describe(RuleSelection.configured(registry, settings))).containsExactly("about-the-schema error",
        "wide-table warning");
  }

  @Test
  void aRuleThatIsOffByDefaultComesOnWithASeverity() {
    Map<String, Setting> settings = Map.of("wide-table", new Setting(false, Optional.of(Severity.NOTE), Map.of()));

    assertThat(describe(RuleSelection.configured(registry, settings))).contains("wide-table note");
  }

  @Test
  void optionsFallBackToTheirDefaults() {
    Map<String, Setting> settings = Map.of("wide-table",
        new Setting(false, Optional.empty(), Map.of("ignored-tables", List.of("audit_log"))));
    SelectedRule wide = RuleSelection.configured(registry, settings).rules().stream()
        .filter(r -> r.id().equals("wide-table")).findFirst().orElseThrow();

    assertThat(wide.option(SampleRules.IGNORED)).containsExactly("audit_log");
    assertThat(wide.option(SampleRules.MAX_COLUMNS)).isEqualTo(2);
  }

  private static List<String> describe(RuleSelection selection) {
    return selection.rules().stream().map(r -> r.id() + " " + r.severity().id()).toList();
  }
}
