package dev.plumb.core.source.sql;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.SourceSpan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A statement's text as the user wrote it, cut into tokens, with the way from a token back to its file position.
 * JSqlParser keeps neither positions nor text inside a statement, so the places and the expressions as written
 * are read from here. Comments are left out of the tokens; nesting counts parentheses and brackets.
 */
final class WrittenStatement {

  /** Tokens {@code from} (inclusive) to {@code to} (exclusive), counted without comments. */
  record Range(int from, int to) {

    boolean isEmpty() {
      return to <= from;
    }
  }

  private final String text;
  private final SourceSpan span;
  private final SqlSyntax syntax;
  private List<SqlToken> all;
  private List<SqlToken> code;
  private int[] depth;
  private int[] closing;
  private LineIndex lines;

  private WrittenStatement(String text, SourceSpan span, SqlSyntax syntax) {
    this.text = text;
    this.span = span;
    this.syntax = syntax;
  }

  /** The statement as cut from its file, or a rewrite of it that keeps every position. */
  static WrittenStatement of(SqlStatement statement, SqlSyntax syntax) {
    return new WrittenStatement(statement.text(), statement.span(), requireNonNull(syntax, "no syntax given"));
  }

  String text() {
    return text;
  }

  /** Where the whole statement is. */
  Optional<SourceSpan> span() {
    return Optional.of(span);
  }

  Range all() {
    return new Range(0, size());
  }

  int size() {
    return code().size();
  }

  /** How deep token {@code i} is nested in parentheses and brackets; a closing one is as deep as its opener. */
  int depth(int i) {
    code();
    return depth[i];
  }

  /** The token that closes the parenthesis or bracket at {@code open}, or -1. */
  int closing(int open) {
    code();
    return open >= 0 && open < closing.length ? closing[open] : -1;
  }

  String tokenText(int i) {
    SqlToken token = code().get(i);
    return text.substring(token.start(), token.end());
  }

  boolean isWord(int i, String word) {
    if (i < 0 || i >= size()) {
      return false;
    }
    SqlToken token = code().get(i);
    return token.kind() == SqlToken.Kind.WORD && token.end() - token.start() == word.length()
        && text.regionMatches(true, token.start(), word, 0, word.length());
  }

  boolean isSymbol(int i, char symbol) {
    if (i < 0 || i >= size()) {
      return false;
    }
    SqlToken token = code().get(i);
    return token.kind() == SqlToken.Kind.SYMBOL && text.charAt(token.start()) == symbol;
  }

  /** Whether token {@code i} can be a name: a bare word or a quoted identifier. */
  boolean isName(int i) {
    if (i < 0 || i >= size()) {
      return false;
    }
    SqlToken.Kind kind = code().get(i).kind();
    return kind == SqlToken.Kind.WORD || kind == SqlToken.Kind.QUOTED;
  }

  /** The first token of other text read with this statement's syntax, such as a spec the parser rendered. */
  Optional<String> firstTokenOf(String other) {
    return SqlTokenizer.tokens(other, syntax).stream().filter(t -> !t.isComment()).findFirst()
        .map(t -> other.substring(t.start(), t.end()));
  }

  /** The parts of {@code range} between the commas at its own nesting level, empty parts left out. */
  List<Range> commaSeparated(Range range) {
    List<Range> parts = new ArrayList<>();
    if (range.isEmpty()) {
      return parts;
    }
    int level = depth(range.from());
    int start = range.from();
    for (int i = range.from(); i < range.to(); i++) {
      if (depth(i) == level && isSymbol(i, ',')) {
        addPart(parts, start, i);
        start = i + 1;
      }
    }
    addPart(parts, start, range.to());
    return parts;
  }

  /** The tokens inside the parentheses opened at {@code open}, or empty if none open there. */
  Optional<Range> inside(int open) {
    int close = isSymbol(open, '(') ? closing(open) : -1;
    return close < 0 ? Optional.empty() : Optional.of(new Range(open + 1, close));
  }

  /**
   * The file position of the range, from its first token's first character to its last token's last one; the
   * whole statement's for an empty range.
   */
  Optional<SourceSpan> span(Range range) {
    if (range.isEmpty() || range.to() > size()) {
      return span();
    }
    int start = code().get(range.from()).start();
    int last = code().get(range.to() - 1).end() - 1;
    return Optional.of(new SourceSpan(span.file(), fileLine(start), fileColumn(start), fileLine(last),
        fileColumn(last)));
  }

