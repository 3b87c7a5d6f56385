package dev.plumb.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuppressionTest {

  private final Suppression suppression = new Suppression(SourceSpan.at("V2.sql", 4, 1),
      Set.of("unexpected-table", "missing-index"), "legacy", new SourceSpan("V2.sql", 5, 1, 8, 2));

  @Test
  void coversFindingsOfItsRulesAnywhereInItsStatement() {
    assertThat(suppression.covers(finding("unexpected-table", SourceSpan.at("V2.sql", 5, 1)))).isTrue();
    assertThat(suppression.covers(finding("missing-index", SourceSpan.at("V2.sql", 7, 40)))).isTrue();
    assertThat(suppression.covers(finding("missing-index", SourceSpan.at("V2.sql", 8, 2)))).isTrue();
  }

  @Test
  void coversNothingElse() {
    assertThat(suppression.covers(finding("missing-table", SourceSpan.at("V2.sql", 5, 1)))).isFalse();
    assertThat(suppression.covers(finding("unexpected-table", SourceSpan.at("V2.sql", 4, 1)))).isFalse();
    assertThat(suppression.covers(finding("unexpected-table", SourceSpan.at("V2.sql", 9, 1)))).isFalse();
    assertThat(suppression.covers(finding("unexpected-table", SourceSpan.at("V2.sql", 8, 4))))
        .as("the next statement on the statement's last line").isFalse();
    assertThat(suppression.covers(finding("unexpected-table", SourceSpan.at("V3.sql", 5, 1)))).isFalse();
    Finding withoutSpan = new Finding("unexpected-table", Severity.ERROR, "m",
        Location.of(Optional.empty(), ObjectPath.of("public", "t")), List.of(), List.of());
    assertThat(suppression.covers(withoutSpan)).isFalse();
  }

  private static Finding finding(String ruleId, SourceSpan span) {
    return new Finding(ruleId, Severity.WARNING, "m", Location.of(span), List.of(), List.of());
  }
}
