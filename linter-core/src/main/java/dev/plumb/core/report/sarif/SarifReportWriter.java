package dev.plumb.core.report.sarif;

import static dev.plumb.core.report.JsonOutput.NODES;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumb.core.api.Finding;
import dev.plumb.core.report.JsonOutput;
import dev.plumb.core.report.LintReport;
import dev.plumb.core.report.ReportWriter;
import dev.plumb.core.report.RunStats;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a report as SARIF 2.1.0, the format GitHub code scanning and editors' SARIF viewers read. The output
 * satisfies the OASIS schema and GitHub code scanning's extra rules, which the tests check with
 * {@code SarifSchemaValidator}, as long as every finding has a span.
 */
public final class SarifReportWriter implements ReportWriter {

  /** GitHub accepts only a {@code $schema} that ends in {@code 2.1.0.json}. */
  public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
  public static final String SARIF_VERSION = "2.1.0";
  public static final String TOOL_NAME = "Plumb";

  @Override
  public void write(LintReport report, Writer out) throws IOException {
    requireNonNull(report, "no report given");
    requireNonNull(out, "no writer given");
    ObjectNode log = NODES.objectNode();
    log.put("$schema", SCHEMA_URI);
    log.put("version", SARIF_VERSION);
    log.putArray("runs").add(run(report));
    JsonOutput.write(log, out);
  }

  private static ObjectNode run(LintReport report) {
    ArtifactLocations artifacts = new ArtifactLocations(report.baseDirectory());
    ObjectNode run = NODES.objectNode();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", TOOL_NAME);
    driver.put("semanticVersion", report.toolVersion());
    driver.put("version", report.toolVersion());
    driver.set("rules", SarifRules.of(report.rules()));
    run.putArray("invocations").addObject().put("executionSuccessful", true);
    run.putObject("originalUriBaseIds").putObject(ArtifactLocations.SOURCE_ROOT).put("uri", artifacts.baseUri());
    SarifResults results = new SarifResults(artifacts, report.rules());
    ArrayNode resultArray = run.putArray("results");
    for (Finding finding : report.findings()) {
      resultArray.add(results.of(finding));
    }
    RunStats stats = report.stats();
    ObjectNode properties = run.putObject("properties");
    properties.put("files", stats.files());
    properties.put("statements", stats.statements());
    properties.put("statementsUnderstood", stats.statementsUnderstood());
    return run;
  }
}
