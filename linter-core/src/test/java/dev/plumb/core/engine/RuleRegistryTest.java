package dev.plumb.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.engine.SampleRules.AlwaysFails;
import dev.plumb.core.engine.SampleRules.EveryColumn;
import dev.plumb.core.engine.SampleRules.EveryTable;
import dev.plumb.core.engine.SampleRules.NotKebab;
import dev.plumb.core.engine.SampleRules.SameIdAsEveryTable;
import dev.plumb.core.engine.SampleRules.WideTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleRegistryTest {

  @Test
  void keysRulesByIdInIdOrder() {
    RuleRegistry registry = RuleRegistry.of(List.of(new WideTable(), new EveryTable(), new AlwaysFails()));

    assertThat(registry.ids()).containsExactly("always-fails", "every-table", "wide-table");
    assertThat(registry.find("wide-table").orElseThrow().descriptor().options())
        .containsExactly(SampleRules.MAX_COLUMNS, SampleRules.IGNORED);
    assertThat(registry.find("every-column")).isEmpty();
  }

  @Test
  void refusesTwoRulesWithOneId() {
    assertThatThrownBy(() -> RuleRegistry.of(List.of(new EveryColumn(), new EveryTable(), new SameIdAsEveryTable())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rule id 'every-table' is used by both " + EveryTable.class.getName() + " and "
            + SameIdAsEveryTable.class.getName());
  }

  @Test
  void refusesAnIdThatIsNotKebabCase() {
    assertThatThrownBy(() -> RuleRegistry.of(List.of(new NotKebab())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rule id 'Not_Kebab' of " + NotKebab.class.getName() + " is not kebab-case");
  }

  @Test
  void refusesARuleWithoutMetadata() {
    SchemaRule anonymous = new SchemaRule() {
      @Override
      public void check(RuleContext context) {
      }
    };

    assertThatThrownBy(() -> RuleRegistry.of(List.of(anonymous))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(" has no @RuleInfo");
  }

  @Test
  void discoversNoTestRules() {
    // linter-core ships no rules; finding the sample rules here would mean they leak into the test-jar.
    assertThat(RuleRegistry.discover(RuleRegistryTest.class.getClassLoader()).ids()).isEmpty();
  }
}
