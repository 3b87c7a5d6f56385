package dev.plumb.core.report;

/**
 * What a run read.
 *
 * @param files SQL and YAML files read
 * @param statements SQL statements found by the splitter
 * @param statementsUnderstood statements the parser understood fully
 */
public record RunStats(int files, int statements, int statementsUnderstood) {

  public static final RunStats NONE = new RunStats(0, 0, 0);
}
