package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetachPartitionNotConcurrentlyTest {

  private static final String PARTITIONED = """
      CREATE TABLE measurements (taken date NOT NULL, value int) PARTITION BY RANGE (taken);
      CREATE TABLE measurements_2023 PARTITION OF measurements FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
      """;

  private final RuleTester tester = RuleTester.of(new DetachPartitionNotConcurrently());

  @Test
  void plainDetachOfAnExistingTableIsReported() {
    List<Finding> findings = tester
        .migration("V1__measurements.sql", PARTITIONED)
        .migration("V2__detach.sql", """
            -- expect: detach-partition-not-concurrently (warning)
            ALTER TABLE measurements DETACH PARTITION measurements_2023;
            """)
        .check();

    Finding finding = findings.get(0);
    assertThat(finding.message()).isEqualTo("DETACH PARTITION measurements_2023 takes an ACCESS EXCLUSIVE lock on "
        + "existing table measurements and on the partition, which blocks every read and write of both");
    Remediation remediation = finding.remediations().get(0);
    assertThat(remediation.sql()).contains("ALTER TABLE measurements DETACH PARTITION measurements_2023 "
        + "CONCURRENTLY;");
    assertThat(remediation.description()).contains("Flyway does not know this statement cannot run in a "
        + "transaction").contains("V2__detach.sql.conf");
    assertThat(finding.remediations().get(1).edits())
        .containsExactly(TextEdit.insert("V2__detach.sql", 2, 60, " CONCURRENTLY"));
  }

  @Test
  void concurrentDetachAndAttachAreFine() {
    tester
        .migration("V1__measurements.sql", PARTITIONED)
        .migration("V2__detach.sql", """
            ALTER TABLE measurements DETACH PARTITION measurements_2023 CONCURRENTLY;
            ALTER TABLE measurements DETACH PARTITION measurements_2023 FINALIZE;
            ALTER TABLE measurements ATTACH PARTITION measurements_2023
              FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
            """)
        .check();
  }

  @Test
  void aTablePartitionedInTheSameMigrationIsNotReported() {
    tester
        .migration("V1__measurements.sql", PARTITIONED + """
            ALTER TABLE measurements DETACH PARTITION measurements_2023;
            """)
        .check();
  }

  @Test
  void schemaQualifiedAndQuotedNames() {
    List<Finding> findings = tester
        .migration("V1__measurements.sql", """
            CREATE SCHEMA metrics;
            CREATE TABLE metrics."Readings" (taken date NOT NULL) PARTITION BY RANGE (taken);
            CREATE TABLE metrics."Readings_2023" PARTITION OF metrics."Readings"
              FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
            """)
        .migration("V2__detach.sql", """
            -- expect: detach-partition-not-concurrently
            ALTER TABLE metrics."Readings" DETACH PARTITION metrics."Readings_2023";
            """)
        .check();

    assertThat(findings.get(0).remediations().get(0).sql()).contains(
        "ALTER TABLE metrics.\"Readings\" DETACH PARTITION metrics.\"Readings_2023\" CONCURRENTLY;");
  }

  @Test
  void withOtherChangesTheRemediationSplitsTheStatementAndOffersNoFix() {
    List<Finding> findings = tester
        .migration("V1__measurements.sql", PARTITIONED)
        .migration("V2__detach.sql", """
            -- expect: detach-partition-not-concurrently
            ALTER TABLE measurements DETACH PARTITION measurements_2023, ADD COLUMN note text;
            """)
        .check();

    assertThat(findings.get(0).remediations()).hasSize(1);
    assertThat(findings.get(0).remediations().get(0).description()).contains("ALTER TABLE of its own");
  }

  @Test
  void beforePostgres14ThereIsNothingBetterToSuggest() {
    tester.postgresVersion(13)
        .migration("V1__measurements.sql", PARTITIONED)
        .migration("V2__detach.sql", "ALTER TABLE measurements DETACH PARTITION measurements_2023;")
        .check();
  }

  @Test
  void outsideATransactionTheRemediationNeedsNoMove() {
    List<Finding> findings = tester.assumeInTransaction(false)
        .migration("V1__measurements.sql", PARTITIONED)
        .migration("V2__detach.sql", """
            -- expect: detach-partition-not-concurrently
            ALTER TABLE measurements DETACH PARTITION measurements_2023;
            """)
        .check();

    assertThat(findings.get(0).remediations().get(0).description()).doesNotContain("transaction");
  }

  @Test
  void otherDialectsSayNothing() {
    tester.dialect(Dialect.MYSQL)
        .migration("V1__t.sql", "CREATE TABLE t (id int) PARTITION BY HASH (id) PARTITIONS 2;")
        .migration("V2__t.sql", "ALTER TABLE t ADD COLUMN c int;")
        .check();
  }
}
