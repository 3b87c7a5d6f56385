package dev.plumb.core.source.sql;

import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.source.SqlExpressions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * One element of a statement as written (a column definition, a table constraint, an ALTER TABLE action, or a
 * whole statement): where it is, and the text of the expressions in it. An element that could not be placed
 * stands for the whole statement and knows no text, so callers keep the parser's rendering.
 */
final class WrittenElement {

  private final WrittenStatement statement;
  private final Optional<WrittenStatement.Range> range;

  private WrittenElement(WrittenStatement statement, Optional<WrittenStatement.Range> range) {
    this.statement = statement;
    this.range = range;
  }

  static WrittenElement of(WrittenStatement statement, WrittenStatement.Range range) {
    return new WrittenElement(statement, Optional.of(range).filter(r -> !r.isEmpty()));
  }

  /** The whole statement as one element. */
  static WrittenElement whole(WrittenStatement statement) {
    return of(statement, statement.all());
  }

  /** An element whose place in the statement is unknown: it is placed at the whole statement. */
  static WrittenElement unplaced(WrittenStatement statement) {
    return new WrittenElement(statement, Optional.empty());
  }

  /** An element of the same statement whose place is unknown. */
  WrittenElement unplacedInStatement() {
    return unplaced(statement);
  }

  Optional<SourceSpan> span() {
    return range.map(statement::span).orElse(statement.span());
  }

  /**
   * The column definitions of an ADD action: the parts of {@code ADD [COLUMN] (a int, b int)}, or the action itself
   * for one column written bare. Unplaced ones where the written list does not have {@code expected} parts.
   */
  List<WrittenElement> columns(int expected) {
    Optional<List<WrittenStatement.Range>> listed =
        range.flatMap(r -> ElementLayout.parenthesizedColumns(statement, r));
    if (listed.isPresent() && listed.get().size() == expected) {
      return listed.get().stream().map(part -> of(statement, part)).toList();
    }
    return listed.isEmpty() && expected == 1 ? List.of(this)
        : Collections.nCopies(expected, unplaced(statement));
  }

  /**
   * The expression after the column's DEFAULT keyword. It ends where the parser's next spec begins, or with the
   * element; {@code BY DEFAULT} (identity) and {@code SET DEFAULT} (a referential action) are not the clause.
   *
   * @param nextSpec the spec the parser lists after the default expression, if any
   */
  Optional<String> defaultExpression(Optional<String> nextSpec) {
    int keyword = firstTopLevel(i -> statement.isWord(i, "DEFAULT")
        && !statement.isWord(i - 1, "BY") && !statement.isWord(i - 1, "SET"));
    if (keyword < 0) {
      return Optional.empty();
    }
    int end = range.get().to();
    if (nextSpec.isPresent()) {
      Optional<String> next = statement.firstTokenOf(nextSpec.get());
      if (next.isEmpty()) {
        return Optional.empty();
      }
      end = firstTopLevelAfter(keyword + 2, i -> statement.tokenText(i).equalsIgnoreCase(next.get()));
      if (end < 0) {
        return Optional.empty();
      }
    }
    return text(new WrittenStatement.Range(keyword + 1, end));
  }

  /** The expression of ALTER COLUMN ... SET DEFAULT: everything after the two keywords. */
  Optional<String> setDefaultExpression() {
    int set = firstTopLevel(i -> statement.isWord(i, "SET") && statement.isWord(i + 1, "DEFAULT"));
    return set < 0 ? Optional.empty() : text(new WrittenStatement.Range(set + 2, range.get().to()));
  }

  /** The expression inside the parentheses of the element's {@code n}-th CHECK, redundant parentheses removed. */
  Optional<String> checkExpression(int n) {
    List<Integer> checks = allTopLevel(i -> statement.isWord(i, "CHECK"));
    return n < checks.size() ? parenthesizedAfter(checks.get(n)) : Optional.empty();
  }

  /** The expression of {@code [GENERATED ALWAYS] AS (expr)}. */
  Optional<String> generationExpression() {
    int as = firstTopLevel(i -> statement.isWord(i, "AS") && statement.isSymbol(i + 1, '('));
    return as < 0 ? Optional.empty() : parenthesizedAfter(as);
  }

