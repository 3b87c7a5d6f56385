package dev.plumb.core.report.text;

import static dev.plumb.core.report.SampleReports.NOT_NULL;
import static dev.plumb.core.report.SampleReports.NO_PRIMARY_KEY;
import static dev.plumb.core.report.SampleReports.TYPE_MISMATCH;
import static dev.plumb.core.report.SampleReports.UNANCHORED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.report.LintReport;
import dev.plumb.core.report.RunStats;
import dev.plumb.core.report.SampleReports;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportWriterTest {

  private static String write(LintReport report, boolean colour) throws IOException {
    StringWriter out = new StringWriter();
    new TextReportWriter(colour).write(report, out);
    return out.toString();
  }

  private static LintReport withStats(RunStats stats, Finding... findings) {
    LintReport sample = SampleReports.report(findings);
    return new LintReport(sample.toolVersion(), sample.rules(), sample.findings(), stats, sample.baseDirectory());
  }

  @Test
  void compilerStyleLinesWithNotesHelpAndSummary() throws IOException {
    assertThat(write(SampleReports.report(NOT_NULL, NO_PRIMARY_KEY, TYPE_MISMATCH, UNANCHORED), false)).isEqualTo("""
        db/migrations/V2__add email.sql:3:1: error[adding-not-null-column-without-default] Column public.users.email is NOT NULL without a default
            note: db/migrations/V1__init.sql:1:1: Table public.users created here
            help: Add it nullable, backfill in batches, then add NOT NULL:
                ALTER TABLE users ADD COLUMN email text;
                UPDATE users SET email = '' WHERE email IS NULL;
                ALTER TABLE users ALTER COLUMN email SET NOT NULL;
        db/migrations/V3__audit.sql:1:1: warning[missing-primary-key] Table public.audit_log has no primary key
            help: Add an id column as primary key
                ALTER TABLE audit_log ADD COLUMN id bigserial PRIMARY KEY;
        /opt/shared/schema.yml:12:5: note[column-type-mismatch] Column public.orders.total is numeric(12,2), expected numeric(10,2)
            note: /home/dev/shop/db/migrations/V1__init.sql:9:3: Declared as numeric(12,2) here
        public.sessions: warning[missing-primary-key] Table public.sessions has no primary key
            help: Add a primary key

        1 error, 2 warnings, 1 note in 3 files (41 of 42 statements understood)
        """);
  }

  @Test
  void colourOnlyWhenAsked() throws IOException {
    String coloured = write(SampleReports.report(NOT_NULL, NO_PRIMARY_KEY, TYPE_MISMATCH), true);

    assertThat(coloured).contains(
        "3:1: \u001B[1;31merror\u001B[0m[\u001B[1madding-not-null-column-without-default\u001B[0m] Column",
        "1:1: \u001B[33mwarning\u001B[0m[\u001B[1mmissing-primary-key\u001B[0m] Table",
        "12:5: \u001B[36mnote\u001B[0m[\u001B[1mcolumn-type-mismatch\u001B[0m] Column",
        "    \u001B[36mnote\u001B[0m: db/migrations/V1__init.sql:1:1: Table public.users created here");
    assertThat(write(SampleReports.sample(), false)).doesNotContain("\u001B");
  }

  @Test
  void noFindingsIsOneLine() throws IOException {
    assertThat(write(SampleReports.report(), false))
        .isEqualTo("No findings in 3 files (41 of 42 statements understood)\n");
  }

  @Test
  void summaryPluralisesAndOmitsStatementsWhenNoneWereRead() throws IOException {
    Finding yamlNote = new Finding("column-type-mismatch", Severity.NOTE, "Column t.c differs",
        Location.of(SourceSpan.at("schema.yml", 4, 7)), List.of(), List.of(Remediation.text("Change the type")));

    assertThat(write(withStats(new RunStats(1, 0, 0), yamlNote), false)).isEqualTo("""
        schema.yml:4:7: note[column-type-mismatch] Column t.c differs
            help: Change the type

        0 errors, 0 warnings, 1 note in 1 file
        """);
    assertThat(write(withStats(new RunStats(2, 1, 1)), false))
        .isEqualTo("No findings in 2 files (1 of 1 statement understood)\n");
  }

  @Test
  void blankSqlLinesStayEmpty() throws IOException {
    Finding finding = new Finding("missing-primary-key", Severity.WARNING, "Table t has no primary key",
        Location.of(SourceSpan.fileStart("V1.sql")), List.of(),
        List.of(Remediation.sql("Add one:", "ALTER TABLE t ADD COLUMN id int;\n\nALTER TABLE t ADD PRIMARY KEY (id);")));

    assertThat(write(withStats(RunStats.NONE, finding), false)).isEqualTo("""
        V1.sql:1:1: warning[missing-primary-key] Table t has no primary key
            help: Add one:
                ALTER TABLE t ADD COLUMN id int;

                ALTER TABLE t ADD PRIMARY KEY (id);

        0 errors, 1 warning, 0 notes in 0 files
        """);
  }
}
