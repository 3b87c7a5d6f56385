package dev.plumb.core.source.sql;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Routine;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.Trigger;
import dev.plumb.core.model.View;
import dev.plumb.core.model.migration.ObjectKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.drop.Drop;

/**
 * DROP of tables, indexes, views, sequences, schemas, extensions, routines (H2's aliases too), triggers, types
 * and domains. CASCADE also
 * takes the views whose query names a dropped table or view, as the database does.
 */
final class DropReplay {

  private final Names names;

  DropReplay(Names names) {
    this.names = names;
  }

  Schema apply(Schema schema, Drop drop, WrittenStatement written, StatementEvents events) {
    String type = drop.getType() == null ? "" : drop.getType().toUpperCase(Locale.ROOT);
    List<Table> dropped = drop.getNames() != null && !drop.getNames().isEmpty() ? drop.getNames()
        : drop.getName() == null ? List.of() : List.of(drop.getName());
    boolean cascade = drop.getParameters() != null
        && drop.getParameters().stream().anyMatch(p -> p.equalsIgnoreCase("CASCADE"));
    Schema result = schema;
    for (Table name : dropped) {
      ObjectPath path = names.path(name);
      Optional<SourceSpan> span = dropped.size() == 1 ? written.span() : written.nameSpan(path.name(), written.span());
      Schema before = result;
      result = switch (type) {
        case "TABLE" -> SchemaEdits.dropTable(result, path);
        case "INDEX" -> new IndexReplay(names).drop(result, path, onTable(drop));
        case "VIEW", "MATERIALIZED VIEW" -> result.withoutView(path);
        case "SEQUENCE" -> result.withoutSequence(path);
        case "SCHEMA" -> SchemaEdits.dropNamespace(result, names.identifier(name.getName()));
        case "EXTENSION" -> result.withoutExtension(names.identifier(name.getName()));
        case "FUNCTION", "PROCEDURE" -> dropRoutine(result, path, arguments(drop, type));
        case "ALIAS" -> dropRoutine(result, path, Optional.empty());
        case "TRIGGER" -> dropTrigger(result, path, onTable(drop));
        case "TYPE", "DOMAIN" -> result.withoutEnumType(path).withoutDomain(path);
        default -> result;
      };
      report(before, drop, name, path, span, events);
      if (cascade && (type.equals("TABLE") || type.endsWith("VIEW"))) {
        result = withoutViewsReading(result, path.name());
      }
    }
    return result;
  }

  private void report(Schema before, Drop drop, Table name, ObjectPath path, Optional<SourceSpan> span,
                      StatementEvents events) {
    String type = drop.getType() == null ? "" : drop.getType().toUpperCase(Locale.ROOT);
    boolean ifExists = drop.isIfExists();
    String own = names.identifier(name.getName());
    switch (type) {
      case "TABLE" -> events.dropped(ObjectKind.TABLE, path, span, ifExists, before.table(path).isPresent());
      case "INDEX" -> events.dropped(ObjectKind.INDEX, path, span, ifExists,
          IndexReplay.exists(before, path, onTable(drop)));
      case "VIEW", "MATERIALIZED VIEW" -> events.dropped(ObjectKind.VIEW, path, span, ifExists,
          before.views().containsKey(path));
      case "SEQUENCE" -> events.dropped(ObjectKind.SEQUENCE, path, span, ifExists,
          before.sequences().containsKey(path));
      case "SCHEMA" -> events.dropped(ObjectKind.SCHEMA, ObjectPath.of(own), span, ifExists,
          before.namespaces().contains(own));
      case "EXTENSION" -> events.dropped(ObjectKind.EXTENSION, ObjectPath.of(own), span, ifExists,
          before.extensions().containsKey(own));
      case "FUNCTION", "PROCEDURE" -> events.dropped(ObjectKind.FUNCTION, path, span, ifExists,
          before.routines().values().stream().anyMatch(r -> r.path().equals(path)));
      case "TRIGGER" -> events.dropped(ObjectKind.TRIGGER, path, span, ifExists,
          before.triggers().values().stream().anyMatch(t -> t.path().name().equals(path.name())));
      case "TYPE", "DOMAIN" -> events.dropped(ObjectKind.TYPE, path, span, ifExists,
          events.types().exists(path, before));
      default -> {
        // Other objects are not in the model, so whether they existed is unknown.
      }
    }
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

  /** Without ON (MySQL, SQLite) the name is unique in its schema, and every trigger of that name goes. */
  private static Schema dropTrigger(Schema schema, ObjectPath trigger, Optional<ObjectPath> table) {
    if (table.isPresent()) {
      return schema.withoutTrigger(table.get().child(trigger.name()));
    }
    Schema result = schema;
    for (Trigger found : schema.triggers().values()) {
      if (found.path().name().equals(trigger.name())) {
        result = result.withoutTrigger(found.path());
      }
    }
    return result;
  }

  /** The views whose query names the relation, as a whole word. */
  private static Schema withoutViewsReading(Schema schema, String relation) {
    Pattern mention = Pattern.compile("(?<![\\w$])\"?" + Pattern.quote(relation) + "\"?(?![\\w$])",
        Pattern.CASE_INSENSITIVE);
    Schema result = schema;
    for (View view : schema.views().values()) {
      if (view.definition().filter(d -> mention.matcher(d).find()).isPresent()) {
        result = result.withoutView(view.path());
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
