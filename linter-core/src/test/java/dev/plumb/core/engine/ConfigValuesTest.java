package dev.plumb.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumb.core.api.Severity;
import dev.plumb.core.model.SourceSpan;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigValuesTest {

  private static final SourceSpan SPAN = SourceSpan.at("plumb.yml", 3, 5);

  @Test
  void failOnThresholds() {
    assertThat(FailOn.ERROR.failsOn(Severity.ERROR)).isTrue();
    assertThat(FailOn.ERROR.failsOn(Severity.WARNING)).isFalse();
    assertThat(FailOn.WARNING.failsOn(Severity.WARNING)).isTrue();
    assertThat(FailOn.WARNING.failsOn(Severity.NOTE)).isFalse();
    assertThat(FailOn.NOTE.failsOn(Severity.NOTE)).isTrue();
    assertThat(FailOn.NEVER.failsOn(Severity.ERROR)).isFalse();
    assertThat(FailOn.fromId(" Never ")).contains(FailOn.NEVER);
    assertThat(FailOn.fromId("fatal")).isEmpty();
  }

  @Test
  void optionValuesTellTheirKindAndFit() {
    OptionValue list = new OptionValue("ignore", List.of("a"), SPAN);
    OptionValue number = new OptionValue("max", 3, SPAN);

    assertThat(list.fits(List.class)).isTrue();
    assertThat(list.fits(String.class)).isFalse();
    assertThat(list.kind()).isEqualTo("a list of text");
    assertThat(number.fits(Integer.class)).isTrue();
    assertThat(number.kind()).isEqualTo("a whole number");
    assertThat(OptionValue.kindOf(Boolean.class)).isEqualTo("true or false");
  }

  @Test
  void optionValuesOfOtherTypesAreRefused() {
    assertThatThrownBy(() -> new OptionValue("ratio", 0.5, SPAN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OptionValue("ids", List.of(1), SPAN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRuleThatIsOffHasNoSeverity() {
    assertThatThrownBy(() -> new RuleSetting("r", Optional.of(Severity.NOTE), true, Map.of(), SPAN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
