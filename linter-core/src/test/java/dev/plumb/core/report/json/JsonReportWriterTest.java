package dev.plumb.core.report.json;

import static dev.plumb.core.report.SampleReports.NOT_NULL;
import static dev.plumb.core.report.SampleReports.NO_PRIMARY_KEY;
import static dev.plumb.core.report.SampleReports.TYPE_MISMATCH;
import static dev.plumb.core.report.SampleReports.UNANCHORED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumb.core.report.LintReport;
import dev.plumb.core.report.SampleReports;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String write(LintReport report) throws IOException {
    StringWriter out = new StringWriter();
    new JsonReportWriter().write(report, out);
    return out.toString();
  }

  @Test
  void emptyReportIsPrettyPrintedExactly() throws IOException {
    assertThat(write(SampleReports.report())).isEqualTo("""
        {
          "formatVersion": 1,
          "tool": {
            "name": "Plumb",
            "version": "0.1.0"
          },
          "summary": {
            "errors": 0,
            "warnings": 0,
            "notes": 0,
            "files": 3,
            "statements": 42,
            "statementsUnderstood": 41
          },
          "findings": []
        }
        """);
  }

  @Test
  void findingsCarryLocationObjectFingerprintRelatedAndRemediations() throws IOException {
    JsonNode report = JSON.readTree(write(SampleReports.report(NOT_NULL, NO_PRIMARY_KEY, TYPE_MISMATCH, UNANCHORED)));

    assertThat(report.get("summary")).isEqualTo(JSON.readTree("""
        {"errors": 1, "warnings": 2, "notes": 1, "files": 3, "statements": 42, "statementsUnderstood": 41}"""));
    assertThat(report.get("findings")).isEqualTo(JSON.readTree("""
        [
          {
            "ruleId": "adding-not-null-column-without-default", "severity": "error",
            "message": "Column public.users.email is NOT NULL without a default",
            "file": "db/migrations/V2__add email.sql", "line": 3, "column": 1, "endLine": 3, "endColumn": 48,
            "object": "public.users.email", "fingerprint": "FP0",
            "related": [{"file": "db/migrations/V1__init.sql", "line": 1, "column": 1, "endLine": 4, "endColumn": 2,
                         "message": "Table public.users created here"}],
            "remediations": [{
              "description": "Add it nullable, backfill in batches, then add NOT NULL:",
              "sql": "ALTER TABLE users ADD COLUMN email text;\\nUPDATE users SET email = '' WHERE email IS NULL;\\nALTER TABLE users ALTER COLUMN email SET NOT NULL;",
              "edits": []
            }]
          },
          {
            "ruleId": "missing-primary-key", "severity": "warning", "message": "Table public.audit_log has no primary key",
            "file": "db/migrations/V3__audit.sql", "line": 1, "column": 1, "endLine": 1, "endColumn": 40,
            "object": "public.audit_log", "fingerprint": "FP1",
            "related": [],
            "remediations": [{
              "description": "Add an id column as primary key",
              "sql": "ALTER TABLE audit_log ADD COLUMN id bigserial PRIMARY KEY;",
              "edits": [{"file": "db/migrations/V3__audit.sql", "startLine": 1, "startColumn": 25, "endLine": 1,
                         "endColumn": 25, "newText": "id bigserial PRIMARY KEY, "}]
            }]
          },
          {
            "ruleId": "column-type-mismatch", "severity": "note",
            "message": "Column public.orders.total is numeric(12,2), expected numeric(10,2)",
            "file": "/opt/shared/schema.yml", "line": 12, "column": 5, "endLine": 12, "endColumn": 20,
            "object": "public.orders.total", "fingerprint": "FP2",
            "related": [{"file": "/home/dev/shop/db/migrations/V1__init.sql", "line": 9, "column": 3, "endLine": 9,
                         "endColumn": 20, "message": "Declared as numeric(12,2) here"}],
            "remediations": []
          },
          {
            "ruleId": "missing-primary-key", "severity": "warning", "message": "Table public.sessions has no primary key",
            "object": "public.sessions", "fingerprint": "FP3",
            "related": [],
            "remediations": [{"description": "Add a primary key", "edits": []}]
          }
        ]"""
        .replace("FP0", NOT_NULL.fingerprint())
        .replace("FP1", NO_PRIMARY_KEY.fingerprint())
        .replace("FP2", TYPE_MISMATCH.fingerprint())
        .replace("FP3", UNANCHORED.fingerprint())));
  }

  @Test
  void keysComeInDocumentedOrder() throws IOException {
    JsonNode finding = JSON.readTree(write(SampleReports.report(NOT_NULL))).at("/findings/0");

    List<String> keys = new ArrayList<>();
    finding.fieldNames().forEachRemaining(keys::add);

    assertThat(keys).containsExactly("ruleId", "severity", "message", "file",
        "line", "column", "endLine", "endColumn", "object", "fingerprint", "related", "remediations");
  }
}
