package dev.plumb.rules.live;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.api.DerivedFact;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.ddl.DdlWriter;
import dev.plumb.core.ddl.DdlWriter.ColumnSpec;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.PrimaryKey;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.migration.MigrationTrace;
import dev.plumb.core.model.migration.ObjectKind;
import dev.plumb.core.model.migration.ReplayEvent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The two schemas the drift rules compare: the live database's and the one its migrations build. Drift is only
 * looked for when both are there (a live database checked together with its migrations); the rules stay silent
 * about the migration tools' own tables and about every object the replay is unsure of.
 *
 * @param live the schema read from the live database
 * @param built the schema the migrations build, empty when none were replayed
 * @param uncertainNames every name some statement may have touched without the replay knowing
 */
record Drift(Schema live, Schema built, MigrationTrace trace, Set<String> uncertainNames) {

  /** The history tables migration tools keep in the database they migrate; no migration creates them. */
  private static final Set<String> TOOL_TABLES = Set.of("flyway_schema_history", "schema_version",
      "schema_migrations", "goose_db_version", "__drizzle_migrations", "databasechangelog",
      "databasechangeloglock");
  /** Drizzle keeps its history in a schema of its own. */
  private static final String TOOL_SCHEMA = "drizzle";
  /** Computed once per run for the nine drift rules. */
  private static final DerivedFact<Optional<Drift>> FACT = Drift::compute;

  Drift {
    requireNonNull(live, "no live schema given");
    requireNonNull(built, "no built schema given");
    requireNonNull(trace, "no trace given");
    uncertainNames = Set.copyOf(requireNonNull(uncertainNames, "no uncertain names given"));
  }

  /** The drift to look at in this run: empty unless a live database is checked together with migrations. */
  static Optional<Drift> of(RuleContext context) {
    return context.derived(FACT);
  }

  private static Optional<Drift> compute(RuleContext context) {
    if (!isLive(context)) {
      return Optional.empty();
    }
    return context.migrations().map(trace -> new Drift(context.actual(), trace.steps().isEmpty()
        ? Schema.empty(context.dialect()) : trace.steps().get(trace.steps().size() - 1).after(), trace,
        trace.steps().stream().flatMap(step -> step.uncertainNames().stream()).collect(Collectors.toSet())));
  }

  /** The one switch between a live run and a run on files alone. */
  private static boolean isLive(RuleContext context) {
    return context.checksLiveDatabase();
  }

  /**
   * Whether the drift rules say nothing about the table: a migration tool's history, a name the replay is unsure
   * of, or a schema the live database was not read in (a {@code --schema} filter left it out).
   */
  boolean ignoresTable(ObjectPath table) {
    String name = table.name().toLowerCase(Locale.ROOT);
    return TOOL_TABLES.contains(name) || table.parent().name().equalsIgnoreCase(TOOL_SCHEMA)
        || uncertain(table.name()) || !live.namespaces().contains(table.parent().name());
  }

  /** Whether a statement may have created, changed or dropped an object of this name without the replay knowing. */
  boolean uncertain(String name) {
    return uncertainNames.contains(name);
  }

  /** Where the migrations declare the object: its span in the built schema, else the statement that created it. */
  Optional<SourceSpan> declaration(ObjectKind kind, ObjectPath path, Optional<SourceSpan> modelSpan) {
    return modelSpan.or(() -> trace.firstCreation(kind, path).map(ReplayEvent.Created::span));
  }

  /** The tables both schemas have, which the rules may compare, with the built one first. */
  void forEachSharedTable(TablePair pair) {
    for (Table builtTable : built.allTables()) {
      if (!ignoresTable(builtTable.path())) {
        live.table(builtTable.path()).ifPresent(liveTable -> pair.accept(builtTable, liveTable));
      }
    }
  }

  /** The columns both schemas have, in tables both have, leaving out any the replay is unsure of. */
  void forEachSharedColumn(ColumnPair pair) {
    forEachSharedTable((builtTable, liveTable) -> {
      for (Column builtColumn : builtTable.columns()) {
        liveTable.column(builtColumn.name()).ifPresent(liveColumn -> pair.accept(builtTable, builtColumn,
            liveColumn));
      }
    });
  }

  /** Whether the index name is one to compare: not one the replay is unsure of. */
  boolean comparesIndex(Index index) {
    return !uncertain(index.name());
  }

  /** A column as a remediation restates it. */
  static ColumnSpec spec(Column column) {
    return new ColumnSpec(column.name(), column.type(), !column.nullable(), column.defaultExpression());
  }

  /** The table as a migration would create it: its columns and primary key. */
  static String createTable(DdlWriter ddl, Table table) {
    List<String> primaryKey = table.primaryKey().map(PrimaryKey::columns).orElse(List.of());
    return ddl.createTable(table.path(), table.columns().stream().map(Drift::spec).toList(), primaryKey);
  }

  /** What a rule does with a table both schemas have. */
  @FunctionalInterface
  interface TablePair {
    void accept(Table built, Table live);
  }

  /** What a rule does with a column both schemas have. */
  @FunctionalInterface
  interface ColumnPair {
    void accept(Table built, Column builtColumn, Column liveColumn);
  }
}
