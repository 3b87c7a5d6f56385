package dev.plumb.cli;

/** The process exit codes, which CI scripts depend on. */
final class ExitCodes {

  static final int CLEAN = 0;
  static final int FINDINGS = 1;
  static final int USAGE_OR_INPUT = 2;

  private ExitCodes() {
  }
}
