package dev.plumb.core.source.sql;

import dev.plumb.core.model.DataTypes;
import dev.plumb.core.model.EnumType;
import dev.plumb.core.model.Extension;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.Sequence;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.schema.Sequence.Parameter;
import net.sf.jsqlparser.schema.Sequence.ParameterType;
import net.sf.jsqlparser.statement.alter.AlterType;
import net.sf.jsqlparser.statement.comment.Comment;
import net.sf.jsqlparser.statement.create.extension.CreateExtension;
import net.sf.jsqlparser.statement.create.schema.CreateSchema;
import net.sf.jsqlparser.statement.create.sequence.CreateSequence;
import net.sf.jsqlparser.statement.create.type.CreateType;
import net.sf.jsqlparser.statement.create.type.EnumTypeDefinition;
import net.sf.jsqlparser.statement.create.view.CreateView;

/** The objects around tables: enum types, views, sequences, schemas, extensions, and comments on them. */
final class ObjectReplay {

  private final Names names;

  ObjectReplay(Names names) {
    this.names = names;
  }

  /** Enum types only; composite, range and base types have no place in the model. */
  Schema createType(Schema schema, CreateType create, Optional<SourceSpan> span) {
    if (!(create.getDefinition() instanceof EnumTypeDefinition enumType) || create.getName() == null) {
      return schema;
    }
    List<String> values = enumType.getLabels() == null ? List.of()
        : enumType.getLabels().stream().map(StringValue::getNotExcapedValue).toList();
    return schema.withEnumType(new EnumType(names.qualified(create.getName()), values, span));
  }

  /** ADD VALUE (in its place), RENAME VALUE and RENAME TO of enum types. */
  Schema alterType(Schema schema, AlterType alter) {
    ObjectPath path = names.qualified(alter.getName());
    EnumType type = schema.enumTypes().get(path);
    if (type == null || alter.getAction() == null) {
      return schema;
    }
    List<String> values = new ArrayList<>(type.values());
    switch (alter.getAction()) {
      case ADD_VALUE -> {
        String value = alter.getValue().getNotExcapedValue();
        if (values.contains(value)) {
          return schema;
        }
        int neighbour = alter.getNeighborValue() == null ? -1
            : values.indexOf(alter.getNeighborValue().getNotExcapedValue());
        boolean before = alter.getPosition() != null && alter.getPosition().name().equals("BEFORE");
        values.add(neighbour < 0 ? values.size() : before ? neighbour : neighbour + 1, value);
      }
      case RENAME_VALUE -> values.replaceAll(v -> v.equals(alter.getValue().getNotExcapedValue())
          ? alter.getNewValue().getNotExcapedValue() : v);
      case RENAME -> {
        ObjectPath renamed = ObjectPath.of(path.parent().name(), names.identifier(alter.getNewName()));
        return schema.withoutEnumType(path).withEnumType(new EnumType(renamed, values, type.span()));
      }
      default -> {
        return schema;
      }
    }
    return schema.withEnumType(new EnumType(path, values, type.span()));
  }

  /** The definition is the query as written, without WITH CHECK OPTION or WITH [NO] DATA. */
  Schema createView(Schema schema, CreateView create, WrittenStatement written) {
    Optional<SourceSpan> span = written.span();
    ObjectPath path = names.path(create.getView());
    if (create.isIfNotExists() && schema.views().containsKey(path)) {
      return schema;
    }
    List<String> columns = create.getColumnNames() == null ? List.of()
        : create.getColumnNames().stream().map(c -> names.identifier(c.getColumnName())).toList();
    Optional<String> definition = Optional.ofNullable(create.getSelect())
        .map(select -> WrittenElement.whole(written).viewQuery().orElseGet(select::toString));
    return schema.withView(new View(path, columns, definition, create.isMaterialized(), Optional.empty(), span));
  }

  Schema createSequence(Schema schema, CreateSequence create, Optional<SourceSpan> span) {
    net.sf.jsqlparser.schema.Sequence written = create.getSequence();
    ObjectPath path = names.inSchema(Optional.ofNullable(written.getSchemaName()), written.getName());
    Optional<ObjectPath> ownedBy = Optional.ofNullable(written.getOwnership())
        .map(o -> o.getColumn())
        .filter(c -> c != null && c.getTable() != null)
        .map(c -> names.path(c.getTable()).child(names.identifier(c.getColumnName())));
    return schema.withSequence(new Sequence(path,
        Optional.ofNullable(written.getDataType()).map(t -> DataTypes.of(t, names.dialect())),
        parameter(written, ParameterType.START_WITH, ParameterType.START),
        parameter(written, ParameterType.INCREMENT_BY, ParameterType.INCREMENT),
        parameter(written, ParameterType.MAXVALUE, ParameterType.MAXVALUE), ownedBy, span));
  }

  Schema createSchema(Schema schema, CreateSchema create) {
    return create.getSchemaName() == null ? schema : schema.withNamespace(names.identifier(create.getSchemaName()));
  }

  Schema createExtension(Schema schema, CreateExtension create, Optional<SourceSpan> span) {
    String name = names.identifier(create.getName());
    if (create.isIfNotExists() && schema.extensions().containsKey(name)) {
      return schema;
    }
    Optional<String> version = create.getOptions() == null ? Optional.empty() : create.getOptions().stream()
        .filter(o -> o.getVersion() != null)
        .map(o -> o.getVersion() instanceof StringValue text ? text.getNotExcapedValue() : o.getVersion().toString())
        .findFirst();
    return schema.withExtension(new Extension(name, version, span));
  }

  /** COMMENT ON TABLE / COLUMN / VIEW; {@code IS NULL} removes the comment. */
  Schema comment(Schema schema, Comment comment) {
    Optional<String> text = Optional.ofNullable(comment.getComment()).map(StringValue::getNotExcapedValue);
    if (comment.getColumn() != null && comment.getColumn().getTable() != null) {
      ObjectPath table = names.path(comment.getColumn().getTable());
      String column = names.identifier(comment.getColumn().getColumnName());
      return schema.updateTable(table, t -> t.updateColumn(column, c -> c.withComment(text)));
    }
    if (comment.getTable() != null) {
      return schema.updateTable(names.path(comment.getTable()), t -> t.withComment(text));
    }
    if (comment.getView() != null) {
      View view = schema.views().get(names.path(comment.getView()));
      return view == null ? schema : schema.withView(view.withComment(text));
    }
    return schema;
  }

  private static Optional<Long> parameter(net.sf.jsqlparser.schema.Sequence sequence, ParameterType... types) {
    if (sequence.getParameters() == null) {
      return Optional.empty();
    }
    for (Parameter parameter : sequence.getParameters()) {
      for (ParameterType type : types) {
        if (parameter.getOption() == type && parameter.getValue() != null) {
          return Optional.of(parameter.getValue());
        }
      }
    }
    return Optional.empty();
  }
}
