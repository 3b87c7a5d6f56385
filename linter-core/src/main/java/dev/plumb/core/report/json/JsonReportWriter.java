package dev.plumb.core.report.json;

import static dev.plumb.core.report.JsonOutput.NODES;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumb.core.api.Finding;
import dev.plumb.core.api.RelatedLocation;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.api.Severity;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.report.JsonOutput;
import dev.plumb.core.report.LintReport;
import dev.plumb.core.report.ReportWriter;
import dev.plumb.core.report.RunStats;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a report as plain JSON for scripts, simpler to consume than SARIF. The format is a promise to users,
 * documented in {@code docs/json-format.md}: fields are only ever added; anything else raises
 * {@link #FORMAT_VERSION}.
 */
public final class JsonReportWriter implements ReportWriter {

  public static final int FORMAT_VERSION = 1;

  @Override
  public void write(LintReport report, Writer out) throws IOException {
    requireNonNull(report, "no report given");
    requireNonNull(out, "no writer given");
    ObjectNode root = NODES.objectNode();
    root.put("formatVersion", FORMAT_VERSION);
    ObjectNode tool = root.putObject("tool");
    tool.put("name", "Plumb");
    tool.put("version", report.toolVersion());
    root.set("summary", summary(report));
    ArrayNode findings = root.putArray("findings");
    for (Finding finding : report.findings()) {
      findings.add(finding(finding));
    }
    JsonOutput.write(root, out);
  }

  private static ObjectNode summary(LintReport report) {
    ObjectNode summary = NODES.objectNode();
    summary.put("errors", count(report, Severity.ERROR));
    summary.put("warnings", count(report, Severity.WARNING));
    summary.put("notes", count(report, Severity.NOTE));
    RunStats stats = report.stats();
    summary.put("files", stats.files());
    summary.put("statements", stats.statements());
    summary.put("statementsUnderstood", stats.statementsUnderstood());
    return summary;
  }

  private static long count(LintReport report, Severity severity) {
    return report.findings().stream().filter(finding -> finding.severity() == severity).count();
  }

  private static ObjectNode finding(Finding finding) {
    ObjectNode node = NODES.objectNode();
    node.put("ruleId", finding.ruleId());
    node.put("severity", finding.severity().id());
    node.put("message", finding.message());
    finding.location().span().ifPresent(span -> putSpan(span, node));
    finding.location().object().ifPresent(object -> node.put("object", object.toString()));
    node.put("fingerprint", finding.fingerprint());
    ArrayNode related = node.putArray("related");
    for (RelatedLocation location : finding.related()) {
      ObjectNode relatedNode = related.addObject();
      putSpan(location.span(), relatedNode);
      relatedNode.put("message", location.message());
    }
    ArrayNode remediations = node.putArray("remediations");
    for (Remediation remediation : finding.remediations()) {
      remediations.add(remediation(remediation));
    }
    return node;
  }

  /** Spans keep Plumb's convention: the end column is the last character, not the one after it. */
  private static void putSpan(SourceSpan span, ObjectNode node) {
    node.put("file", span.file());
    node.put("line", span.line());
    node.put("column", span.column());
    node.put("endLine", span.endLine());
    node.put("endColumn", span.endColumn());
  }

  private static ObjectNode remediation(Remediation remediation) {
    ObjectNode node = NODES.objectNode();
    node.put("description", remediation.description());
    remediation.sql().ifPresent(sql -> node.put("sql", sql));
    ArrayNode edits = node.putArray("edits");
    for (TextEdit edit : remediation.edits()) {
      ObjectNode editNode = edits.addObject();
      editNode.put("file", edit.file());
      editNode.put("startLine", edit.startLine());
      editNode.put("startColumn", edit.startColumn());
      editNode.put("endLine", edit.endLine());
      editNode.put("endColumn", edit.endColumn());
      editNode.put("newText", edit.newText());
    }
    return node;
  }
}
