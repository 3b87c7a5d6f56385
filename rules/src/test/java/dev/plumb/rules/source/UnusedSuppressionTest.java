package dev.plumb.rules.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.testing.RuleTester;
import dev.plumb.rules.safety.CreateIndexNotConcurrently;
import dev.plumb.rules.safety.DropIndexNotConcurrently;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnusedSuppressionTest {

  private static final String ORDERS = "CREATE TABLE orders (id bigint PRIMARY KEY, status text, note text);\n";

  @Test
  void aSuppressionThatSilencesNothingIsReported_oneThatSilencesAFindingIsNot() {
    List<Finding> findings = RuleTester.of(new UnusedSuppression())
        .alongside(new CreateIndexNotConcurrently())
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__indexes.sql", """
            -- plumb:ignore create-index-not-concurrently the table holds ten rows
            CREATE INDEX orders_status_idx ON orders (status);
            -- expect-comment: unused-suppression (note)
            -- plumb:ignore create-index-not-concurrently written before CONCURRENTLY was added
            CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note);
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("plumb:ignore create-index-not-concurrently suppresses nothing "
        + "here: that rule reports nothing at the statement it covers");
    assertThat(findings.get(0).remediations().get(0).edits()).hasSize(1);
    TextEdit edit = findings.get(0).remediations().get(0).edits().get(0);
    assertThat(edit.newText()).isEmpty();
    assertThat(edit.startLine()).isEqualTo(4);
  }

  @Test
  void ofSeveralRulesOnlyTheUnusedAreNamed_andRulesThatDidNotRunAreNotJudged() {
    List<Finding> findings = RuleTester.of(new UnusedSuppression())
        .alongside(new CreateIndexNotConcurrently(), new DropIndexNotConcurrently())
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__indexes.sql", """
            -- expect-comment: unused-suppression
            -- plumb:ignore create-index-not-concurrently, drop-index-not-concurrently small table
            CREATE INDEX orders_status_idx ON orders (status);
            -- plumb:ignore drop-table not a rule that ran here
            CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note);
            """)
        .check();

    assertThat(findings.get(0).message()).startsWith("plumb:ignore drop-index-not-concurrently suppresses nothing");
    assertThat(findings.get(0).remediations().get(0).description())
        .isEqualTo("Take drop-index-not-concurrently out of the comment.");
  }
}
