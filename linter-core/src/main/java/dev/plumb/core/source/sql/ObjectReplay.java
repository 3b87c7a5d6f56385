package dev.plumb.core.source.sql;

import dev.plumb.core.model.DataTypes;
import dev.plumb.core.model.EnumType;
import dev.plumb.core.model.Extension;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.Sequence;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.View;
import dev.plumb.core.model.migration.ObjectKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.schema.Sequence.Parameter;
import net.sf.jsqlparser.schema.Sequence.ParameterType;
import net.sf.jsqlparser.statement.alter.AlterType;
import net.sf.jsqlparser.statement.comment.Comment;
import net.sf.jsqlparser.statement.create.domain.CreateDomain;
import net.sf.jsqlparser.statement.create.extension.CreateExtension;
import net.sf.jsqlparser.statement.create.schema.CreateSchema;
import net.sf.jsqlparser.statement.create.sequence.CreateSequence;
import net.sf.jsqlparser.statement.create.type.CreateType;
import net.sf.jsqlparser.statement.create.type.EnumTypeDefinition;
import net.sf.jsqlparser.statement.create.view.CreateView;

/**
 * The objects around tables: user-defined types, views, sequences, schemas, extensions, and comments on them.
 * A view's query and a comment must name objects that exist; those that do not are reported.
 */
final class ObjectReplay {

  private final Names names;

  ObjectReplay(Names names) {
    this.names = names;
  }

  /** Enum types only; composite, range and base types have no place in the model, but are declared. */
  Schema createType(Schema schema, CreateType create, WrittenStatement written, StatementEvents events) {
    if (create.getName() == null) {
      return schema;
    }
    ObjectPath path = names.qualified(create.getName());
    events.created(ObjectKind.TYPE, path, written.span(), false, events.types().exists(path, schema));
    if (!(create.getDefinition() instanceof EnumTypeDefinition enumType)) {
      return schema;
    }
    List<String> values = enumType.getLabels() == null ? List.of()
        : enumType.getLabels().stream().map(StringValue::getNotExcapedValue).toList();
    return schema.withEnumType(new EnumType(path, values, written.span()));
  }

  /** A domain is a type the model does not keep, but columns may be of it. */
  Schema createDomain(Schema schema, CreateDomain create, WrittenStatement written, StatementEvents events) {
    if (create.getName() != null) {
      ObjectPath path = names.qualified(create.getName());
      events.created(ObjectKind.TYPE, path, written.span(), false, events.types().exists(path, schema));
    }
    return schema;
  }

