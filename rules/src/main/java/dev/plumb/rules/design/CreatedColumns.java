package dev.plumb.rules.design;

import dev.plumb.core.api.DerivedFact;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.migration.ReplayStep;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.core.model.operation.TableChange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns the migrations create, for advice about how they are declared. Only the last creation of each
 * column counts (a column dropped and added again is judged by its new declaration), and only where the final
 * schema still has the column: advice about a column a later migration dropped or retyped would be noise.
 */
final class CreatedColumns {

  private CreatedColumns() {
  }

  /** Computed once per run for all the design rules. */
  private static final DerivedFact<List<CreatedColumn>> FACT = CreatedColumns::lastCreations;

  /** Each column's last creation, in the order the migrations create them. */
  static List<CreatedColumn> of(RuleContext context) {
    return context.derived(FACT);
  }

  private static List<CreatedColumn> lastCreations(RuleContext context) {
    Map<ObjectPath, CreatedColumn> last = new LinkedHashMap<>();
    context.migrations().ifPresent(trace -> {
      for (ReplayStep step : trace.steps()) {
        for (Operation operation : step.operations()) {
          if (operation instanceof Operation.CreateTable create) {
            create.columns().forEach(c -> remember(last, new CreatedColumn(create.table(), c)));
          } else if (operation instanceof Operation.AlterTable alter) {
            alter.changes().stream().filter(c -> c instanceof TableChange.AddColumn)
                .map(c -> ((TableChange.AddColumn) c).column())
                .forEach(c -> remember(last, new CreatedColumn(alter.table(), c)));
          }
        }
      }
    });
    return List.copyOf(last.values());
  }

  /** The column as the schema under check has it; empty when it was dropped or renamed since. */
  static Optional<Column> finalColumn(RuleContext context, CreatedColumn created) {
    return context.actual().table(created.table()).flatMap(t -> t.column(created.definition().name()));
  }

  private static void remember(Map<ObjectPath, CreatedColumn> last, CreatedColumn created) {
    // Removing first keeps the map in the order of the last creations.
    last.remove(created.path());
    last.put(created.path(), created);
  }
}
