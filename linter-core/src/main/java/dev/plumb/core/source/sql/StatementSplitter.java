package dev.plumb.core.source.sql;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts SQL text into statements, knowing the dialect's quoting, comments and bodies. Parsers get one
 * statement at a time from here because a whole-file parse can silently drop statements it misreads.
 *
 * <p>A statement ends at the delimiter ({@code ;}, or what a MySQL {@code DELIMITER} line set) outside
 * strings, quoted identifiers, dollar quotes, comments and trigger or routine bodies. Text that ends inside
 * one of those becomes a last statement with a {@value SourceProblem#SQL_PARSE_ERROR} problem, never an
 * exception. The text is read once, so splitting takes time in proportion to its length. A splitter keeps
 * nothing between calls, so one instance may serve many files and threads.
 */
public final class StatementSplitter {

  private static final String SEMICOLON = ";";
  private static final String DELIMITER_COMMAND = "DELIMITER";

  private final SqlSyntax syntax;

  public StatementSplitter(Dialect dialect) {
    this.syntax = new SqlSyntax(requireNonNull(dialect, "no dialect given"));
  }

  /**
   * The statements of {@code content} in order.
   *
   * @param file the name the spans carry, as the caller wants it reported
   */
  public SplitResult split(String file, String content) {
    requireNonNull(file, "no file given");
    requireNonNull(content, "no content given");
    return new Split(file, content).run();
  }

  /** The state of splitting one file. */
  private final class Split {

    private final String file;
    private final String text;
    private final int length;
    private final LineIndex lines;
    private final SqlLexer lexer;
    private final List<SqlStatement> statements = new ArrayList<>();
    private final List<SourceProblem> problems = new ArrayList<>();
    private String delimiter = SEMICOLON;

    Split(String file, String text) {
      this.file = file;
      this.text = text;
      this.length = text.length();
      this.lines = new LineIndex(text);
      this.lexer = new SqlLexer(text, syntax);
    }

    SplitResult run() {
      int pos = 0;
      while (pos < length) {
        int start = lexer.skipBlanksAndComments(pos);
        if (start >= length) {
          // A comment left open with no statement after it: nothing to parse, but the file is broken.
          lexer.takeUnclosed().ifPresent(open -> report(open.what(), open.open(), open.open(), length));
          break;
        }
        if (text.startsWith(delimiter, start)) {
          pos = start + delimiter.length();
        } else if (syntax.delimiterCommand() && isDelimiterCommand(start)) {
          pos = readDelimiterCommand(start);
        } else {
          pos = readStatement(start);
        }
      }
      return new SplitResult(statements, problems);
    }

    /** Reads the statement at {@code start}, adds it, and returns where the next one may begin. */
    private int readStatement(int start) {
      boolean customDelimiter = !delimiter.equals(SEMICOLON);
      BodyTracker body = new BodyTracker(text, syntax);
      int i = start;
      while (i < length) {
        char c = text.charAt(i);
        boolean atDelimiter = customDelimiter ? text.startsWith(delimiter, i) : c == ';';
        // A delimiter the user chose is a promise that bodies do not contain it, as the mysql client trusts.
        if (atDelimiter && (customDelimiter || !body.inBody())) {
          addStatement(start, i, body);
          return i + delimiter.length();
        }
        if (SqlLexer.isWordStart(c)) {
          int wordEnd = lexer.wordEnd(i, customDelimiter ? delimiter : null);
          if (isEscapeStringPrefix(i, wordEnd)) {
            i = lexer.escapeStringEnd(wordEnd, i);
          } else {
            i = customDelimiter ? wordEnd : body.word(i, wordEnd);
          }
        } else {
          int after = lexer.skipConstruct(i);
          i = after > i ? after : i + 1;
        }
      }
      addStatement(start, length, body);
      return length;
    }

    private boolean isEscapeStringPrefix(int wordStart, int wordEnd) {
      char c = text.charAt(wordStart);
      return syntax.escapeStrings() && wordEnd == wordStart + 1 && (c == 'E' || c == 'e')
          && wordEnd < length && text.charAt(wordEnd) == '\'';
    }

    private void addStatement(int start, int end, BodyTracker body) {
      int last = trimmedEnd(start, end);
      SourceSpan span = lines.span(file, start, last);
      statements.add(new SqlStatement(text.substring(start, last), span, start));
      var unclosed = lexer.takeUnclosed();
      if (unclosed.isPresent()) {
        report(unclosed.get().what(), unclosed.get().open(), start, last);
      } else if (end == length && body.inBody()) {
        report("BEGIN ... END block", body.openedAt(), start, last);
      }
    }

    private void report(String what, int open, int statementStart, int statementEnd) {
      String message = "unterminated " + what + " (opened at " + lines.line(open) + ":" + lines.column(open) + ")";
      SourceSpan statementSpan = lines.span(file, statementStart, trimmedEnd(statementStart, statementEnd));
      problems.add(new SourceProblem(SourceProblem.SQL_PARSE_ERROR, message, lines.at(file, open), statementSpan));
    }

    private int trimmedEnd(int start, int end) {
      int last = end;
      while (last > start && SqlLexer.isBlank(text.charAt(last - 1))) {
        last--;
      }
      return last;
    }

    private boolean isDelimiterCommand(int start) {
      int end = start + DELIMITER_COMMAND.length();
      return text.regionMatches(true, start, DELIMITER_COMMAND, 0, DELIMITER_COMMAND.length())
          && (end == length || SqlLexer.isBlank(text.charAt(end)));
    }

    /** Takes {@code DELIMITER //} as the mysql client does: the first word after it, the rest of the line ignored. */
    private int readDelimiterCommand(int start) {
      int argument = start + DELIMITER_COMMAND.length();
      while (argument < length && (text.charAt(argument) == ' ' || text.charAt(argument) == '\t')) {
        argument++;
      }
      int argumentEnd = argument;
      while (argumentEnd < length && !SqlLexer.isBlank(text.charAt(argumentEnd))) {
        argumentEnd++;
      }
      int lineEnd = argumentEnd;
      while (lineEnd < length && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      if (argumentEnd == argument) {
        SourceSpan where = lines.span(file, start, trimmedEnd(start, lineEnd));
        problems.add(new SourceProblem(SourceProblem.SQL_PARSE_ERROR,
            "DELIMITER needs the new delimiter after it, e.g. DELIMITER //", where, where));
      } else {
        delimiter = text.substring(argument, argumentEnd);
      }
      return lineEnd;
    }
  }
}
