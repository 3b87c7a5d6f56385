package dev.plumb.core.source.sql;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.Dialect;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.AbstractJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.parser.TokenMgrException;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;

/**
 * Parses one statement at a time with JSqlParser in the dialect's mode, under a time limit.
 *
 * <p>A statement counts as parsed only if the parser consumed all of its text. JSqlParser stops after the first
 * {@code ;} and returns what came before it without complaint, so after a successful parse the parser's token
 * stream is checked: the last consumed token must be the end of input, or the next one must be. Anything else
 * is trailing text the parser silently ignored, and the statement is rejected at that token.
 */
final class StatementParser {

  private static final Pattern LEXICAL_POSITION = Pattern.compile("at line (\\d+), column (\\d+)\\.?\\s*");
  private static final int MAX_TOKEN_SHOWN = 40;

  /**
   * JSqlParser enforces its timeout by parsing on another thread, and by default starts a new one per statement,
   * which cost most of the replay time. Idle threads are reused; a parse stuck past its timeout keeps its thread
   * and the next parse gets another. Daemon threads, so a stuck parse never keeps the JVM alive.
   */
  private static final ExecutorService PARSE_THREADS = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "plumb-sql-parser");
    thread.setDaemon(true);
    return thread;
  });

  private final AbstractJSqlParser.Dialect dialect;
  private final SqlSyntax syntax;
  private final long timeoutMillis;

  StatementParser(Dialect dialect, Duration timeout) {
    this.dialect = jsqlDialect(requireNonNull(dialect, "no dialect given"));
    this.syntax = new SqlSyntax(dialect);
    this.timeoutMillis = requireNonNull(timeout, "no timeout given").toMillis();
  }

  /** JSqlParser has no SQLite mode; its ANSI mode reads SQLite's quoting ("ident", 'text') correctly. */
  static AbstractJSqlParser.Dialect jsqlDialect(Dialect dialect) {
    return switch (dialect) {
      case POSTGRESQL -> AbstractJSqlParser.Dialect.POSTGRESQL;
      case MYSQL -> AbstractJSqlParser.Dialect.MYSQL;
      case MARIADB -> AbstractJSqlParser.Dialect.MARIADB;
      case H2 -> AbstractJSqlParser.Dialect.H2;
      case SQLITE -> AbstractJSqlParser.Dialect.ANSI_SQL;
    };
  }

  ParseOutcome parse(String sql) {
    AtomicReference<CCJSqlParser> used = new AtomicReference<>();
    Statement statement;
    try {
      // JSqlParser may retry with a second parser (complex parsing); the last one configured did the work.
      statement = CCJSqlParserUtil.parse(sql, PARSE_THREADS, parser -> {
        used.set(parser);
        parser.withDialect(dialect).withTimeOut(timeoutMillis);
      });
    } catch (JSQLParserException | RuntimeException e) {
      return rejected(e);
    }
    if (statement == null || statement instanceof UnsupportedStatement) {
      return ParseOutcome.Rejected.atStart("statement not supported by the SQL parser");
    }
    CCJSqlParser parser = used.get();
    if (parser != null && parser.token.kind != CCJSqlParserConstants.EOF) {
      Token next = parser.getToken(1);
      if (next.kind != CCJSqlParserConstants.EOF) {
        return at(next, "Encountered unexpected token: \"" + shown(next.image) + "\" after a complete statement");
      }
    }
    return PartialReadings.missing(statement, sql, syntax).<ParseOutcome>map(ParseOutcome.Rejected::atStart)
        .orElseGet(() -> new ParseOutcome.Parsed(statement));
  }

  private ParseOutcome.Rejected rejected(Exception thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof ParseException parse && parse.currentToken != null && parse.currentToken.next != null) {
        Token offending = parse.currentToken.next;
        return offending.kind == CCJSqlParserConstants.EOF
            ? at(offending, "Encountered unexpected end of statement")
            : at(offending, "Encountered unexpected token: \"" + shown(offending.image) + "\"");
      }
      if (cause instanceof TokenMgrException lexical) {
        return lexicalError(firstLine(lexical.getMessage()));
      }
      if (cause instanceof TimeoutException) {
        return ParseOutcome.Rejected.atStart("the parser gave up after " + timeoutMillis + " ms");
      }
    }
    return ParseOutcome.Rejected.atStart(firstLine(deepestMessage(thrown)));
  }

  private static ParseOutcome.Rejected at(Token token, String reason) {
    int line = Math.max(1, token.beginLine);
    int column = Math.max(1, token.beginColumn);
    boolean endsAfterStart = token.endLine > line || (token.endLine == line && token.endColumn >= column);
    return endsAfterStart
        ? new ParseOutcome.Rejected(reason, line, column, token.endLine, token.endColumn)
        : new ParseOutcome.Rejected(reason, line, column, line, column);
  }

  private static ParseOutcome.Rejected lexicalError(String message) {
    Matcher position = LEXICAL_POSITION.matcher(message);
    if (!position.find()) {
      return ParseOutcome.Rejected.atStart(message);
    }
    int line = Integer.parseInt(position.group(1));
    int column = Integer.parseInt(position.group(2));
    String reason = (message.substring(0, position.start()).strip() + ", " + message.substring(position.end())).strip();
    return new ParseOutcome.Rejected(reason, line, column, line, column);
  }

  private static String deepestMessage(Throwable thrown) {
    String message = String.valueOf(thrown.getMessage());
    for (Throwable cause = thrown.getCause(); cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null) {
        message = cause.getMessage();
      }
    }
    return message.replaceFirst("^([a-z]+\\.)+[A-Za-z]+(Exception|Error):\\s*", "");
  }

  private static String firstLine(String message) {
    String text = message == null ? "unknown parser error" : message.strip();
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end).strip();
  }

  private static String shown(String image) {
    String line = firstLine(image);
    return line.length() > MAX_TOKEN_SHOWN ? line.substring(0, MAX_TOKEN_SHOWN) + "..." : line;
  }
}
