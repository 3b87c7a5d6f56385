package dev.plumb.core.report.docs;

import static dev.plumb.core.api.Severity.ERROR;
import static dev.plumb.core.api.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleDescriptor;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleDocWriterTest {

  @RuleInfo(id = "index-without-concurrently", severity = ERROR,
      summary = "An index built without CONCURRENTLY blocks writes to its table",
      description = "CREATE INDEX on an existing table holds its lock until the index is built.",
      remediation = "Build it with CREATE INDEX CONCURRENTLY, outside a transaction.", category = "safety",
      lock = "SHARE on the table: blocks INSERT, UPDATE and DELETE until the index is built",
      badExample = """

          CREATE INDEX orders_customer ON orders (customer_id);
          """,
      safeExample = """
          -- migrate:up transaction:false
          CREATE INDEX CONCURRENTLY orders_customer
            ON orders (customer_id);
          """,
      equivalents = {"Squawk require-concurrent-index-creation", "strong_migrations add_index"})
  static final class LockRule implements SchemaRule {
    @Override
    public void check(RuleContext context) {
    }
  }

  @RuleInfo(id = "missing-thing", severity = WARNING, summary = "A thing is missing",
      description = "The thing is not there.", remediation = "Add the thing.", category = "expected")
  static final class PlainRule implements SchemaRule {
    @Override
    public void check(RuleContext context) {
    }
  }

  @Test
  void aRuleWithLockExamplesAndEquivalentsGetsTheirSectionsAfterTheUsualOnes() {
    assertThat(RuleDocWriter.page(RuleDescriptor.of(new LockRule()))).isEqualTo("""
        # index-without-concurrently

        An index built without CONCURRENTLY blocks writes to its table.

        | | |
        |---|---|
        | Default severity | error |
        | On by default | yes |
        | Category | safety |

        ## What it checks

        CREATE INDEX on an existing table holds its lock until the index is built.

        ## How to fix

        Build it with CREATE INDEX CONCURRENTLY, outside a transaction.

        ## Configuration

        In `plumb.yml`:

        ```yaml
        rules:
          index-without-concurrently: warning     # or error, note, off
        ```

        Suppress one occurrence with a comment on the line before the statement or YAML entry:
        `-- plumb:ignore index-without-concurrently <reason>` (SQL) or `# plumb:ignore index-without-concurrently <reason>` (YAML).

        ## Lock

        SHARE on the table: blocks INSERT, UPDATE and DELETE until the index is built.

        ## Bad

        ```sql
        CREATE INDEX orders_customer ON orders (customer_id);
        ```

        ## Safe

        ```sql
        -- migrate:up transaction:false
        CREATE INDEX CONCURRENTLY orders_customer
          ON orders (customer_id);
        ```

        ## Equivalents in other tools

        - Squawk require-concurrent-index-creation
        - strong_migrations add_index
        """);
  }

  @Test
  void aRuleWithoutThemEndsAtTheSuppressionHint() {
    assertThat(RuleDocWriter.page(RuleDescriptor.of(new PlainRule()))).isEqualTo("""
        # missing-thing

        A thing is missing.

        | | |
        |---|---|
        | Default severity | warning |
        | On by default | yes |
        | Category | expected |

        ## What it checks

        The thing is not there.

        ## How to fix

        Add the thing.

        ## Configuration

        In `plumb.yml`:

        ```yaml
        rules:
          missing-thing: warning     # or error, note, off
        ```

        Suppress one occurrence with a comment on the line before the statement or YAML entry:
        `-- plumb:ignore missing-thing <reason>` (SQL) or `# plumb:ignore missing-thing <reason>` (YAML).
        """);
  }

  @Test
  void onlyTheSectionsARuleFillsInAreWritten() {
    RuleDescriptor plain = RuleDescriptor.of(new PlainRule());
    RuleDescriptor withSafeExampleOnly = new RuleDescriptor(plain.id(), plain.defaultSeverity(), plain.summary(),
        plain.description(), plain.remediation(), plain.category(), plain.enabledByDefault(), plain.options(), "",
        "", "SELECT 1;", List.of());

    assertThat(RuleDocWriter.page(withSafeExampleOnly))
        .isEqualTo(RuleDocWriter.page(plain) + "\n## Safe\n\n```sql\nSELECT 1;\n```\n")
        .doesNotContain("## Lock", "## Bad", "## Equivalents");
  }
}
