package dev.plumb.core.source.sql;

import net.sf.jsqlparser.parser.AbstractJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.StringProvider;

/**
 * A JSqlParser parser that parses one statement after another, because building one costs as much as half of
 * parsing a typical statement (some 80 KB of buffers and tables each time).
 *
 * <p>{@link #restart} leaves it as a new parser would be: JSqlParser's own {@code ReInit} resets the input, the
 * token manager and the lookahead tables, and this resets the tree builder and the public counters; its private
 * depth counters are restored by the productions themselves even when they throw. What {@code ReInit} keeps are
 * lookahead caches keyed by token, which a later statement's new tokens never hit; a parser is retired after
 * {@link #USES} statements so that they stay small. A parser is to be used again only after a parse that
 * succeeded without running out of time; after anything else it is dropped.
 */
final class ReusableParser extends CCJSqlParser {

  static final int USES = 32;

  private final AbstractJSqlParser.Dialect dialect;
  private final long timeoutMillis;
  private int uses;

  ReusableParser(AbstractJSqlParser.Dialect dialect, long timeoutMillis) {
    super(new StringProvider(";"));
    this.dialect = dialect;
    this.timeoutMillis = timeoutMillis;
    withDialect(dialect).withTimeOut(timeoutMillis).withAllowComplexParsing(false);
  }

  boolean configuredFor(AbstractJSqlParser.Dialect wanted, long wantedTimeoutMillis) {
    return dialect == wanted && timeoutMillis == wantedTimeoutMillis;
  }

  /** The parser, set to parse the text from its start with simple parsing. */
  ReusableParser restart(String sql) {
    uses++;
    ReInit(new StringProvider(sql));
    jjtree.reset();
    interrupted = false;
    bracketsCounter = 0;
    caseCounter = 0;
    return this;
  }

  boolean worn() {
    return uses >= USES;
  }
}
