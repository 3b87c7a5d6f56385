package dev.plumb.core.report.text;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.RelatedLocation;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.api.Severity;
import dev.plumb.core.report.LintReport;
import dev.plumb.core.report.ReportWriter;
import dev.plumb.core.report.RunStats;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes a report for people at a terminal, in the {@code file:line:column: severity[rule] message} form that
 * editors and CI logs already turn into links. Related places come first as notes, then what to do as help.
 */
public final class TextReportWriter implements ReportWriter {

  private static final String RESET = "\u001B[0m";
  private static final String BOLD = "\u001B[1m";
  private static final String BOLD_RED = "\u001B[1;31m";
  private static final String YELLOW = "\u001B[33m";
  private static final String CYAN = "\u001B[36m";

  private final boolean colour;

  /** @param colour whether to use ANSI colours; the caller knows whether the output is a terminal */
  public TextReportWriter(boolean colour) {
    this.colour = colour;
  }

  @Override
  public void write(LintReport report, Writer out) throws IOException {
    requireNonNull(report, "no report given");
    requireNonNull(out, "no writer given");
    StringBuilder text = new StringBuilder();
    for (Finding finding : report.findings()) {
      appendFinding(finding, text);
    }
    if (!report.findings().isEmpty()) {
      text.append('\n');
    }
    text.append(summary(report)).append('\n');
    out.write(text.toString());
    out.flush();
  }

  private void appendFinding(Finding finding, StringBuilder text) {
    String where = finding.location().span()
        .map(Object::toString)
        .orElseGet(() -> finding.location().object().orElseThrow().toString());
    text.append(where).append(": ")
        .append(paint(severityColour(finding.severity()), finding.severity().id()))
        .append('[').append(paint(BOLD, finding.ruleId())).append("] ")
        .append(finding.message()).append('\n');
    for (RelatedLocation related : finding.related()) {
      text.append("    ").append(paint(CYAN, "note")).append(": ")
          .append(related.span()).append(": ").append(related.message()).append('\n');
    }
    for (Remediation remediation : finding.remediations()) {
      text.append("    help: ").append(remediation.description()).append('\n');
      remediation.sql().ifPresent(sql -> sql.lines().forEach(line ->
          text.append(line.isBlank() ? "" : "        " + line).append('\n')));
    }
  }

  /** E.g. {@code 2 errors, 1 warning, 0 notes in 3 files (41 of 42 statements understood)}. */
  private static String summary(LintReport report) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Finding finding : report.findings()) {
      counts.merge(finding.severity(), 1, Integer::sum);
    }
    StringBuilder line = new StringBuilder();
    if (report.findings().isEmpty()) {
      line.append("No findings");
    } else {
      line.append(count(counts.getOrDefault(Severity.ERROR, 0), "error")).append(", ")
          .append(count(counts.getOrDefault(Severity.WARNING, 0), "warning")).append(", ")
          .append(count(counts.getOrDefault(Severity.NOTE, 0), "note"));
    }
    RunStats stats = report.stats();
    line.append(" in ").append(count(stats.files(), "file"));
    if (stats.statements() > 0) {
      line.append(" (").append(stats.statementsUnderstood()).append(" of ")
          .append(count(stats.statements(), "statement")).append(" understood)");
    }
    return line.toString();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String severityColour(Severity severity) {
    return switch (severity) {
      case ERROR -> BOLD_RED;
      case WARNING -> YELLOW;
      case NOTE -> CYAN;
    };
  }

  private String paint(String style, String text) {
    return colour ? style + text + RESET : text;
  }
}
