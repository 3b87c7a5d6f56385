package dev.plumb.core.source.sql;

import static java.util.Objects.requireNonNull;

import net.sf.jsqlparser.statement.Statement;

/** What JSqlParser made of one statement: the statement, or where and why it gave up. */
sealed interface ParseOutcome {

  record Parsed(Statement statement) implements ParseOutcome {

    public Parsed {
      requireNonNull(statement, "no statement given");
    }
  }

  /**
   * The parser's complaint; positions are 1-based lines and columns inside the statement text.
   *
   * @param reason one line, without a position (the finding carries the position)
   */
  record Rejected(String reason, int line, int column, int endLine, int endColumn) implements ParseOutcome {

    public Rejected {
      requireNonNull(reason, "no reason given");
    }

    static Rejected atStart(String reason) {
      return new Rejected(reason, 1, 1, 1, 1);
    }
  }
}
