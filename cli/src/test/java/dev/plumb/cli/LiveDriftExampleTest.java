package dev.plumb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumb.core.source.migration.FlywayChecksum;
import dev.plumb.core.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/live-drift end to end on a real PostgreSQL: what run.sh does with psql, done over JDBC, and the same
 * findings from {@code plumb check --db}.
 */
class LiveDriftExampleTest {

  private static final Path EXAMPLE = CliRun.ROOT.resolve("examples/live-drift");

  @RegisterExtension
  final TestPostgres postgres = new TestPostgres();

  @TempDir
  Path project;

  @Test
  void driftMadeByHandIsFoundAgainstTheMigrationsAndTheirHistory() throws Exception {
    Path migrations = project.resolve("migrations");
    Files.createDirectories(migrations);
    postgres.execute("""
        CREATE TABLE flyway_schema_history (
          installed_rank integer PRIMARY KEY, version varchar(50), description varchar(200) NOT NULL,
          type varchar(20) NOT NULL, script varchar(1000) NOT NULL, checksum integer,
          installed_by varchar(100) NOT NULL, installed_on timestamp NOT NULL DEFAULT now(),
          execution_time integer NOT NULL, success boolean NOT NULL)""");
    int rank = 0;
    for (Path file : sqlFiles(EXAMPLE.resolve("migrations"))) {
      String sql = Files.readString(file);
      Files.writeString(migrations.resolve(file.getFileName()), sql);
      postgres.execute(sql);
      String name = file.getFileName().toString();
      String version = name.substring(1, name.indexOf("__"));
      postgres.execute("INSERT INTO flyway_schema_history VALUES (" + ++rank + ", '" + version + "', 'x', 'SQL', '"
          + name + "', " + FlywayChecksum.of(sql) + ", 'deploy', now(), 12, true)");
    }
    postgres.execute("ALTER TABLE invoices ADD COLUMN paid_at timestamptz");
    postgres.execute("CREATE INDEX invoices_issued_at_idx ON invoices (issued_at)");
    postgres.execute("UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'invoices_issued_at_idx'::regclass");
    postgres.execute("ALTER TABLE invoices ADD CONSTRAINT invoices_account_fk FOREIGN KEY (account_id) "
        + "REFERENCES accounts (id) NOT VALID");
    Path edited = migrations.resolve("V3__invoice_status.sql");
    Files.writeString(edited, Files.readString(edited).replace("DEFAULT 'open'", "DEFAULT 'draft'"));

    CliRun run = CliRun.of("check", "--base-dir=" + project, "--format", "json", "--db", postgres.url(),
        migrations.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(findings(run)).containsExactlyInAnyOrder(
        "V2__invoices.sql drift-unexpected-column public.invoices.paid_at",
        "V2__invoices.sql drift-unexpected-index public.invoices_issued_at_idx",
        "V2__invoices.sql invalid-index public.invoices_issued_at_idx",
        "V2__invoices.sql missing-lock-timeout public.accounts",
        "V2__invoices.sql not-valid-constraint public.invoices.invoices_account_fk",
        "V3__invoice_status.sql migration-checksum-mismatch ",
        "V3__invoice_status.sql missing-lock-timeout public.invoices",
        "V3__invoice_status.sql drift-column-default public.invoices.status");
    assertThat(run.out()).doesNotContain("password");
  }

  private static List<Path> sqlFiles(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
    }
  }

  /** "file rule object" for each finding, the file without its folder. */
  private static List<String> findings(CliRun run) throws Exception {
    List<String> findings = new ArrayList<>();
    for (JsonNode finding : new ObjectMapper().readTree(run.out()).path("findings")) {
      String file = finding.path("file").asText();
      findings.add(file.substring(file.lastIndexOf('/') + 1) + " " + finding.path("ruleId").asText() + " "
          + finding.path("object").asText(""));
    }
    return findings;
  }
}
