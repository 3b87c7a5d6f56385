package dev.plumb.rules.safety;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.operation.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The locks of one statement that stop the application's reads or writes on tables that may hold rows and serve
 * traffic: what the timeout rules look at. Tables the migration created itself are left out.
 *
 * @param statement how messages name the statement: {@code ALTER TABLE}, {@code VACUUM FULL}
 * @param mode the strongest such lock
 * @param tables the tables it is taken on, first named first
 */
record TrafficLocks(String statement, LockMode mode, List<ObjectPath> tables, SourceSpan span) {

  TrafficLocks {
    requireNonNull(statement, "no statement given");
    requireNonNull(mode, "no mode given");
    tables = List.copyOf(requireNonNull(tables, "no tables given"));
    requireNonNull(span, "no span given");
  }

  /** The strongest traffic-blocking lock the statement takes on an existing table, if it takes one. */
  static Optional<TrafficLocks> of(SafetyStep step) {
    List<TableLock> blocking = new ArrayList<>();
    String statement = step.step().verb();
    for (Operation operation : step.operations()) {
      for (TableLock lock : step.locks(operation)) {
        if (lock.mode().blocksTraffic() && step.isExistingTable(lock.table())) {
          blocking.add(lock);
          if (operation instanceof Operation.Maintenance maintenance) {
            statement = maintenance.command();
          }
        }
      }
    }
    Optional<LockMode> strongest = blocking.stream().map(TableLock::mode).max(Comparator.naturalOrder());
    String name = statement;
    return strongest.map(mode -> new TrafficLocks(name, mode, blocking.stream()
        .filter(lock -> lock.mode() == mode).map(TableLock::table).distinct().toList(), step.step().span()));
  }

  /** "orders", "orders and customers". */
  String tableNames(Dialect dialect) {
    return tables.stream().map(t -> SqlNames.of(t, dialect)).collect(Collectors.joining(" and "));
  }

  /** "waits for an ACCESS EXCLUSIVE lock on orders, which blocks every read and write of the table". */
  String waitsFor(Dialect dialect) {
    String article = mode.sqlName().toLowerCase(Locale.ROOT).matches("^[aeiou].*") ? "an " : "a ";
    return statement + " waits for " + article + mode.sqlName() + " lock on " + tableNames(dialect) + ", which "
        + mode.blocks();
  }

  /** What queues behind the statement while it waits for the lock. */
  String queued(Dialect dialect) {
    return (mode.blocksReads() ? "every other query on " : "every write to ") + tableNames(dialect);
  }
}
