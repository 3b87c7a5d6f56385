package dev.plumb.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingFingerprintTest {

  private static final ObjectPath ORDERS = ObjectPath.of("public", "orders");

  @Test
  void survivesTheFindingMovingToAnotherLine() {
    assertThat(finding("V2__a.sql", 3, "m").fingerprint()).isEqualTo(finding("V2__a.sql", 40, "m").fingerprint());
  }

  @Test
  void keepsApartOneRuleOnOneTableInTwoMigrations() {
    assertThat(finding("V2__a.sql", 3, "m").fingerprint()).isNotEqualTo(finding("V5__b.sql", 3, "m").fingerprint());
  }

  @Test
  void keepsApartTwoFindingsAboutOneTableInOneFile() {
    assertThat(finding("V2__a.sql", 3, "index a").fingerprint())
        .isNotEqualTo(finding("V2__a.sql", 4, "index b").fingerprint());
  }

  private static Finding finding(String file, int line, String message) {
    return new Finding("create-index-not-concurrently", Severity.WARNING, message,
        Location.of(SourceSpan.at(file, line, 1), ORDERS), List.of(), List.of());
  }
}
