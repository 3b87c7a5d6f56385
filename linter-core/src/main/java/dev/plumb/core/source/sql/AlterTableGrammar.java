package dev.plumb.core.source.sql;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An ALTER TABLE that JSqlParser rejects, even with the known gaps rewritten ({@link Reparser}), is read one
 * action at a time: actions JSqlParser has no grammar for
 * ({@code ALTER CONSTRAINT}, {@code REPLICA IDENTITY}, MySQL's {@code DROP FOREIGN KEY} and table options, H2's
 * {@code ALTER COLUMN ... RENAME TO}, ...) are read by {@link AlterTableActions}; each other action is handed to
 * JSqlParser as an ALTER TABLE of its own, the remaining actions blanked out so that positions stay. The statement
 * is understood only if every action is.
 */
final class AlterTableGrammar implements StatementGrammar {

  private final Names names;
  private final Reparser reparser;
  private final AlterTableActions actions;

  AlterTableGrammar(Names names, Reparser reparser) {
    this.names = names;
    this.reparser = reparser;
    this.actions = new AlterTableActions(names);
  }

  /** Tokens {@code from} (inclusive) to {@code to} (exclusive). */
  private record Range(int from, int to) {
  }

  @Override
  public Optional<UnaryOperator<Schema>> recognize(TokenCursor t, SqlStatement statement) {
    if (!t.accept("ALTER")) {
      return Optional.empty();
    }
    t.accept("ONLINE");
    t.accept("IGNORE");
    if (!t.accept("TABLE")) {
      return Optional.empty();
    }
    t.accept("IF", "EXISTS");
    t.accept("ONLY");
    Optional<String> name = t.qualifiedName();
    if (name.isEmpty() || t.atEnd()) {
      return Optional.empty();
    }
    t.acceptSymbol('*');
    Optional<UnaryOperator<Schema>> whole = reparser.understand(statement);
    if (whole.isPresent()) {
      t.skipRest();
      return whole;
    }
    ObjectPath table = names.qualified(name.get());
    List<Range> ranges = actionRanges(t);
    List<UnaryOperator<Schema>> changes = new ArrayList<>();
    for (Range range : ranges) {
      Optional<UnaryOperator<Schema>> change = action(t, range, table, Optional.of(statement.span()))
          .or(() -> reparsed(t, statement, ranges, range));
      if (change.isEmpty()) {
        return Optional.empty();
      }
      changes.add(change.get());
    }
    t.skipRest();
    return Optional.of(schema -> {
      Schema result = schema;
      for (UnaryOperator<Schema> change : changes) {
        result = change.apply(result);
      }
      return result;
    });
  }

  /** The actions from the cursor on, split at the commas outside parentheses. */
  private static List<Range> actionRanges(TokenCursor t) {
    List<Range> ranges = new ArrayList<>();
    int depth = 0;
    int start = t.position();
    for (int i = start; i < t.size(); i++) {
      if (t.isSymbol(i, '(')) {
        depth++;
      } else if (t.isSymbol(i, ')')) {
        depth--;
      } else if (depth == 0 && t.isSymbol(i, ',')) {
        ranges.add(new Range(start, i));
        start = i + 1;
      }
    }
    ranges.add(new Range(start, t.size()));
    return ranges;
  }

  private Optional<UnaryOperator<Schema>> action(TokenCursor t, Range range, ObjectPath table,
      Optional<SourceSpan> span) {
    TokenCursor action = TokenCursor.of(t.slice(range.from(), range.to()), t.syntax());
    return actions.read(action, table, span).filter(change -> action.atEnd());
  }

  /** The statement with every other action and the commas between the actions blanked, read by JSqlParser. */
  private Optional<UnaryOperator<Schema>> reparsed(TokenCursor t, SqlStatement statement, List<Range> ranges,
      Range kept) {
    if (kept.to() <= kept.from()) {
      return Optional.empty();
    }
    TextEdits edits = new TextEdits(statement.text());
    for (int k = 0; k < ranges.size(); k++) {
      Range range = ranges.get(k);
      if (!range.equals(kept) && range.to() > range.from()) {
        edits.blank(t.start(range.from()), t.end(range.to() - 1));
      }
      if (k + 1 < ranges.size()) {
        edits.blank(t.start(range.to()), t.end(range.to()));
      }
    }
    return reparser.understand(new SqlStatement(edits.result(), statement.span(), statement.offset()));
  }
}
