package dev.plumb.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  private static final List<String> COLUMN_KEYS = List.of("name", "type", "nullable", "default", "hasDefault");

  @Test
  void suggestsTheNearestKeyForATypo() {
    assertThat(Suggestions.nearest("nulable", COLUMN_KEYS)).contains("nullable");
    assertThat(Suggestions.nearest("tpye", COLUMN_KEYS)).contains("type");
    assertThat(Suggestions.nearest("has_default", COLUMN_KEYS)).contains("hasDefault");
  }

  @Test
  void ignoresCase() {
    assertThat(Suggestions.nearest("hasdefault", COLUMN_KEYS)).contains("hasDefault");
    assertThat(Suggestions.nearest("NAME", COLUMN_KEYS)).contains("name");
  }

  @Test
  void suggestsNothingWhenNoKeyIsClose() {
    assertThat(Suggestions.nearest("colour", COLUMN_KEYS)).isEmpty();
    assertThat(Suggestions.nearest("xyz", COLUMN_KEYS)).isEmpty();
  }

  @Test
  void theEarlierCandidateWinsATie() {
    assertThat(Suggestions.nearest("ab", List.of("xb", "ax"))).contains("xb");
  }

  @Test
  void distanceCountsEdits() {
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("same", "same")).isZero();
  }
}
