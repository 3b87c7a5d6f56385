package dev.plumb.core.engine;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.expected.ExpectedTable;
import dev.plumb.core.model.migration.ReplayEvent;
import java.util.Optional;

/**
 * Where the files of a live run declare a live object, so its finding points at a line: the migration statement
 * that first created it (or its table), else its table's entry in the expected schema.
 */
final class Declarations {

  private Declarations() {
  }

  static Optional<SourceSpan> of(LintInput input, ObjectPath object) {
    if (input.liveFacts().isEmpty()) {
      return Optional.empty();
    }
    // An object below a table (a constraint, a column) falls back to the table; a schema is no declaration.
    for (ObjectPath path = object; path.depth() >= 2; path = path.parent()) {
      ObjectPath wanted = path;
      Optional<SourceSpan> created = input.trace().flatMap(trace -> trace.steps().stream()
          .flatMap(step -> step.events().stream())
          .filter(e -> e instanceof ReplayEvent.Created c && c.path().equals(wanted))
          .map(e -> ((ReplayEvent.Created) e).span()).findFirst());
      Optional<SourceSpan> declared = created.or(() -> input.expected()
          .flatMap(expected -> expected.table(wanted)).map(ExpectedTable::span));
      if (declared.isPresent()) {
        return declared;
      }
    }
    return Optional.empty();
  }
}
