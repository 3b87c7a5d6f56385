package dev.plumb.rules.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.live.LiveFacts;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SqliteIntegrityTest {

  private final RuleTester tester = RuleTester.of(new SqliteIntegrity()).dialect(Dialect.SQLITE);

  @Test
  void eachProblemIsOneError() {
    List<Finding> findings = tester.liveSql("live.sql", "CREATE TABLE orders (id integer PRIMARY KEY);",
            new LiveFacts(List.of(), List.of(), List.of(), List.of(
                "row 3 missing from index orders_user_idx",
                "foreign key violation: orders rowid 7 refers to users, which has no such row")))
        .expectAtAnchor("sqlite-integrity", Optional.of(Severity.ERROR))
        .expectAtAnchor("sqlite-integrity", Optional.of(Severity.ERROR))
        .check();

    assertThat(findings).extracting(Finding::message).containsExactlyInAnyOrder(
        "Integrity check: row 3 missing from index orders_user_idx",
        "Integrity check: foreign key violation: orders rowid 7 refers to users, which has no such row");
    assertThat(findings.get(0).location().object()).contains(ObjectPath.of("main"));
  }

  @Test
  void aHealthyDatabaseGivesNothing() {
    tester.liveSql("live.sql", "CREATE TABLE orders (id integer PRIMARY KEY);", LiveFacts.NONE).check();
  }
}
