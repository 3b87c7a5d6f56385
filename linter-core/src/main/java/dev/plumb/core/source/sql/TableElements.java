package dev.plumb.core.source.sql;

import dev.plumb.core.ddl.DefaultNames;
import dev.plumb.core.model.CheckConstraint;
import dev.plumb.core.model.ForeignKey;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.IndexKey;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.PrimaryKey;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.create.table.ForeignKeyReference;
import net.sf.jsqlparser.statement.create.table.NamedConstraint;

/**
 * Table-level elements as JSqlParser gives them in CREATE TABLE and ALTER TABLE ... ADD: primary keys, unique,
 * foreign-key and check constraints, and MySQL's inline KEY / INDEX definitions. Each is placed where the
 * element (or the ALTER TABLE action) is written, with its expressions as written.
 */
final class TableElements {

  private final Names names;

  TableElements(Names names) {
    this.names = names;
  }

  /**
   * Adds the element to the table; elements the model has no place for (EXCLUDE) leave it unchanged.
   *
   * @param valid false for a constraint added NOT VALID
   * @param indexNames index names already taken in the table's schema, for naming an unnamed inline index
   */
  Table add(Table table, net.sf.jsqlparser.statement.create.table.Index element, WrittenElement written,
            boolean valid, Set<String> indexNames) {
    return add(table, element, written, valid, indexNames, Optional.empty());
  }

  /** As {@link #add(Table, net.sf.jsqlparser.statement.create.table.Index, WrittenElement, boolean, Set)}, with
   * the name the text gives where JSqlParser lost it. */
  Table add(Table table, net.sf.jsqlparser.statement.create.table.Index element, WrittenElement written,
            boolean valid, Set<String> indexNames, Optional<String> writtenName) {
    Optional<String> name = constraintName(element).or(() -> writtenName);
    Optional<SourceSpan> span = written.span();
    List<String> columns = element.getColumns() == null ? List.of()
        : element.getColumns().stream().map(c -> names.identifier(c.getColumnName())).toList();
    var dialect = names.dialect();
    if (element instanceof ForeignKeyIndex foreign) {
      return ConstraintEdits.withForeignKey(table, foreignKey(name, columns, foreign, valid, span), dialect);
    }
    if (element instanceof net.sf.jsqlparser.statement.create.table.CheckConstraint check) {
      Expression expression = check.getExpression();
      String text = written.checkExpression(0).orElseGet(() -> expression == null ? "" : expression.toString());
      CheckConstraint model = new CheckConstraint(name, text, valid, span);
      return ConstraintEdits.withCheck(table, model, soleColumn(expression), dialect);
    }
    var kind = element.getKind();
    if (kind == null) {
      return table;
    }
    return switch (kind) {
      case PRIMARY_KEY -> columns.isEmpty() ? table
          : ConstraintEdits.withPrimaryKey(table, new PrimaryKey(name, columns, span), dialect);
      case UNIQUE -> ConstraintEdits.withUnique(table, new UniqueConstraint(name, columns, span), dialect);
      case INDEX, FULLTEXT, SPATIAL -> withInlineIndex(table, element, written, name, indexNames);
      default -> table;
    };
  }

  /** The keys of an index; {@code written} is the element whose first parenthesized list holds them. */
  List<IndexKey> keys(List<net.sf.jsqlparser.statement.create.table.Index.ColumnParams> columns,
                      WrittenElement written) {
    List<Optional<String>> texts = written.keyExpressions(columns.size());
    List<IndexKey> keys = new ArrayList<>();
    for (int k = 0; k < columns.size(); k++) {
      var column = columns.get(k);
      boolean descending = column.getSortOrder() == net.sf.jsqlparser.statement.create.table.Index.ColumnParams
          .SortOrder.DESC;
      keys.add(column.isExpression() && column.getExpression() != null
          ? new IndexKey(texts.get(k).orElseGet(() -> column.getExpression().toString()), true, descending)
          : new IndexKey(names.identifier(column.getColumnName()), false, descending));
    }
    return keys;
  }

  /** What an unnamed index is named after: its columns, and for expressions the function called, else "expr". */
  List<String> keyNames(List<net.sf.jsqlparser.statement.create.table.Index.ColumnParams> columns) {
    List<String> keyNames = new ArrayList<>();
    for (var column : columns) {
      if (column.isExpression() && column.getExpression() != null) {
        keyNames.add(column.getExpression() instanceof Function function && function.getName() != null
            ? names.qualified(function.getName()).name() : "expr");
      } else {
        keyNames.add(names.identifier(column.getColumnName()));
      }
    }
    return keyNames;
  }

  private Table withInlineIndex(Table table, net.sf.jsqlparser.statement.create.table.Index element,
                                WrittenElement written, Optional<String> name, Set<String> indexNames) {
    var columns = element.getColumns() == null ? List.<net.sf.jsqlparser.statement.create.table.Index.ColumnParams>of()
        : element.getColumns();
    String indexName = name.orElseGet(() -> DefaultNames.index(names.dialect(), table.name(), keyNames(columns),
        indexNames));
    String kind = element.getKind().name();
    Optional<String> method = kind.equals("INDEX")
        ? Optional.ofNullable(element.getUsing()).map(m -> m.toLowerCase(Locale.ROOT))
        : Optional.of(kind.toLowerCase(Locale.ROOT));
    Index index = new Index(ObjectPath.of(table.schema(), indexName), table.path(), keys(columns, written), false,
        Optional.empty(), method, true, written.span());
    List<Index> indexes = new ArrayList<>(table.indexes());
    indexes.add(index);
    return table.withIndexes(indexes);
  }

  private ForeignKey foreignKey(Optional<String> name, List<String> columns, ForeignKeyIndex foreign, boolean valid,
                                Optional<SourceSpan> span) {
    ForeignKeyReference reference = foreign.getReference();
    if (reference != null && reference.getTable() != null) {
      return new ColumnReader(names).foreignKey(name, columns, reference, valid, span);
    }
    return new ForeignKey(name, columns, names.path(foreign.getTable()),
        names.identifiers(foreign.getReferencedColumnNames()),
        ReferentialActions.of(foreign.getReferentialAction(net.sf.jsqlparser.statement.ReferentialAction.Type.DELETE)),
        ReferentialActions.of(foreign.getReferentialAction(net.sf.jsqlparser.statement.ReferentialAction.Type.UPDATE)),
        valid, span);
  }

  Optional<String> constraintName(net.sf.jsqlparser.statement.create.table.Index element) {
    String written = element.getName();
    if (written == null && element instanceof NamedConstraint named) {
      // MySQL's UNIQUE KEY name (...) keeps the name in a second place.
      written = named.getIndexName();
    }
    return Optional.ofNullable(written).filter(n -> !n.isBlank()).map(names::identifier);
  }

  /** The one column a check expression reads, if it reads exactly one: PostgreSQL names the check after it. */
  Optional<String> soleColumn(Expression expression) {
    if (expression == null) {
      return Optional.empty();
    }
    Set<String> columns = new LinkedHashSet<>();
    expression.accept(new ExpressionVisitorAdapter<Void>() {
      @Override
      public <S> Void visit(Column column, S context) {
        columns.add(names.identifier(column.getColumnName()));
        return null;
      }
    }, null);
    return columns.size() == 1 ? Optional.of(columns.iterator().next()) : Optional.empty();
  }
}
