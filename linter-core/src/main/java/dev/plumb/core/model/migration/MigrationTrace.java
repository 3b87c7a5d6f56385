package dev.plumb.core.model.migration;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import java.util.List;
import java.util.Optional;

/**
 * A migration set replayed statement by statement: the migrations in the order they were applied, every
 * statement with the schema before and after it, and the down migrations replayed against their ups.
 *
 * @param layout the layout the set was read as: {@code flyway}, {@code golang-migrate}, {@code dbmate},
 *     {@code folder-per-migration}, {@code drizzle}, {@code numbered} or {@code files}
 * @param hasDowns whether the layout keeps down migrations (so a missing one is worth a finding)
 */
public record MigrationTrace(String layout, boolean hasDowns, List<Migration> migrations, List<ReplayStep> steps,
                             List<DownReplay> downs) {

  public MigrationTrace {
    requireNonNull(layout, "no layout given");
    migrations = List.copyOf(requireNonNull(migrations, "no migrations given"));
    steps = List.copyOf(requireNonNull(steps, "no steps given"));
    downs = List.copyOf(requireNonNull(downs, "no downs given"));
  }

  public Migration migrationOf(ReplayStep step) {
    return migrations.get(step.migration());
  }

  public List<ReplayStep> stepsOf(int migration) {
    return steps.subList(firstStepAtOrAfter(migration), firstStepAtOrAfter(migration + 1));
  }

  /**
   * The schema as it was before the migration's first statement (for "did this table exist before?"); empty
   * when nothing was replayed at all.
   */
  public Optional<Schema> schemaBefore(int migration) {
    int low = firstStepAtOrAfter(migration);
    if (low < steps.size()) {
      return Optional.of(steps.get(low).before());
    }
    return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1).after());
  }

  /**
   * The index of the first step of this migration or a later one. Steps are in replay order, so their migration
   * indexes never decrease and bisection finds it: rules that ask per migration stay linear overall.
   */
  private int firstStepAtOrAfter(int migration) {
    int low = 0;
    int high = steps.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (steps.get(middle).migration() < migration) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /**
   * Whether a statement before step {@code index} (an index into {@link #steps()}; {@code steps().size()} for
   * the whole set) may have created, changed or dropped an object of this name without the replay knowing,
   * so that rules must say nothing about it. See {@link ReplayStep#uncertainNames()}.
   */
  public boolean uncertainBefore(int index, String name) {
    for (int i = 0; i < Math.min(index, steps.size()); i++) {
      if (steps.get(i).uncertainNames().contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** The first statement that creates the object, anywhere in the set. */
  public Optional<ReplayEvent.Created> firstCreation(ObjectKind kind, ObjectPath path) {
    return steps.stream().flatMap(s -> s.events().stream())
        .filter(e -> e instanceof ReplayEvent.Created)
        .map(e -> (ReplayEvent.Created) e)
        .filter(e -> e.kind() == kind && e.path().equals(path))
        .findFirst();
  }
}
