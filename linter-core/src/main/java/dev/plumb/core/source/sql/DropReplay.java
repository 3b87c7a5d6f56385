package dev.plumb.core.source.sql;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Routine;
import dev.plumb.core.model.Schema;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.drop.Drop;

/** DROP of tables, indexes, views, sequences, schemas, extensions, routines (H2's aliases too) and triggers. */
final class DropReplay {

  private final Names names;

  DropReplay(Names names) {
    this.names = names;
  }

  Schema apply(Schema schema, Drop drop) {
    String type = drop.getType() == null ? "" : drop.getType().toUpperCase(Locale.ROOT);
    List<Table> dropped = drop.getNames() != null && !drop.getNames().isEmpty() ? drop.getNames()
        : drop.getName() == null ? List.of() : List.of(drop.getName());
    Schema result = schema;
    for (Table written : dropped) {
      ObjectPath path = names.path(written);
      result = switch (type) {
        case "TABLE" -> SchemaEdits.dropTable(result, path);
        case "INDEX" -> new IndexReplay(names).drop(result, path, onTable(drop));
        case "VIEW", "MATERIALIZED VIEW" -> result.withoutView(path);
        case "SEQUENCE" -> result.withoutSequence(path);
        case "SCHEMA" -> SchemaEdits.dropNamespace(result, names.identifier(written.getName()));
        case "EXTENSION" -> result.withoutExtension(names.identifier(written.getName()));
        case "FUNCTION", "PROCEDURE" -> dropRoutine(result, path, arguments(drop, type));
        case "ALIAS" -> dropRoutine(result, path, Optional.empty());
        case "TRIGGER" -> dropTrigger(result, path.name(), onTable(drop));
        default -> result;
      };
    }
    return result;
  }

  /** Without an argument list, every overload of the name goes (PostgreSQL requires the name to be unique then). */
  private Schema dropRoutine(Schema schema, ObjectPath path, Optional<List<String>> arguments) {
    if (arguments.isPresent()) {
      RoutineReplay routines = new RoutineReplay(names);
      List<String> types = arguments.get().stream().map(a -> routines.argumentTypes(List.of(a.split("\\s+"))))
          .flatMap(List::stream).toList();
      return schema.withoutRoutine(path + "(" + String.join(", ", types) + ")");
    }
    Schema result = schema;
    for (Routine routine : schema.routines().values()) {
      if (routine.path().equals(path)) {
        result = result.withoutRoutine(routine.signature());
      }
    }
    return result;
  }

  /** MySQL, MariaDB, SQLite and H2 name no table: their trigger names are unique in the schema. */
  private static Schema dropTrigger(Schema schema, String trigger, Optional<ObjectPath> table) {
    if (table.isPresent()) {
      return schema.withoutTrigger(table.get().child(trigger));
    }
    Schema result = schema;
    for (ObjectPath path : schema.triggers().keySet()) {
      if (path.name().equals(trigger)) {
        result = result.withoutTrigger(path);
      }
    }
    return result;
  }

  private static Optional<List<String>> arguments(Drop drop, String type) {
    Map<String, List<String>> parameters = drop.getTypeToParameters();
    return parameters == null ? Optional.empty() : Optional.ofNullable(parameters.get(type));
  }

  /** The table after ON, in MySQL's DROP INDEX and PostgreSQL's DROP TRIGGER. */
  private Optional<ObjectPath> onTable(Drop drop) {
    List<String> parameters = drop.getParameters();
    if (parameters == null) {
      return Optional.empty();
    }
    int on = parameters.indexOf("ON");
    return on >= 0 && on + 1 < parameters.size() ? Optional.of(names.qualified(parameters.get(on + 1)))
        : Optional.empty();
  }
}
