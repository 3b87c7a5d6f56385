package dev.plumb.core.engine;

import dev.plumb.core.api.DerivedFact;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.expected.ExpectedTable;
import dev.plumb.core.model.migration.ReplayEvent;
import dev.plumb.core.model.migration.ReplayStep;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the files of a live run declare a live object, so its finding points at a line: the migration statement
 * that first created it (or its table), else its table's entry in the expected schema. Built once per run: a run
 * against a large database may anchor thousands of findings.
 */
final class Declarations {

  static final DerivedFact<Declarations> FACT = Declarations::new;

  private final RuleContext context;
  private final Map<ObjectPath, SourceSpan> firstCreated = new HashMap<>();

  private Declarations(RuleContext context) {
    this.context = context;
    context.migrations().ifPresent(trace -> {
      for (ReplayStep step : trace.steps()) {
        for (ReplayEvent event : step.events()) {
          if (event instanceof ReplayEvent.Created created) {
            firstCreated.putIfAbsent(created.path(), created.span());
          }
        }
      }
    });
  }

  Optional<SourceSpan> of(ObjectPath object) {
    Optional<SourceSpan> declared = declared(object);
    if (declared.isPresent()) {
      return declared;
    }
    // An index's path names its schema, not its table: an index no file declares points at its table.
    return context.actual().index(object).map(Index::table).flatMap(this::declared);
  }

  /** An object below a table (a constraint, a column) falls back to the table; a schema is no declaration. */
  private Optional<SourceSpan> declared(ObjectPath object) {
    for (ObjectPath path = object; path.depth() >= 2; path = path.parent()) {
      ObjectPath wanted = path;
      Optional<SourceSpan> declared = Optional.ofNullable(firstCreated.get(wanted)).or(() -> context.expected()
          .flatMap(expected -> expected.table(wanted)).map(ExpectedTable::span));
      if (declared.isPresent()) {
        return declared;
      }
    }
    return Optional.empty();
  }
}
