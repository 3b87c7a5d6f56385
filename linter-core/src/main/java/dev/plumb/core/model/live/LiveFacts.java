package dev.plumb.core.model.live;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.ObjectPath;
import java.util.List;
import java.util.Optional;

/**
 * What a live database says about its own health, beyond the schema: indexes a failed CREATE INDEX CONCURRENTLY
 * left invalid, constraints never validated, how far sequences have counted, integrity problems. Read by the
 * live health rules; empty for schemas that come from files. With them, the migrations its history tables say
 * were applied, for the rules that hold them against the migration files.
 */
public record LiveFacts(List<InvalidIndex> invalidIndexes, List<UnvalidatedConstraint> unvalidatedConstraints,
                        List<SequenceUsage> sequences, List<String> integrityProblems,
                        List<AppliedMigration> history) {

  public static final LiveFacts NONE = new LiveFacts(List.of(), List.of(), List.of(), List.of());

  public LiveFacts {
    invalidIndexes = List.copyOf(requireNonNull(invalidIndexes, "no invalid indexes given"));
    unvalidatedConstraints = List.copyOf(requireNonNull(unvalidatedConstraints, "no constraints given"));
    sequences = List.copyOf(requireNonNull(sequences, "no sequences given"));
    integrityProblems = List.copyOf(requireNonNull(integrityProblems, "no integrity problems given"));
    history = List.copyOf(requireNonNull(history, "no history given"));
  }

  /** Health facts without a migration history (no history table read, or none found). */
  public LiveFacts(List<InvalidIndex> invalidIndexes, List<UnvalidatedConstraint> unvalidatedConstraints,
                   List<SequenceUsage> sequences, List<String> integrityProblems) {
    this(invalidIndexes, unvalidatedConstraints, sequences, integrityProblems, List.of());
  }

  /** These facts with the history tables' rows. */
  public LiveFacts withHistory(List<AppliedMigration> applied) {
    return new LiveFacts(invalidIndexes, unvalidatedConstraints, sequences, integrityProblems, applied);
  }

  /** An index marked invalid ({@code pg_index.indisvalid = false}): queries do not use it, writes maintain it. */
  public record InvalidIndex(ObjectPath index, ObjectPath table) {

    public InvalidIndex {
      requireNonNull(index, "no index given");
      requireNonNull(table, "no table given");
    }
  }

  /**
   * A constraint added NOT VALID and never validated ({@code pg_constraint.convalidated = false}).
   *
   * @param kind upper case: FOREIGN KEY or CHECK
   */
  public record UnvalidatedConstraint(ObjectPath table, String name, String kind) {

    public UnvalidatedConstraint {
      requireNonNull(table, "no table given");
      requireNonNull(name, "no name given");
      requireNonNull(kind, "no kind given");
    }
  }

  /**
   * How far a sequence (or an auto-increment counter) has counted towards the largest value its column's type
   * holds.
   *
   * @param type the data type that bounds it, as the database names it ({@code integer}, {@code bigint})
   * @param lastValue the last value handed out; empty if none was yet
   * @param maxValue the largest value it can hand out: its own MAXVALUE or the column type's, whichever is less
   * @param column the column it fills, if it is owned by one
   */
  public record SequenceUsage(ObjectPath sequence, String type, Optional<Long> lastValue, long maxValue,
                              Optional<ObjectPath> column) {

    public SequenceUsage {
      requireNonNull(sequence, "no sequence given");
      requireNonNull(type, "no type given");
      requireNonNull(lastValue, "lastValue is Optional, not null");
      requireNonNull(column, "column is Optional, not null");
    }

    /** The share of the range used, 0 to 1. */
    public double usedFraction() {
      return lastValue.map(v -> Math.max(0, v) / (double) maxValue).orElse(0.0);
    }
  }
}
