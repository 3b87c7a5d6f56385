package dev.plumb.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceSpanTest {

  private final SourceSpan statement = new SourceSpan("V1__init.sql", 2, 5, 4, 3);

  @Test
  void containsPositionsFromItsStartToItsEndInclusive() {
    assertThat(statement.contains(2, 5)).isTrue();
    assertThat(statement.contains(3, 1)).isTrue();
    assertThat(statement.contains(3, 500)).isTrue();
    assertThat(statement.contains(4, 3)).isTrue();
    assertThat(statement.contains(2, 4)).isFalse();
    assertThat(statement.contains(1, 9)).isFalse();
    assertThat(statement.contains(4, 4)).isFalse();
    assertThat(statement.contains(5, 1)).isFalse();
  }

  @Test
  void aSinglePositionContainsOnlyItself() {
    SourceSpan at = SourceSpan.at("schema.yml", 7, 3);

    assertThat(at.contains(7, 3)).isTrue();
    assertThat(at.contains(7, 2)).isFalse();
    assertThat(at.contains(7, 4)).isFalse();
    assertThat(SourceSpan.fileStart("schema.yml")).isEqualTo(new SourceSpan("schema.yml", 1, 1, 1, 1));
  }

  @Test
  void printsFileLineAndColumn() {
    assertThat(statement).hasToString("V1__init.sql:2:5");
  }

  @Test
  void refusesPositionsBeforeTheFirstOrEndsBeforeStarts() {
    assertThatThrownBy(() -> SourceSpan.at("a.sql", 0, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line and column are 1-based: 0:1");
    assertThatThrownBy(() -> SourceSpan.at("a.sql", 1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SourceSpan("a.sql", 3, 1, 2, 9)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("span ends before it starts: 3:1-2:9");
    assertThatThrownBy(() -> new SourceSpan("a.sql", 3, 5, 3, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SourceSpan.at(null, 1, 1)).isInstanceOf(NullPointerException.class)
        .hasMessage("no file given");
  }
}
