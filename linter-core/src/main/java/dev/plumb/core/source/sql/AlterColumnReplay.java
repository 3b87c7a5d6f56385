package dev.plumb.core.source.sql;

import dev.plumb.core.model.Column;
import dev.plumb.core.model.ColumnGeneration;
import dev.plumb.core.model.DataTypes;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.Sequence;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.Table;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.IdentityAlteration;
import net.sf.jsqlparser.statement.create.table.IdentityDefinition;

/**
 * ALTER TABLE ... ALTER COLUMN (type, NOT NULL, default, identity) and MySQL's MODIFY / CHANGE, which declare
 * the column anew. A column altered in place keeps where it was declared; one declared anew is placed at the
 * action.
 */
final class AlterColumnReplay {

  private final Names names;

  AlterColumnReplay(Names names) {
    this.names = names;
  }

  Schema alter(Schema schema, ObjectPath table, AlterExpression expression, WrittenElement action) {
    Schema result = schema;
    for (AlterExpression.ColumnDataType change : list(expression.getColDataTypeList())) {
      String column = names.identifier(change.getColumnName());
      if (change.getColDataType() != null) {
        var type = DataTypes.of(change.getColDataType().toString(), names.dialect());
        result = update(result, table, column, c -> c.withType(type));
      }
      for (IdentityAlteration identity : list(change.getIdentityAlterations())) {
        result = alterIdentity(result, table, column, identity, action.span());
      }
    }
    for (var setNotNull : list(expression.getColumnSetNotNullList())) {
      result = update(result, table, names.identifier(setNotNull.getColumnName()), c -> c.withNullable(false));
    }
    for (var dropNotNull : list(expression.getColumnDropNotNullList())) {
      if (dropNotNull.isWithNot()) {
        result = update(result, table, names.identifier(dropNotNull.getColumnName()), c -> c.withNullable(true));
      }
    }
    var setDefaults = list(expression.getColumnSetDefaultList());
    for (var setDefault : setDefaults) {
      Optional<String> rendered = Optional.ofNullable(setDefault.getDefaultExpression()).map(Object::toString)
          .or(() -> Optional.ofNullable(setDefault.getDefaultValue()));
      Optional<String> value = rendered.isPresent() && setDefaults.size() == 1
          ? action.setDefaultExpression().or(() -> rendered) : rendered;
      result = update(result, table, names.identifier(setDefault.getColumnName()), c -> c.withDefault(value));
    }
    for (var dropDefault : list(expression.getColumnDropDefaultList())) {
      result = update(result, table, names.identifier(dropDefault.getColumnName()),
          c -> c.withDefault(Optional.empty()));
    }
    return result;
  }

  /** MODIFY and CHANGE: the column is declared anew in its place; CHANGE may rename it first. */
  Schema redefine(Schema schema, ObjectPath table, AlterExpression expression, WrittenElement action) {
    Schema result = schema;
    var definitions = list(expression.getColDataTypeList());
    for (AlterExpression.ColumnDataType definition : definitions) {
      String name = names.identifier(definition.getColumnName());
      if (expression.getColumnOldName() != null) {
        result = SchemaEdits.renameColumn(result, table, names.identifier(expression.getColumnOldName()), name);
      }
      Optional<Table> found = result.table(table);
      if (found.isEmpty() || definition.getColDataType() == null) {
        continue;
      }
      WrittenElement written = definitions.size() == 1 ? action : action.unplacedInStatement();
      ColumnDeclaration declaration = new ColumnReader(names).read(table, definition, written);
      Optional<String> comment = found.get().column(name).flatMap(Column::comment);
      ColumnDeclaration kept = new ColumnDeclaration(declaration.column().withComment(comment),
          declaration.primaryKey(), declaration.uniques(), declaration.foreignKeys(), declaration.checks(),
          declaration.sequence());
      result = result.withTable(ConstraintEdits.withDeclaration(found.get(), kept, names.dialect()));
    }
    return result;
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
