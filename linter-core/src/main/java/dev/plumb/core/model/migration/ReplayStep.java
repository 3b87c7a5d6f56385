package dev.plumb.core.model.migration;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.operation.Operation;
import java.util.List;
import java.util.Set;

/**
 * One statement of the replay: where it is, whether Plumb understood it, the schema before and after it, and
 * what it did. Schemas share their unchanged parts, so keeping one pair per statement is cheap.
 *
 * @param migration index into {@link MigrationTrace#migrations()}
 * @param verb the statement's leading keywords, upper case: {@code CREATE TABLE}, {@code ALTER TABLE}, ...
 * @param understood false when the statement could not be parsed; then {@code after} equals {@code before}
 *     and rules must not draw conclusions about what it touches
 * @param uncertainNames names (as the dialect stores them) of objects this statement may have created, changed
 *     or dropped without the replay knowing: every name written in a statement that was not understood or that
 *     runs code the replay cannot follow ({@code DO}), or a table whose columns the replay could not tell
 *     ({@code CREATE TABLE ... AS}, {@code INHERITS}); rules say nothing about objects of these names from here on
 * @param operations what the statement asks the database to do, read from its text whether or not the replay
 *     understood it; empty for statements no safety rule cares about
 */
public record ReplayStep(int migration, SourceSpan span, String verb, boolean understood, Schema before,
                         Schema after, List<ReplayEvent> events, Set<String> uncertainNames,
                         List<Operation> operations) {

  public ReplayStep {
    requireNonNull(span, "no span given");
    requireNonNull(verb, "no verb given");
    requireNonNull(before, "no schema before given");
    requireNonNull(after, "no schema after given");
    events = List.copyOf(requireNonNull(events, "no events given"));
    uncertainNames = Set.copyOf(requireNonNull(uncertainNames, "no uncertain names given"));
    operations = List.copyOf(requireNonNull(operations, "no operations given"));
  }

  /** A step without operations. */
  public ReplayStep(int migration, SourceSpan span, String verb, boolean understood, Schema before, Schema after,
                    List<ReplayEvent> events, Set<String> uncertainNames) {
    this(migration, span, verb, understood, before, after, events, uncertainNames, List.of());
  }

  /** A step the replay is sure about. */
  public ReplayStep(int migration, SourceSpan span, String verb, boolean understood, Schema before, Schema after,
                    List<ReplayEvent> events) {
    this(migration, span, verb, understood, before, after, events, Set.of(), List.of());
  }
}
