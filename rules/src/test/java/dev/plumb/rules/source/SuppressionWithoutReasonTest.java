package dev.plumb.rules.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.testing.RuleTester;
import dev.plumb.rules.safety.CreateIndexNotConcurrently;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionWithoutReasonTest {

  @Test
  void aSuppressionWithoutReasonIsReported_oneWithAReasonIsNot() {
    List<Finding> findings = RuleTester.of(new SuppressionWithoutReason())
        .alongside(new CreateIndexNotConcurrently())
        .migration("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, status text, note text);\n")
        .migration("V2__indexes.sql", """
            -- expect-comment: suppression-without-reason (error)
            -- plumb:ignore create-index-not-concurrently
            CREATE INDEX orders_status_idx ON orders (status);
            -- plumb:ignore create-index-not-concurrently the table holds ten rows
            CREATE INDEX orders_note_idx ON orders (note);
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("plumb:ignore create-index-not-concurrently gives no reason");
  }

  @Test
  void yamlDirectivesCountToo() {
    RuleTester.of(new SuppressionWithoutReason())
        .expected("""
            tables:
              # expect-comment: suppression-without-reason
              # plumb:ignore missing-table
              - name: audit_log
              # plumb:ignore missing-table kept for the nightly export
              - name: export_tmp
            """)
        .check();
  }
}
