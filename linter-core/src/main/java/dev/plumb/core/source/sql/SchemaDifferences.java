package dev.plumb.core.source.sql;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.migration.ObjectKind;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Reports what a change created and dropped by comparing the schema before and after it: for the statements read
 * by Plumb's own grammars, whose changes do not report events themselves. Nothing is known of IF [NOT] EXISTS
 * there, so nothing is reported as having existed already: the difference never makes a duplicate.
 */
final class SchemaDifferences {

  private SchemaDifferences() {
  }

  static UnaryOperator<Schema> reporting(UnaryOperator<Schema> change, StatementEvents events, SourceSpan span) {
    return before -> {
      Schema after = change.apply(before);
      if (after != before) {
        report(before, after, events, Optional.of(span));
      }
      return after;
    };
  }

  private static void report(Schema before, Schema after, StatementEvents events, Optional<SourceSpan> span) {
    compare(ObjectKind.TABLE, before.tables(), after.tables(), Function.identity(), events, span);
    compare(ObjectKind.VIEW, before.views(), after.views(), Function.identity(), events, span);
    compare(ObjectKind.SEQUENCE, before.sequences(), after.sequences(), Function.identity(), events, span);
    compare(ObjectKind.TYPE, before.enumTypes(), after.enumTypes(), Function.identity(), events, span);
    compare(ObjectKind.TYPE, before.domains(), after.domains(), Function.identity(), events, span);
    compare(ObjectKind.TRIGGER, before.triggers(), after.triggers(), Function.identity(), events, span);
    compare(ObjectKind.EXTENSION, before.extensions(), after.extensions(), ObjectPath::of, events, span);
    // A grammar's statement creates or drops at most one index, which changes the count of index names.
    if (before.tables() != after.tables() && before.indexNameCount() != after.indexNameCount()) {
      compareIndexes(before, after, events, span);
    }
  }

  private static <K> void compare(ObjectKind kind, Map<K, ?> before, Map<K, ?> after, Function<K, ObjectPath> path,
                                  StatementEvents events, Optional<SourceSpan> span) {
    // A grammar's statement creates or drops at most one object of a kind, so equal sizes mean neither; that
    // spares walking every key of a large map for the many statements that only change an object.
    if (before == after || before.size() == after.size()) {
      return;
    }
    for (K key : after.keySet()) {
      if (!before.containsKey(key)) {
        events.created(kind, path.apply(key), span, false, false);
      }
    }
    for (K key : before.keySet()) {
      if (!after.containsKey(key)) {
        events.dropped(kind, path.apply(key), span, false, true);
      }
    }
  }

  /** Only tables whose value changed are looked at: an unchanged table is the same object, indexes and all. */
  private static void compareIndexes(Schema before, Schema after, StatementEvents events,
                                     Optional<SourceSpan> span) {
    Set<ObjectPath> was = new HashSet<>();
    Set<ObjectPath> is = new HashSet<>();
    for (Map.Entry<ObjectPath, Table> entry : after.tables().entrySet()) {
      Table old = before.tables().get(entry.getKey());
      if (old != entry.getValue()) {
        entry.getValue().indexes().forEach(i -> is.add(i.path()));
        if (old != null) {
          old.indexes().forEach(i -> was.add(i.path()));
        }
      }
    }
    for (Map.Entry<ObjectPath, Table> entry : before.tables().entrySet()) {
      if (!after.tables().containsKey(entry.getKey())) {
        entry.getValue().indexes().forEach(i -> was.add(i.path()));
      }
    }
    is.stream().filter(p -> !was.contains(p)).forEach(p -> events.created(ObjectKind.INDEX, p, span, false, false));
    was.stream().filter(p -> !is.contains(p)).forEach(p -> events.dropped(ObjectKind.INDEX, p, span, false, true));
  }
}