  /**
   * The keys in the element's first parenthesized list, as written where a key is an expression: a
   * parenthesized expression or a function call. Empty entries where a key is something else, and all empty
   * if the list does not have {@code expected} keys.
   */
  List<Optional<String>> keyExpressions(int expected) {
    List<Optional<String>> none = Collections.nCopies(expected, Optional.empty());
    int open = firstTopLevel(i -> statement.isSymbol(i, '('));
    Optional<WrittenStatement.Range> list = statement.inside(open);
    if (list.isEmpty()) {
      return none;
    }
    List<WrittenStatement.Range> keys = statement.commaSeparated(list.get());
    if (keys.size() != expected) {
      return none;
    }
    List<Optional<String>> texts = new ArrayList<>();
    for (WrittenStatement.Range key : keys) {
      texts.add(keyExpression(key));
    }
    return texts;
  }

  /** A partial index's predicate: everything after WHERE. */
  Optional<String> predicate() {
    int where = firstTopLevel(i -> statement.isWord(i, "WHERE"));
    return where < 0 ? Optional.empty() : text(new WrittenStatement.Range(where + 1, range.get().to()));
  }

  /** A view's query: after the AS that follows VIEW, without WITH [CASCADED | LOCAL] CHECK OPTION or WITH [NO] DATA. */
  Optional<String> viewQuery() {
    int view = firstTopLevel(i -> statement.isWord(i, "VIEW"));
    int as = view < 0 ? -1 : firstTopLevelAfter(view + 1, i -> statement.isWord(i, "AS"));
    if (as < 0) {
      return Optional.empty();
    }
    int end = range.get().to();
    if (statement.isWord(end - 1, "OPTION") && statement.isWord(end - 2, "CHECK")) {
      int with = statement.isWord(end - 3, "CASCADED") || statement.isWord(end - 3, "LOCAL") ? end - 4 : end - 3;
      end = statement.isWord(with, "WITH") ? with : end;
    } else if (statement.isWord(end - 1, "DATA")) {
      int with = statement.isWord(end - 2, "NO") ? end - 3 : end - 2;
      end = statement.isWord(with, "WITH") ? with : end;
    }
    return text(new WrittenStatement.Range(as + 1, end));
  }

  private Optional<String> keyExpression(WrittenStatement.Range key) {
    if (statement.isSymbol(key.from(), '(')) {
      return parenthesizedAt(key.from());
    }
    int i = key.from();
    while (statement.isName(i) && statement.isSymbol(i + 1, '.') && statement.isName(i + 2)) {
      i += 2;
    }
    int close = statement.isName(i) && statement.isSymbol(i + 1, '(') ? statement.closing(i + 1) : -1;
    return close < 0 || close >= key.to() ? Optional.empty()
        : text(new WrittenStatement.Range(key.from(), close + 1));
  }

  private Optional<String> parenthesizedAfter(int keyword) {
    return parenthesizedAt(keyword + 1);
  }

  private Optional<String> parenthesizedAt(int open) {
    return statement.inside(open).flatMap(this::text).map(SqlExpressions::unparenthesized);
  }

  private Optional<String> text(WrittenStatement.Range part) {
    if (range.isEmpty() || part.isEmpty() || part.to() > range.get().to()) {
      return Optional.empty();
    }
    return Optional.of(statement.slice(part)).filter(t -> !t.isEmpty());
  }

  private int firstTopLevel(IntPredicate wanted) {
    return range.isEmpty() ? -1 : firstTopLevelAfter(range.get().from(), wanted);
  }

  private int firstTopLevelAfter(int from, IntPredicate wanted) {
    if (range.isEmpty()) {
      return -1;
    }
    int level = statement.depth(range.get().from());
    for (int i = from; i < range.get().to(); i++) {
      if (statement.depth(i) == level && wanted.test(i)) {
        return i;
      }
    }
    return -1;
  }

  private List<Integer> allTopLevel(IntPredicate wanted) {
    List<Integer> found = new ArrayList<>();
    for (int i = firstTopLevel(wanted); i >= 0; i = firstTopLevelAfter(i + 1, wanted)) {
      found.add(i);
    }
    return found;
  }
}
