package dev.plumb.core.report;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.RuleDescriptor;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one run, everything a writer needs.
 *
 * @param rules the rules that ran, each with the severity configured for this run as its default
 * @param findings sorted by file, line, column and rule id
 * @param baseDirectory the directory file names in spans are relative to (SARIF's %SRCROOT%)
 */
public record LintReport(String toolVersion, List<RuleDescriptor> rules, List<Finding> findings, RunStats stats,
                         Path baseDirectory) {

  public LintReport {
    requireNonNull(toolVersion, "no tool version given");
    rules = List.copyOf(requireNonNull(rules, "no rules given"));
    findings = List.copyOf(requireNonNull(findings, "no findings given"));
    requireNonNull(stats, "no stats given");
    requireNonNull(baseDirectory, "no base directory given");
  }
}
