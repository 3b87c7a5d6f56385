package dev.plumb.core.source.sql;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.migration.ObjectKind;
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
 * does not know changes nothing and is reported as an unresolved reference, as is an action on a column the
 * table lacks. What an action adds is placed at that action.
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

  Schema apply(Schema schema, Alter alter, WrittenStatement written, StatementEvents events) {
    ObjectPath table = names.path(alter.getTable());
    if (schema.table(table).isEmpty()) {
      if (!alter.isUseTableIfExists()) {
        References.relation(schema, table, "TABLE", written, "altered", events);
      }
      return schema;
    }
    events.changed(ObjectKind.TABLE, table, written.span());
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
        events.created(ObjectKind.TABLE, renamed, actions.get(k).span(), false,
            References.relationExists(result, renamed));
        result = SchemaEdits.renameTable(result, table, renamed);
        table = renamed;
      } else {
        result = apply(result, table, expression, uniqueNames, new Action(actions.get(k), written, events));
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
                       Deque<Optional<String>> uniqueNames, Action action) {
    AlterOperation operation = expression.getOperation();
    if (operation == null) {
      return schema;
    }
    AlterColumnReplay columns = new AlterColumnReplay(names);
    return switch (operation) {
      case ADD -> add(schema, table, expression, uniqueNames, action);
      case DROP -> drop(schema, table, expression, action);
      case DROP_PRIMARY_KEY -> {
        Optional<String> key = schema.table(table).flatMap(Table::primaryKey).flatMap(k -> k.name());
        action.events().dropped(ObjectKind.CONSTRAINT, table.child(key.orElse("PRIMARY")), action.span(), false,
            key.isPresent());
        yield schema.updateTable(table, t -> t.withPrimaryKey(Optional.empty()));
      }
      case DROP_UNIQUE, DROP_FOREIGN_KEY -> expression.getConstraintName() == null ? schema
          : dropConstraint(schema, table, names.identifier(expression.getConstraintName()), false, action);
      case ALTER -> columns.alter(schema, table, expression, action);
      case MODIFY, CHANGE -> columns.redefine(schema, table, expression, action);
      case RENAME -> expression.getColumnOldName() == null || expression.getColumnName() == null ? schema
          : renameColumn(schema, table, names.identifier(expression.getColumnOldName()),
              names.identifier(expression.getColumnName()), action);
      case RENAME_CONSTRAINT -> renameConstraint(schema, table, expression, action);
      case RENAME_INDEX, RENAME_KEY -> renameIndex(schema, table, expression, action);
      case UNSPECIFIC -> validate(schema, table, expression, action);
      default -> schema;
    };
  }

  private Schema add(Schema schema, ObjectPath table, AlterExpression expression,
                     Deque<Optional<String>> uniqueNames, Action action) {
    Schema result = schema;
    ColumnReader reader = new ColumnReader(names);
    TypeReferences types = new TypeReferences(names);
    List<AlterExpression.ColumnDataType> definitions = expression.getColDataTypeList() == null ? List.of()
        : expression.getColDataTypeList();
    List<WrittenElement> places = action.element().columns(definitions.size());
    for (int k = 0; k < definitions.size(); k++) {
      AlterExpression.ColumnDataType definition = definitions.get(k);
      Optional<Table> found = result.table(table);
      String column = names.identifier(definition.getColumnName());
      if (found.isEmpty() || definition.getColDataType() == null) {
        continue;
      }
      boolean existed = found.get().column(column).isPresent();
      action.events().created(ObjectKind.COLUMN, table.child(column), places.get(k).span(),
          expression.isUseIfNotExists(), existed);
      if (expression.isUseIfNotExists() && existed) {
        continue;
      }
      ColumnDeclaration declaration = reader.read(table, definition, places.get(k));
      Table changed = ConstraintEdits.withDeclaration(found.get(), declaration, names.dialect());
      types.check(result, declaration.column(), places.get(k).span(), action.written(), action.events());
      References.added(result, found, changed, action.written(), action.events());
      result = result.withTable(changed);
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
    Optional<String> writtenUniqueName = element.getKind() == Index.Kind.UNIQUE && !uniqueNames.isEmpty()
        ? uniqueNames.poll().map(names::identifier) : Optional.empty();
    boolean notValid = element.getConstraintAttributes() != null && element.getConstraintAttributes().isNotValid();
    Optional<String> name = elements.constraintName(element).or(() -> writtenUniqueName);
    name.ifPresent(n -> action.events().created(ObjectKind.CONSTRAINT, table.child(n), action.span(), false,
        ConstraintEdits.names(found.get()).contains(n)));
    Table changed = elements.add(found.get(), element, action.element(), !notValid,
        IndexReplay.indexNames(result, table.parent().name()), writtenUniqueName);
    References.added(result, found, changed, action.written(), action.events());
    return result.withTable(changed);
  }

  private Schema drop(Schema schema, ObjectPath table, AlterExpression expression, Action action) {
    boolean ifExists = expression.isUsingIfExists();
    if (expression.getColumnName() != null) {
      String column = names.identifier(expression.getColumnName());
      boolean existed = schema.table(table).flatMap(t -> t.column(column)).isPresent();
      action.events().dropped(ObjectKind.COLUMN, table.child(column), action.span(), ifExists, existed);
      return SchemaEdits.dropColumn(schema, table, column);
    }
    if (expression.getConstraintName() != null) {
      return dropConstraint(schema, table, names.identifier(expression.getConstraintName()), ifExists, action);
    }
    Index index = expression.getIndex();
    if (index != null && index.getName() != null) {
      // MySQL's ALTER TABLE ... DROP INDEX: index names belong to the table there.
      IndexReplay indexes = new IndexReplay(names);
      ObjectPath path = ObjectPath.of(table.parent().name(), names.identifier(index.getName()));
      action.events().dropped(ObjectKind.INDEX, path, action.span(), ifExists,
          IndexReplay.exists(schema, path, Optional.of(table)));
      return indexes.drop(schema, path, Optional.of(table));
    }
    return schema;
  }

  private static Schema dropConstraint(Schema schema, ObjectPath table, String name, boolean ifExists,
                                       Action action) {
    boolean existed = schema.table(table).map(ConstraintEdits::names).filter(n -> n.contains(name)).isPresent();
    action.events().dropped(ObjectKind.CONSTRAINT, table.child(name), action.span(), ifExists, existed);
    return schema.updateTable(table, t -> ConstraintEdits.withoutConstraint(t, name));
  }

  private static Schema renameColumn(Schema schema, ObjectPath table, String from, String to, Action action) {
    Optional<Table> found = schema.table(table);
    if (found.isEmpty() || !References.column(found.get(), from, action.span(), Optional.empty(), action.written(),
        "renamed", action.events())) {
      return schema;
    }
    action.events().changed(ObjectKind.COLUMN, table.child(from), action.span());
    action.events().created(ObjectKind.COLUMN, table.child(to), action.span(), false,
        found.get().column(to).isPresent());
    return SchemaEdits.renameColumn(schema, table, from, to);
  }

  private Schema renameConstraint(Schema schema, ObjectPath table, AlterExpression expression, Action action) {
    if (expression.getOldIndex() == null || expression.getIndex() == null) {
      return schema;
    }
    String from = names.identifier(expression.getOldIndex().getName());
    String to = names.identifier(expression.getIndex().getName());
    action.events().changed(ObjectKind.CONSTRAINT, table.child(from), action.span());
    return schema.updateTable(table, t -> ConstraintEdits.renamedConstraint(t, from, to));
  }

  private Schema renameIndex(Schema schema, ObjectPath table, AlterExpression expression, Action action) {
    if (expression.getOldIndex() == null || expression.getIndex() == null) {
      return schema;
    }
    ObjectPath from = ObjectPath.of(table.parent().name(), names.identifier(expression.getOldIndex().getName()));
    action.events().changed(ObjectKind.INDEX, from, action.span());
    return new IndexReplay(names).rename(schema, from, names.identifier(expression.getIndex().getName()));
  }

  private Schema validate(Schema schema, ObjectPath table, AlterExpression expression, Action action) {
    String specifier = expression.getOptionalSpecifier();
    Matcher validate = VALIDATE.matcher(specifier == null ? "" : specifier.strip());
    if (!validate.matches()) {
      return schema;
    }
    String name = names.identifier(validate.group(1).strip());
    action.events().changed(ObjectKind.CONSTRAINT, table.child(name), action.span());
    return schema.updateTable(table, t -> ConstraintEdits.validated(t, name));
  }

  /** One action of the statement: where it is written, and where its events go. */
  record Action(WrittenElement element, WrittenStatement written, StatementEvents events) {

    Optional<SourceSpan> span() {
      return element.span();
    }
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
