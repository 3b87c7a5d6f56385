package dev.plumb.core.source.sql;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.Table;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.create.table.Index;

/**
 * ALTER TABLE, one action after another as the database applies them. An ALTER TABLE on a table the replay
 * does not know changes nothing: a rule reports the dangling reference. What an action adds is placed at that
 * action.
 */
final class AlterTableReplay {

  /**
   * JSqlParser drops the name of {@code ADD CONSTRAINT name UNIQUE (...)}, so the names are read from the text;
   * the n-th match belongs to the n-th ADD ... UNIQUE action.
   */
  private static final Pattern ADD_UNIQUE = Pattern.compile(
      "\\bADD\\s+(?:CONSTRAINT\\s+(\"(?:[^\"]|\"\")*\"|`[^`]*`|[\\w$]+)\\s+)?UNIQUE\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern VALIDATE = Pattern.compile("VALIDATE\\s+CONSTRAINT\\s+(.+)", Pattern.CASE_INSENSITIVE);

  private final Names names;

  AlterTableReplay(Names names) {
    this.names = names;
  }

  Schema apply(Schema schema, Alter alter, WrittenStatement written) {
    ObjectPath table = names.path(alter.getTable());
    if (schema.table(table).isEmpty()) {
      return schema;
    }
    Deque<Optional<String>> uniqueNames = uniqueNames(written.text());
    List<AlterExpression> expressions = alter.getAlterExpressions() == null ? List.of() : alter.getAlterExpressions();
    List<WrittenElement> actions = ElementLayout.pair(written, ElementLayout.alterActions(written), expressions,
        (expression, range) -> startsAs(expression, written, range.from()));
    Schema result = schema;
    for (int k = 0; k < expressions.size(); k++) {
      AlterExpression expression = expressions.get(k);
      if (expression.getOperation() == AlterOperation.RENAME_TABLE && expression.getNewTableName() != null) {
        ObjectPath renamed = ObjectPath.of(table.parent().name(),
            names.qualified(expression.getNewTableName()).name());
        result = SchemaEdits.renameTable(result, table, renamed);
        table = renamed;
      } else {
        result = apply(result, table, expression, uniqueNames, actions.get(k));
      }
    }
    return result;
  }

  /** Whether the written action starting at token {@code first} can be the parsed one, for those placed. */
  private static boolean startsAs(AlterExpression expression, WrittenStatement written, int first) {
    AlterOperation operation = expression.getOperation();
    return switch (operation == null ? AlterOperation.UNSPECIFIC : operation) {
      case ADD, ALTER, MODIFY, CHANGE -> written.isWord(first, operation.name());
      default -> true;
    };
  }

  private Schema apply(Schema schema, ObjectPath table, AlterExpression expression,
                       Deque<Optional<String>> uniqueNames, WrittenElement action) {
    AlterOperation operation = expression.getOperation();
    if (operation == null) {
      return schema;
    }
    AlterColumnReplay columns = new AlterColumnReplay(names);
    return switch (operation) {
      case ADD -> add(schema, table, expression, uniqueNames, action);
      case DROP -> drop(schema, table, expression);
      case DROP_PRIMARY_KEY -> schema.updateTable(table, t -> t.withPrimaryKey(Optional.empty()));
      case DROP_UNIQUE, DROP_FOREIGN_KEY -> expression.getConstraintName() == null ? schema
          : schema.updateTable(table, t -> ConstraintEdits.withoutConstraint(t,
              names.identifier(expression.getConstraintName())));
      case ALTER -> columns.alter(schema, table, expression, action);
      case MODIFY, CHANGE -> columns.redefine(schema, table, expression, action);
      case RENAME -> expression.getColumnOldName() == null || expression.getColumnName() == null ? schema
          : SchemaEdits.renameColumn(schema, table, names.identifier(expression.getColumnOldName()),
              names.identifier(expression.getColumnName()));
      case RENAME_CONSTRAINT -> renameConstraint(schema, table, expression);
      case RENAME_INDEX, RENAME_KEY -> renameIndex(schema, table, expression);
      case UNSPECIFIC -> validate(schema, table, expression);
      default -> schema;
    };
  }

  private Schema add(Schema schema, ObjectPath table, AlterExpression expression,
                     Deque<Optional<String>> uniqueNames, WrittenElement action) {
    Schema result = schema;
    ColumnReader reader = new ColumnReader(names);
    List<AlterExpression.ColumnDataType> definitions = expression.getColDataTypeList() == null ? List.of()
        : expression.getColDataTypeList();
    List<WrittenElement> places = action.columns(definitions.size());
    for (int k = 0; k < definitions.size(); k++) {
      AlterExpression.ColumnDataType definition = definitions.get(k);
      Optional<Table> found = result.table(table);
      String column = names.identifier(definition.getColumnName());
      if (found.isEmpty() || definition.getColDataType() == null
          || (expression.isUseIfNotExists() && found.get().column(column).isPresent())) {
        continue;
      }
      ColumnDeclaration declaration = reader.read(table, definition, places.get(k));
      result = result.withTable(ConstraintEdits.withDeclaration(found.get(), declaration, names.dialect()));
      if (declaration.sequence().isPresent()) {
        result = result.withSequence(declaration.sequence().get());
      }
    }
    Index element = expression.getIndex();
    Optional<Table> found = result.table(table);
    if (element == null || found.isEmpty()) {
      return result;
    }
    TableElements elements = new TableElements(names);
    Optional<String> writtenUniqueName = Optional.empty();
    if (element.getKind() == Index.Kind.UNIQUE && !uniqueNames.isEmpty()) {
      writtenUniqueName = uniqueNames.poll().map(names::identifier);
    }
    boolean notValid = element.getConstraintAttributes() != null && element.getConstraintAttributes().isNotValid();
    Table changed = elements.add(found.get(), element, action, !notValid,
        IndexReplay.indexNames(result, table.parent().name()), writtenUniqueName);
    return result.withTable(changed);
  }

  private Schema drop(Schema schema, ObjectPath table, AlterExpression expression) {
    if (expression.getColumnName() != null) {
      return SchemaEdits.dropColumn(schema, table, names.identifier(expression.getColumnName()));
    }
    if (expression.getConstraintName() != null) {
      String name = names.identifier(expression.getConstraintName());
      return schema.updateTable(table, t -> ConstraintEdits.withoutConstraint(t, name));
    }
    Index index = expression.getIndex();
    if (index != null && index.getName() != null) {
      // MySQL's ALTER TABLE ... DROP INDEX: index names belong to the table there.
      return new IndexReplay(names).drop(schema, ObjectPath.of(table.parent().name(),
          names.identifier(index.getName())), Optional.of(table));
    }
    return schema;
  }

  private Schema renameConstraint(Schema schema, ObjectPath table, AlterExpression expression) {
    if (expression.getOldIndex() == null || expression.getIndex() == null) {
      return schema;
    }
    String from = names.identifier(expression.getOldIndex().getName());
    String to = names.identifier(expression.getIndex().getName());
    return schema.updateTable(table, t -> ConstraintEdits.renamedConstraint(t, from, to));
  }

  private Schema renameIndex(Schema schema, ObjectPath table, AlterExpression expression) {
    if (expression.getOldIndex() == null || expression.getIndex() == null) {
      return schema;
    }
    ObjectPath from = ObjectPath.of(table.parent().name(), names.identifier(expression.getOldIndex().getName()));
    return new IndexReplay(names).rename(schema, from, names.identifier(expression.getIndex().getName()));
  }

  private Schema validate(Schema schema, ObjectPath table, AlterExpression expression) {
    String specifier = expression.getOptionalSpecifier();
    Matcher validate = VALIDATE.matcher(specifier == null ? "" : specifier.strip());
    if (!validate.matches()) {
      return schema;
    }
    String name = names.identifier(validate.group(1).strip());
    return schema.updateTable(table, t -> ConstraintEdits.validated(t, name));
  }

  private static Deque<Optional<String>> uniqueNames(String sql) {
    Deque<Optional<String>> found = new ArrayDeque<>();
    Matcher matcher = ADD_UNIQUE.matcher(sql);
    while (matcher.find()) {
      found.add(Optional.ofNullable(matcher.group(1)));
    }
    return found;
  }
}
