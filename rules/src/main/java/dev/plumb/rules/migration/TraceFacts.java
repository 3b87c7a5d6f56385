package dev.plumb.rules.migration;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.migration.MigrationTrace;
import dev.plumb.core.model.migration.ObjectKind;
import dev.plumb.core.model.migration.ReplayEvent;
import dev.plumb.core.model.migration.ReplayStep;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Questions the migration rules ask of a trace, answered by walking its steps. */
final class TraceFacts {

  private TraceFacts() {
  }

  /**
   * The names statements made uncertain ({@link ReplayStep#uncertainNames()}), each with the first step that
   * did, gathered in one pass so that asking about every event of a long trace stays cheap.
   */
  static final class Uncertainty {

    private final Map<String, Integer> firstStep = new HashMap<>();

    Uncertainty(MigrationTrace trace) {
      for (int i = 0; i < trace.steps().size(); i++) {
        for (String name : trace.steps().get(i).uncertainNames()) {
          firstStep.putIfAbsent(name, i);
        }
      }
    }

    /**
     * Whether a statement before step {@code index} may have touched the object without the replay knowing:
     * then the rules say nothing about it. A column is as uncertain as its table.
     */
    boolean before(int index, ObjectKind kind, ObjectPath path) {
      return before(index, path.name()) || (kind == ObjectKind.COLUMN && before(index, path.parent().name()));
    }

    boolean before(int index, String name) {
      Integer first = firstStep.get(name);
      return first != null && first < index;
    }
  }

  /** The first statement after step {@code index} that creates the object (a table may also come as a view). */
  static Optional<ReplayEvent.Created> createdAfter(MigrationTrace trace, int index, ObjectKind kind,
                                                     ObjectPath path) {
    Set<ObjectKind> kinds = kind == ObjectKind.TABLE ? Set.of(ObjectKind.TABLE, ObjectKind.VIEW) : Set.of(kind);
    List<ReplayStep> steps = trace.steps();
    for (int i = index + 1; i < steps.size(); i++) {
      for (ReplayEvent event : steps.get(i).events()) {
        if (event instanceof ReplayEvent.Created created && kinds.contains(created.kind())
            && created.path().equals(path)) {
          return Optional.of(created);
        }
      }
    }
    return Optional.empty();
  }

  /** The last statement before step {@code index} that dropped the object. */
  static Optional<ReplayEvent.Dropped> droppedBefore(MigrationTrace trace, int index, ObjectKind kind,
                                                     ObjectPath path) {
    for (int i = Math.min(index, trace.steps().size()) - 1; i >= 0; i--) {
      for (ReplayEvent event : trace.steps().get(i).events()) {
        if (event instanceof ReplayEvent.Dropped dropped && dropped.kind() == kind && dropped.path().equals(path)
            && dropped.existed()) {
          return Optional.of(dropped);
        }
      }
    }
    return Optional.empty();
  }

  /** The last statement before step {@code index} that created the object. */
  static Optional<ReplayEvent.Created> createdBefore(MigrationTrace trace, int index, ObjectKind kind,
                                                     ObjectPath path) {
    for (int i = Math.min(index, trace.steps().size()) - 1; i >= 0; i--) {
      for (ReplayEvent event : trace.steps().get(i).events()) {
        if (event instanceof ReplayEvent.Created created && created.kind() == kind && created.path().equals(path)) {
          return Optional.of(created);
        }
      }
    }
    return Optional.empty();
  }

  /** {@code db/V12__metrics.sql:4}: where a statement is, for messages. */
  static String place(SourceSpan span) {
    return span.file() + ":" + span.line();
  }

  /** "Table", "Column", ...: the kind as a message starts with it. */
  static String capitalized(ObjectKind kind) {
    String word = kind.word();
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
