package dev.plumb.core.source.sql;

import dev.plumb.core.ddl.DefaultNames;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.ColumnGeneration;
import dev.plumb.core.model.DataTypes;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.Sequence;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.migration.ObjectKind;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.IdentityAlteration;
import net.sf.jsqlparser.statement.create.table.IdentityDefinition;

/**
 * ALTER TABLE ... ALTER COLUMN (type, NOT NULL, default, identity) and MySQL's MODIFY / CHANGE, which declare
 * the column anew. A column altered in place keeps where it was declared; one declared anew is placed at the
 * action. An action on a column the table lacks changes nothing and is reported as an unresolved reference.
 */
final class AlterColumnReplay {

  private final Names names;

  AlterColumnReplay(Names names) {
    this.names = names;
  }

  Schema alter(Schema schema, ObjectPath table, AlterExpression expression, AlterTableReplay.Action action) {
    Schema result = schema;
    for (AlterExpression.ColumnDataType change : list(expression.getColDataTypeList())) {
      String column = names.identifier(change.getColumnName());
      if (!exists(result, table, column, action)) {
        continue;
      }
      if (change.getColDataType() != null) {
        var type = DataTypes.of(change.getColDataType().toString(), names.dialect());
        result = update(result, table, column, c -> c.withType(type));
        result.table(table).flatMap(t -> t.column(column)).ifPresent(c -> new TypeReferences(names)
            .check(schema, c, action.span(), action.written(), action.events()));
      }
      for (IdentityAlteration identity : list(change.getIdentityAlterations())) {
        result = alterIdentity(result, table, column, identity, action.span());
      }
    }
    for (var setNotNull : list(expression.getColumnSetNotNullList())) {
      String column = names.identifier(setNotNull.getColumnName());
      if (exists(result, table, column, action)) {
        result = update(result, table, column, c -> c.withNullable(false));
      }
    }
    for (var dropNotNull : list(expression.getColumnDropNotNullList())) {
      String column = names.identifier(dropNotNull.getColumnName());
      if (exists(result, table, column, action) && dropNotNull.isWithNot()) {
        result = update(result, table, column, c -> c.withNullable(true));
      }
    }
    var setDefaults = list(expression.getColumnSetDefaultList());
    for (var setDefault : setDefaults) {
      String column = names.identifier(setDefault.getColumnName());
      if (!exists(result, table, column, action)) {
        continue;
      }
      Optional<String> rendered = Optional.ofNullable(setDefault.getDefaultExpression()).map(Object::toString)
          .or(() -> Optional.ofNullable(setDefault.getDefaultValue()));
      Optional<String> value = rendered.isPresent() && setDefaults.size() == 1
          ? action.element().setDefaultExpression().or(() -> rendered) : rendered;
      result = update(result, table, column, c -> c.withDefault(value));
    }
    for (var dropDefault : list(expression.getColumnDropDefaultList())) {
      String column = names.identifier(dropDefault.getColumnName());
      if (exists(result, table, column, action)) {
        result = update(result, table, column, c -> c.withDefault(Optional.empty()));
      }
    }
    return result;
  }

  /** MODIFY and CHANGE: the column is declared anew in its place; CHANGE may rename it first. */
  Schema redefine(Schema schema, ObjectPath table, AlterExpression expression, AlterTableReplay.Action action) {
    Schema result = schema;
    var definitions = list(expression.getColDataTypeList());
    for (AlterExpression.ColumnDataType definition : definitions) {
      String name = names.identifier(definition.getColumnName());
      String old = expression.getColumnOldName() == null ? name : names.identifier(expression.getColumnOldName());
      if (!exists(result, table, old, action)) {
        continue;
      }
      if (!old.equals(name)) {
        action.events().created(ObjectKind.COLUMN, table.child(name), action.span(), false,
            result.table(table).flatMap(t -> t.column(name)).isPresent());
        result = SchemaEdits.renameColumn(result, table, old, name);
      }
      Optional<Table> found = result.table(table);
      if (found.isEmpty() || definition.getColDataType() == null) {
        continue;
      }
      WrittenElement written = definitions.size() == 1 ? action.element() : action.element().unplacedInStatement();
      ColumnDeclaration declaration = new ColumnReader(names).read(table, definition, written);
      Optional<String> comment = found.get().column(name).flatMap(Column::comment);
      ColumnDeclaration kept = new ColumnDeclaration(declaration.column().withComment(comment),
          declaration.primaryKey(), declaration.uniques(), declaration.foreignKeys(), declaration.checks(),
          declaration.sequence());
      new TypeReferences(names).check(result, kept.column(), written.span(), action.written(), action.events());
      Table changed = ConstraintEdits.withDeclaration(found.get(), kept, names.dialect());
      References.added(result, found, changed, action.written(), action.events());
      result = result.withTable(changed);
    }
    return result;
  }

  /** Whether the table has the column: reported as changed if so, as an unresolved reference if not. */
  private static boolean exists(Schema schema, ObjectPath table, String column, AlterTableReplay.Action action) {
    Optional<Table> found = schema.table(table);
    if (found.isEmpty() || !References.column(found.get(), column, action.span(), Optional.empty(),
        action.written(), "altered", action.events())) {
      return false;
    }
    action.events().changed(ObjectKind.COLUMN, table.child(column), action.span());
    return true;
  }

  private Schema alterIdentity(Schema schema, ObjectPath table, String column, IdentityAlteration identity,
                               Optional<SourceSpan> span) {
    if (identity.getKind() == IdentityAlteration.Kind.DROP) {
      Schema result = update(schema, table, column, c -> c.withGeneration(ColumnGeneration.NONE, Optional.empty()));
      ObjectPath owner = table.child(column);
      for (Sequence sequence : schema.sequences().values()) {
        if (sequence.ownedBy().filter(owner::equals).isPresent()) {
          result = result.withoutSequence(sequence.path());
        }
      }
      return result;
    }
    var mode = identity.getIdentityDefinition() != null ? identity.getIdentityDefinition().getGenerationMode()
        : identity.getGenerationMode();
    if (mode == null) {
      return schema;
    }
    ColumnGeneration generation = mode == IdentityDefinition.GenerationMode.ALWAYS
        ? ColumnGeneration.IDENTITY_ALWAYS : ColumnGeneration.IDENTITY_BY_DEFAULT;
    Schema result = update(schema, table, column,
        c -> c.withGeneration(generation, Optional.empty()).withNullable(false));
    if (identity.getKind() == IdentityAlteration.Kind.ADD) {
      Optional<Column> added = result.table(table).flatMap(t -> t.column(column));
      if (added.isPresent()) {
        ObjectPath path = ObjectPath.of(table.parent().name(), DefaultNames.sequence(table.name(), column));
        result = result.withSequence(new Sequence(path, Optional.of(added.get().type()), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.of(added.get().path()), span));
      }
    }
    return result;
  }

  private static Schema update(Schema schema, ObjectPath table, String column, UnaryOperator<Column> change) {
    return schema.updateTable(table, t -> t.updateColumn(column, change));
  }

  private static <T> java.util.List<T> list(java.util.List<T> values) {
    return values == null ? java.util.List.of() : values;
  }
}
