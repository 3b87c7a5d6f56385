package dev.plumb.core.source.sql;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.Dialect;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.parser.AbstractJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.StringProvider;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.parser.TokenMgrException;
import net.sf.jsqlparser.parser.feature.Feature;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;

/**
 * Parses one statement at a time with JSqlParser in the dialect's mode, under a time limit.
 *
 * <p>A statement counts as parsed only if the parser consumed all of its text. JSqlParser stops after the first
 * {@code ;} and returns what came before it without complaint, so after a successful parse the parser's token
 * stream is checked: the last consumed token must be the end of input, or the next one must be. Anything else
 * is trailing text the parser silently ignored, and the statement is rejected at that token.
 *
 * <p>It parses as {@code CCJSqlParserUtil.parse} does (simple parsing first, complex parsing if that fails and the
 * statement is not nested too deeply), but on the calling thread: the utility hands every parse to an executor
 * thread to enforce its timeout, which cost several times the parse itself. Here one shared watchdog thread
 * raises the parser's {@code interrupted} flag when the time is up ({@link ParseWatchdog}). The first,
 * simple parse runs on a parser used again from statement to statement ({@link ReusableParser}); whatever does
 * not parse cleanly there is parsed again on new parsers, so that errors are exactly those of a new parser. Safe
 * for use from several threads at once.
 */
final class StatementParser {

  private static final Pattern LEXICAL_POSITION = Pattern.compile("at line (\\d+), column (\\d+)\\.?\\s*");
  private static final int MAX_TOKEN_SHOWN = 40;

  /** One parser per thread, used again after each clean parse: see {@link ReusableParser}. */
  private static final ThreadLocal<ReusableParser> REUSABLE = new ThreadLocal<>();

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

  long timeoutMillis() {
    return timeoutMillis;
  }

  ParseOutcome parse(String sql) {
    if (sql == null || sql.isEmpty()) {
      return ParseOutcome.Rejected.atStart("SQL statement must not be null or empty.");
    }
    ReusableParser parser = REUSABLE.get();
    if (parser == null || !parser.configuredFor(dialect, timeoutMillis)) {
      parser = new ReusableParser(dialect, timeoutMillis);
      REUSABLE.set(parser);
    }
    Attempt attempt = attempt(parser.restart(sql));
    if (attempt.failure() == null && !attempt.timedOut()) {
      if (parser.worn()) {
        REUSABLE.remove();
      }
      return outcome(parser, attempt.statement(), sql);
    }
    REUSABLE.remove();
    // Anything but a clean parse is done again, by the book, so that errors read exactly as they would.
    return attempt.timedOut() ? timedOut() : parseAnew(sql);
  }

  /** What the parse-ahead reports for a statement whose parse outlived the limit without noticing. */
  ParseOutcome.Rejected timedOut() {
    return ParseOutcome.Rejected.atStart("the parser gave up after " + timeoutMillis + " ms");
  }

  /** As {@code CCJSqlParserUtil.parse}: simple parsing, then complex parsing if that failed and nesting allows. */
  private ParseOutcome parseAnew(String sql) {
    CCJSqlParser parser = newParser(sql);
    boolean complexAllowed = parser.getAsBoolean(Feature.allowComplexParsing);
    int allowedDepth = parser.getAsInt(Feature.allowedNestingDepth);
    Attempt attempt = attempt(parser.withAllowComplexParsing(false));
    if (attempt.failure() != null && !attempt.timedOut() && complexAllowed
        && (allowedDepth < 0 || CCJSqlParserUtil.getNestingDepth(sql) <= allowedDepth)) {
      parser = newParser(sql).withAllowComplexParsing(true);
      attempt = attempt(parser);
    }
    if (attempt.timedOut()) {
      return timedOut();
    }
    return attempt.failure() != null ? rejected(attempt.failure()) : outcome(parser, attempt.statement(), sql);
  }

  /** A statement the parser returned, checked for text it silently left unread. */
  private ParseOutcome outcome(CCJSqlParser parser, Statement statement, String sql) {
    if (statement == null || statement instanceof UnsupportedStatement) {
      return ParseOutcome.Rejected.atStart("statement not supported by the SQL parser");
    }
    if (parser.token.kind != CCJSqlParserConstants.EOF) {
      Token next = parser.getToken(1);
      if (next.kind != CCJSqlParserConstants.EOF) {
        return at(next, "Encountered unexpected token: \"" + shown(next.image) + "\" after a complete statement");
      }
    }
    return PartialReadings.missing(statement, sql, syntax).<ParseOutcome>map(ParseOutcome.Rejected::atStart)
        .orElseGet(() -> new ParseOutcome.Parsed(statement));
  }

  private CCJSqlParser newParser(String sql) {
    return new CCJSqlParser(new StringProvider(sql)).withDialect(dialect).withTimeOut(timeoutMillis);
  }

  /** The statement or what the parser threw, and whether the time ran out (then neither can be trusted). */
  private record Attempt(Statement statement, Throwable failure, boolean timedOut) {
  }

  private Attempt attempt(CCJSqlParser parser) {
    ParseWatchdog.Watch watch = ParseWatchdog.watch(parser, timeoutMillis);
    Statement statement = null;
    Throwable failure = null;
    try {
      statement = parser.Statement();
    } catch (ParseException | RuntimeException | StackOverflowError e) {
      failure = e;
    }
    boolean timedOut = watch.end() || parser.interrupted;
    return new Attempt(statement, failure, timedOut);
  }

  private ParseOutcome.Rejected rejected(Throwable thrown) {
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
      if (cause instanceof StackOverflowError) {
        return ParseOutcome.Rejected.atStart("the statement is nested too deeply for the parser");
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
