package dev.plumb.core.source.sql;

import dev.plumb.core.model.Column;
import dev.plumb.core.model.DataType;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * SQLite's {@code CREATE VIRTUAL TABLE name USING module(arguments)}. The table is queried like any other, so it
 * goes into the model: full-text tables (fts3, fts4, fts5) with a text column per column argument, R-tree tables
 * with an integer id and a coordinate per further argument; other modules define their columns themselves, and
 * the table is recorded without any.
 */
final class VirtualTableGrammar implements StatementGrammar {

  private final Names names;

  VirtualTableGrammar(Names names) {
    this.names = names;
  }

  @Override
  public Optional<UnaryOperator<Schema>> recognize(TokenCursor tokens, SqlStatement statement) {
    if (names.dialect() != Dialect.SQLITE) {
      return Optional.empty();
    }
    return StatementGrammar.firstWhole(tokens, t -> create(t, Optional.of(statement.span())));
  }

  private Optional<UnaryOperator<Schema>> create(TokenCursor t, Optional<SourceSpan> span) {
    if (!t.accept("CREATE", "VIRTUAL", "TABLE")) {
      return Optional.empty();
    }
    boolean ifNotExists = t.accept("IF", "NOT", "EXISTS");
    Optional<String> name = t.qualifiedName();
    if (name.isEmpty() || !t.accept("USING")) {
      return Optional.empty();
    }
    Optional<String> module = t.name().map(m -> m.toLowerCase(Locale.ROOT));
    if (module.isEmpty()) {
      return Optional.empty();
    }
    ObjectPath path = names.qualified(name.get());
    List<List<String>> arguments = new ArrayList<>();
    if (t.peekSymbol('(') && !arguments(t, arguments)) {
      return Optional.empty();
    }
    Table table = Table.empty(path, span).withColumns(columns(path, module.get(), arguments));
    return Optional.of(schema -> ifNotExists && schema.table(path).isPresent() ? schema : schema.withTable(table));
  }

  /** The module arguments, each as its tokens. */
  private static boolean arguments(TokenCursor t, List<List<String>> arguments) {
    int open = t.position();
    int close = t.closing(open);
    if (close < 0) {
      return false;
    }
    List<String> current = new ArrayList<>();
    for (int i = open + 1; i < close; i++) {
      if (t.isSymbol(i, ',')) {
        arguments.add(current);
        current = new ArrayList<>();
      } else {
        current.add(t.token(i));
      }
    }
    if (!current.isEmpty()) {
      arguments.add(current);
    }
    t.reset(close + 1);
    return true;
  }

  private List<Column> columns(ObjectPath table, String module, List<List<String>> arguments) {
    List<Column> columns = new ArrayList<>();
    boolean fullText = module.startsWith("fts");
    boolean rtree = module.startsWith("rtree");
    for (List<String> argument : arguments) {
      // fts options are written key=value; a column is a name, optionally UNINDEXED (fts5) or typed (fts4).
      if (argument.isEmpty() || argument.contains("=") || !(fullText || rtree)) {
        continue;
      }
      String column = names.identifier(argument.get(0));
      DataType type = fullText ? DataType.of("text")
          : columns.isEmpty() || module.equals("rtree_i32") ? DataType.of("integer") : DataType.of("real");
      columns.add(Column.of(table.child(column), type, !(rtree && columns.isEmpty())));
    }
    return columns;
  }
}
