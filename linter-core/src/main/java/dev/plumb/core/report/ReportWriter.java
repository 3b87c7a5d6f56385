package dev.plumb.core.report;

import java.io.IOException;
import java.io.Writer;

/** Turns a report into one output format. */
public interface ReportWriter {

  void write(LintReport report, Writer out) throws IOException;
}