  /** ADD VALUE (in its place), RENAME VALUE and RENAME TO of enum types. */
  Schema alterType(Schema schema, AlterType alter, WrittenStatement written, StatementEvents events) {
    ObjectPath path = names.qualified(alter.getName());
    EnumType type = schema.enumTypes().get(path);
    if (type == null) {
      if (!events.types().exists(path, schema)) {
        events.unresolved(ObjectKind.TYPE, path, written.nameSpanAfter("TYPE", path.name(), written.span()),
            "altered");
      }
      return schema;
    }
    events.changed(ObjectKind.TYPE, path, written.span());
    if (alter.getAction() == null) {
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
        events.created(ObjectKind.TYPE, renamed, written.span(), false, events.types().exists(renamed, schema));
        return schema.withoutEnumType(path).withEnumType(new EnumType(renamed, values, type.span()));
      }
      default -> {
        return schema;
      }
    }
    return schema.withEnumType(new EnumType(path, values, type.span()));
  }

  /**
   * The definition is the query as written, without WITH CHECK OPTION or WITH [NO] DATA. The tables the query
   * reads must exist (a view is checked when it is created).
   */
  Schema createView(Schema schema, CreateView create, WrittenStatement written, StatementEvents events) {
    Optional<SourceSpan> span = written.span();
    ObjectPath path = names.path(create.getView());
    boolean existed = schema.views().containsKey(path);
    events.created(ObjectKind.VIEW, path, span, create.isIfNotExists() || create.isOrReplace(), existed);
    if (create.isIfNotExists() && existed) {
      return schema;
    }
    if (create.getSelect() != null) {
      for (ObjectPath read : ViewSources.tablesRead(create.getSelect(), names)) {
        if (!read.equals(path) && !ViewSources.isSystem(read, names.dialect())) {
          References.relation(schema, read, "AS", written, "read by view " + path, events);
        }
      }
    }
    List<String> columns = create.getColumnNames() == null ? List.of()
        : create.getColumnNames().stream().map(c -> names.identifier(c.getColumnName())).toList();
    Optional<String> definition = Optional.ofNullable(create.getSelect())
        .map(select -> WrittenElement.whole(written).viewQuery().orElseGet(select::toString));
    return schema.withView(new View(path, columns, definition, create.isMaterialized(), Optional.empty(), span));
  }

  Schema createSequence(Schema schema, CreateSequence create, WrittenStatement written, StatementEvents events) {
    net.sf.jsqlparser.schema.Sequence sequence = create.getSequence();
    ObjectPath path = names.inSchema(Optional.ofNullable(sequence.getSchemaName()), sequence.getName());
    events.created(ObjectKind.SEQUENCE, path, written.span(), false, schema.sequences().containsKey(path));
    Optional<ObjectPath> ownedBy = Optional.ofNullable(sequence.getOwnership())
        .map(o -> o.getColumn())
        .filter(c -> c != null && c.getTable() != null)
        .map(c -> names.path(c.getTable()).child(names.identifier(c.getColumnName())));
    return schema.withSequence(new Sequence(path,
        Optional.ofNullable(sequence.getDataType()).map(t -> DataTypes.of(t, names.dialect())),
        parameter(sequence, ParameterType.START_WITH, ParameterType.START),
        parameter(sequence, ParameterType.INCREMENT_BY, ParameterType.INCREMENT),
        parameter(sequence, ParameterType.MAXVALUE, ParameterType.MAXVALUE), ownedBy, written.span()));
  }

  Schema createSchema(Schema schema, CreateSchema create, WrittenStatement written, StatementEvents events) {
    if (create.getSchemaName() == null) {
      return schema;
    }
    String name = names.identifier(create.getSchemaName());
    events.created(ObjectKind.SCHEMA, ObjectPath.of(name), written.span(), create.hasIfNotExists(),
        schema.namespaces().contains(name));
    return schema.withNamespace(name);
  }

  Schema createExtension(Schema schema, CreateExtension create, WrittenStatement written, StatementEvents events) {
    String name = names.identifier(create.getName());
    boolean existed = schema.extensions().containsKey(name);
    events.created(ObjectKind.EXTENSION, ObjectPath.of(name), written.span(), create.isIfNotExists(), existed);
    if (create.isIfNotExists() && existed) {
      return schema;
    }
    Optional<String> version = create.getOptions() == null ? Optional.empty() : create.getOptions().stream()
        .filter(o -> o.getVersion() != null)
        .map(o -> o.getVersion() instanceof StringValue text ? text.getNotExcapedValue() : o.getVersion().toString())
        .findFirst();
    return schema.withExtension(new Extension(name, version, written.span()));
  }

  /** COMMENT ON TABLE / COLUMN / VIEW; {@code IS NULL} removes the comment. */
  Schema comment(Schema schema, Comment comment, WrittenStatement written, StatementEvents events) {
    Optional<String> text = Optional.ofNullable(comment.getComment()).map(StringValue::getNotExcapedValue);
    if (comment.getColumn() != null && comment.getColumn().getTable() != null) {
      ObjectPath table = names.path(comment.getColumn().getTable());
      String column = names.identifier(comment.getColumn().getColumnName());
      Optional<Table> found = schema.table(table);
      if (found.isEmpty()) {
        References.relation(schema, table, "COLUMN", written, "commented on", events);
        return schema;
      }
      if (!References.column(found.get(), column, written.span(), Optional.of("COLUMN"), written, "commented on",
          events)) {
        return schema;
      }
      events.changed(ObjectKind.COLUMN, table.child(column), written.span());
      return schema.updateTable(table, t -> t.updateColumn(column, c -> c.withComment(text)));
    }
    if (comment.getTable() != null) {
      ObjectPath table = names.path(comment.getTable());
      if (References.relation(schema, table, "TABLE", written, "commented on", events)) {
        events.changed(ObjectKind.TABLE, table, written.span());
      }
      return schema.updateTable(table, t -> t.withComment(text));
    }
    if (comment.getView() != null) {
      ObjectPath path = names.path(comment.getView());
      View view = schema.views().get(path);
      if (view == null) {
        References.relation(schema, path, "VIEW", written, "commented on", events);
        return schema;
      }
      events.changed(ObjectKind.VIEW, path, written.span());
      return schema.withView(view.withComment(text));
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