  /**
   * Where the dialect's catalog name {@code name} is written inside {@code within} (the whole statement if
   * empty): its first occurrence as a name token, with a schema qualifier written before it; empty if it is not
   * there. Used for the places of references, which are rare, so the statement is cut into tokens only then.
   */
  Optional<SourceSpan> nameSpan(String name, Optional<SourceSpan> within) {
    return nameSpan(name, within, Optional.empty(), 0);
  }

  /** As {@link #nameSpan(String, Optional)}, looking only after the first {@code keyword} inside {@code within}. */
  Optional<SourceSpan> nameSpanAfter(String keyword, String name, Optional<SourceSpan> within) {
    return nameSpan(name, within, Optional.of(keyword), 0);
  }

  /**
   * As {@link #nameSpan(String, Optional)}, passing over the first {@code skip} tokens inside {@code within}
   * (a column's name before its type), and looking only after {@code keyword} if one is given.
   */
  Optional<SourceSpan> nameSpan(String name, Optional<SourceSpan> within, Optional<String> keyword, int skip) {
    boolean searching = keyword.isEmpty();
    int passed = 0;
    for (int i = 0; i < size(); i++) {
      if (!inside(i, within)) {
        continue;
      }
      if (passed++ < skip) {
        continue;
      }
      if (!searching) {
        searching = isWord(i, keyword.get());
        continue;
      }
      if (isName(i) && syntax.dialect().normalizeIdentifier(tokenText(i)).equals(name)) {
        int first = isSymbol(i - 1, '.') && isName(i - 2) && inside(i - 2, within) ? i - 2 : i;
        return span(new Range(first, i + 1));
      }
    }
    return Optional.empty();
  }

  private boolean inside(int token, Optional<SourceSpan> within) {
    if (within.isEmpty()) {
      return true;
    }
    SqlToken at = code().get(token);
    return within.get().contains(fileLine(at.start()), fileColumn(at.start()));
  }

  /** The text of the range as written: layout inside kept, comments left out, no blanks around it. */
  String slice(Range range) {
    if (range.isEmpty()) {
      return "";
    }
    int start = code().get(range.from()).start();
    int end = code().get(range.to() - 1).end();
    StringBuilder out = new StringBuilder();
    int copied = start;
    for (SqlToken token : all) {
      if (!token.isComment() || token.start() < start || token.end() > end) {
        continue;
      }
      out.append(text, copied, token.start());
      boolean blankBefore = token.start() > 0 && SqlLexer.isBlank(text.charAt(token.start() - 1));
      boolean blankAfter = token.end() < text.length() && SqlLexer.isBlank(text.charAt(token.end()));
      if (!blankBefore && !blankAfter) {
        // a/*x*/b: the comment kept two tokens apart.
        out.append(' ');
      }
      copied = token.end();
    }
    out.append(text, copied, end);
    return out.toString().strip();
  }

  private void addPart(List<Range> parts, int from, int to) {
    if (to > from) {
      parts.add(new Range(from, to));
    }
  }

  /** The statement's text starts at its span's start, so its first line is shifted by that column. */
  private int fileLine(int offset) {
    return span.line() + lines.line(offset) - 1;
  }

  private int fileColumn(int offset) {
    return lines.line(offset) == 1 ? span.column() + lines.column(offset) - 1 : lines.column(offset);
  }

  private List<SqlToken> code() {
    if (code == null) {
      all = SqlTokenizer.tokens(text, syntax);
      code = all.stream().filter(t -> !t.isComment()).toList();
      lines = new LineIndex(text);
      nest();
    }
    return code;
  }

  private void nest() {
    depth = new int[code.size()];
    closing = new int[code.size()];
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < code.size(); i++) {
      closing[i] = -1;
      depth[i] = open.size();
      if (isSymbol(i, '(') || isSymbol(i, '[')) {
        open.push(i);
      } else if ((isSymbol(i, ')') || isSymbol(i, ']')) && !open.isEmpty()) {
        int opened = open.pop();
        closing[opened] = i;
        depth[i] = open.size();
      }
    }
  }
}
