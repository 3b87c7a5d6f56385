package dev.plumb.core.source.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Finds the elements of CREATE TABLE and the actions of ALTER TABLE in the written statement and pairs them with
 * what the parser made of them. Both keep the written order, so the n-th written element is the n-th parsed one;
 * where the counts differ, or an element does not start as its parsed counterpart must, the element is left
 * unplaced rather than guessed.
 */
final class ElementLayout {

  private ElementLayout() {
  }

  /** The comma-separated elements inside the outer parentheses of CREATE TABLE. */
  static List<WrittenStatement.Range> tableElements(WrittenStatement statement) {
    for (int i = 0; i < statement.size(); i++) {
      if (statement.isSymbol(i, '(')) {
        return statement.inside(i).map(statement::commaSeparated).orElse(List.of());
      }
    }
    return List.of();
  }

  /** The comma-separated actions of {@code ALTER TABLE [IF EXISTS] [ONLY] name [*] action, ...}. */
  static List<WrittenStatement.Range> alterActions(WrittenStatement statement) {
    int i = 0;
    while (i < statement.size() && !statement.isWord(i, "TABLE")) {
      i++;
    }
    i++;
    if (statement.isWord(i, "IF") && statement.isWord(i + 1, "EXISTS")) {
      i += 2;
    }
    if (statement.isWord(i, "ONLY")) {
      i++;
    }
    if (!statement.isName(i)) {
      return List.of();
    }
    i++;
    while (statement.isSymbol(i, '.') && statement.isName(i + 1)) {
      i += 2;
    }
    if (statement.isSymbol(i, '*')) {
      i++;
    }
    return statement.commaSeparated(new WrittenStatement.Range(i, statement.size()));
  }

  /** The column definitions of {@code ADD [COLUMN] (a int, b int)}, if the action is written that way. */
  static Optional<List<WrittenStatement.Range>> parenthesizedColumns(WrittenStatement statement,
                                                                     WrittenStatement.Range action) {
    int open = statement.isWord(action.from() + 1, "COLUMN") ? action.from() + 2 : action.from() + 1;
    Optional<WrittenStatement.Range> inside = statement.inside(open);
    if (inside.isEmpty() || inside.get().to() != action.to() - 1) {
      return Optional.empty();
    }
    return Optional.of(statement.commaSeparated(inside.get()));
  }

  /**
   * The written element of each parsed one, in order.
   *
   * @param startsAs whether a written range can be the parsed element, judged by how it starts
   */
  static <T> List<WrittenElement> pair(WrittenStatement statement, List<WrittenStatement.Range> written,
                                       List<T> parsed, BiPredicate<T, WrittenStatement.Range> startsAs) {
    List<WrittenElement> paired = new ArrayList<>();
    boolean lineUp = written.size() == parsed.size();
    for (int k = 0; k < parsed.size(); k++) {
      paired.add(lineUp && startsAs.test(parsed.get(k), written.get(k))
          ? WrittenElement.of(statement, written.get(k)) : WrittenElement.unplaced(statement));
    }
    return paired;
  }
}
