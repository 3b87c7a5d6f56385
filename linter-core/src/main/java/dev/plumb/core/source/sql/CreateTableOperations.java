package dev.plumb.core.source.sql;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.operation.ColumnDefinition;
import dev.plumb.core.model.operation.ConstraintDefinition;
import dev.plumb.core.model.operation.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code CREATE [GLOBAL|LOCAL] [TEMP|TEMPORARY|UNLOGGED] TABLE [IF NOT EXISTS] name (columns and constraints)
 * [options]}, and the forms without a column list ({@code AS SELECT}, {@code PARTITION OF}, {@code LIKE}).
 * MySQL's inline index definitions ({@code KEY k (a)}) are not constraints and are left out.
 */
final class CreateTableOperations implements OperationGrammar {

  @Override
  public Set<String> verbs() {
    return Set.of("CREATE TABLE");
  }

  @Override
  public List<Operation> read(OperationSource source) {
    TokenCursor t = source.tokens();
    if (!t.accept("CREATE")) {
      return List.of();
    }
    t.acceptAny("GLOBAL", "LOCAL");
    boolean temporary = t.acceptAny("TEMPORARY", "TEMP").isPresent();
    t.accept("UNLOGGED");
    if (!t.accept("TABLE")) {
      return List.of();
    }
    boolean ifNotExists = t.accept("IF", "NOT", "EXISTS");
    Optional<String> name = t.qualifiedName();
    if (name.isEmpty()) {
      return List.of();
    }
    ObjectPath table = source.path(name.get());
    List<ColumnDefinition> columns = new ArrayList<>();
    List<ConstraintDefinition> constraints = new ArrayList<>();
    int open = t.position();
    int close = t.closing(open);
    if (close > open) {
      ColumnDefinitionReader columnReader = new ColumnDefinitionReader(source);
      ConstraintReader constraintReader = new ConstraintReader(source);
      for (int[] part : BoundedTokens.parts(t, open + 1, close)) {
        if (ConstraintReader.startsConstraint(t, part[0])) {
          constraintReader.read(part[0], part[1]).ifPresent(constraints::add);
        } else if (!isIndexElement(source, t, part[0])) {
          columnReader.read(part[0], part[1]).ifPresent(columns::add);
        }
      }
      t.reset(close + 1);
    }
    int options = t.position();
    Option charset = tableOption(source, t, "CHARSET", "CHARACTER");
    t.reset(options);
    Option collation = tableOption(source, t, "COLLATE", "COLLATE");
    return List.of(new Operation.CreateTable(table, ifNotExists, temporary, columns, constraints, charset.name,
        charset.span, collation.name, collation.span, source.span()));
  }

  /**
   * {@code LIKE other}, and MySQL's {@code KEY|INDEX|FULLTEXT|SPATIAL [name] (...)}: MySQL reserves KEY and
   * INDEX, so a column of that name is quoted and never matches here.
   */
  private static boolean isIndexElement(OperationSource source, TokenCursor t, int from) {
    if (t.isWord(from, "LIKE")) {
      return true;
    }
    return source.dialect().isMysqlFamily() && (t.isWord(from, "KEY") || t.isWord(from, "INDEX")
        || t.isWord(from, "FULLTEXT") || t.isWord(from, "SPATIAL"));
  }

  /**
   * A MySQL table option after the list: {@code [DEFAULT] CHARSET [=] x} or {@code CHARACTER SET [=] x} (asked
   * for as CHARSET, CHARACTER), or {@code [DEFAULT] COLLATE [=] x}.
   */
  private static Option tableOption(OperationSource source, TokenCursor t, String keyword, String twoWordStart) {
    while (!t.atEnd()) {
      if (t.accept(keyword) || (!keyword.equals(twoWordStart) && t.accept(twoWordStart, "SET"))) {
        t.acceptSymbol('=');
        if (t.atEnd()) {
          break;
        }
        int at = t.position();
        String name = t.token(at).toLowerCase(Locale.ROOT);
        return new Option(Optional.of(name), Optional.of(source.tokenSpan(at)));
      }
      t.skip();
    }
    return new Option(Optional.empty(), Optional.empty());
  }

  private record Option(Optional<String> name, Optional<SourceSpan> span) {
  }
}
