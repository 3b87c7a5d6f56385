package dev.plumb.core.source.live;

import dev.plumb.core.model.DataTypes;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Routine;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.Trigger;
import dev.plumb.core.model.View;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Reads the views, triggers, functions and procedures of MariaDB or MySQL databases. */
final class MariadbObjectReader {

  private final Dialect dialect;
  private final MariadbQueries queries;
  private final UnaryOperator<String> schemaOf;
  private final List<String> notes;

  MariadbObjectReader(Dialect dialect, MariadbQueries queries, UnaryOperator<String> schemaOf, List<String> notes) {
    this.dialect = dialect;
    this.queries = queries;
    this.schemaOf = schemaOf;
    this.notes = notes;
  }

  Schema read(Schema start) throws SQLException {
    List<View> views = new ArrayList<>();
    queries.forEach("SELECT TABLE_SCHEMA, TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS"
        + " WHERE TABLE_SCHEMA IN (%s) ORDER BY TABLE_SCHEMA, TABLE_NAME", row -> {
          // The server rewrites the query (qualified, backticked), so it is kept as the server shows it.
          Optional<String> definition = Optional.ofNullable(row.getString("VIEW_DEFINITION")).filter(d -> !d.isEmpty());
          views.add(new View(path(row, "TABLE_SCHEMA", "TABLE_NAME"), List.of(), definition, false, Optional.empty(),
              Optional.empty()));
        });
    List<Trigger> triggers = new ArrayList<>();
    queries.forEach("SELECT EVENT_OBJECT_SCHEMA, EVENT_OBJECT_TABLE, TRIGGER_NAME, ACTION_TIMING,"
        + " EVENT_MANIPULATION FROM information_schema.TRIGGERS WHERE EVENT_OBJECT_SCHEMA IN (%s)"
        + " ORDER BY EVENT_OBJECT_SCHEMA, EVENT_OBJECT_TABLE, ACTION_ORDER", row -> {
          ObjectPath table = path(row, "EVENT_OBJECT_SCHEMA", "EVENT_OBJECT_TABLE");
          triggers.add(new Trigger(table.child(row.getString("TRIGGER_NAME")), table,
              row.getString("ACTION_TIMING").toUpperCase(Locale.ROOT),
              List.of(row.getString("EVENT_MANIPULATION").toUpperCase(Locale.ROOT)), Optional.empty(),
              Optional.empty()));
        });
    Schema schema = start;
    for (View view : views) {
      schema = schema.withView(view);
    }
    for (Trigger trigger : triggers) {
      schema = schema.withTrigger(trigger);
    }
    for (Routine routine : routines()) {
      schema = schema.withRoutine(routine);
    }
    return schema;
  }

  private List<Routine> routines() throws SQLException {
    Map<ObjectPath, RoutineBuilder> routines = new LinkedHashMap<>();
    try {
      queries.forEach("SELECT ROUTINE_SCHEMA, ROUTINE_NAME, ROUTINE_TYPE, DTD_IDENTIFIER, ROUTINE_BODY"
          + " FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA IN (%s) ORDER BY ROUTINE_SCHEMA, ROUTINE_NAME",
          row -> {
            ObjectPath path = path(row, "ROUTINE_SCHEMA", "ROUTINE_NAME");
            RoutineBuilder routine = routines.computeIfAbsent(path, RoutineBuilder::new);
            String returns = row.getString("DTD_IDENTIFIER");
            if ("FUNCTION".equals(row.getString("ROUTINE_TYPE")) && returns != null) {
              routine.returnType = Optional.of(DataTypes.of(returns, dialect).toSql());
            }
            routine.language = Optional.ofNullable(row.getString("ROUTINE_BODY")).map(l -> l.toLowerCase(Locale.ROOT));
          });
      queries.forEach("SELECT SPECIFIC_SCHEMA, SPECIFIC_NAME, DATA_TYPE FROM information_schema.PARAMETERS"
          + " WHERE SPECIFIC_SCHEMA IN (%s) AND ORDINAL_POSITION > 0"
          + " ORDER BY SPECIFIC_SCHEMA, SPECIFIC_NAME, ORDINAL_POSITION", row -> {
            RoutineBuilder routine = routines.get(path(row, "SPECIFIC_SCHEMA", "SPECIFIC_NAME"));
            if (routine != null) {
              routine.arguments.add(DataTypes.of(row.getString("DATA_TYPE"), dialect).toSql());
            }
          });
    } catch (SQLException e) {
      notes.add("cannot read the routines (" + e.getMessage() + "): functions and procedures not read");
      return List.of();
    }
    return routines.values().stream().map(r -> new Routine(r.path, r.arguments, r.returnType, r.language,
        Optional.empty())).toList();
  }

  private ObjectPath path(ResultSet row, String schemaColumn, String nameColumn) throws SQLException {
    return ObjectPath.of(schemaOf.apply(row.getString(schemaColumn)), row.getString(nameColumn));
  }

  /** A routine gathered from ROUTINES and its PARAMETERS. */
  private static final class RoutineBuilder {
    final ObjectPath path;
    final List<String> arguments = new ArrayList<>();
    Optional<String> returnType = Optional.empty();
    Optional<String> language = Optional.empty();

    RoutineBuilder(ObjectPath path) {
      this.path = path;
    }
  }
}
