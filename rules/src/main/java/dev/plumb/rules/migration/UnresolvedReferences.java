package dev.plumb.rules.migration;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.migration.MigrationTrace;
import dev.plumb.core.model.migration.ObjectKind;
import dev.plumb.core.model.migration.ReplayEvent;
import dev.plumb.core.model.migration.ReplayEvent.UnresolvedReference;
import dev.plumb.core.model.migration.ReplayStep;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the unknown-*-reference rules share: the replay's unresolved references of some kinds, each reported
 * with where the object is created, if anywhere, so that the fix is to move the statement.
 */
final class UnresolvedReferences {

  private UnresolvedReferences() {
  }

  static void report(RuleContext context, Set<ObjectKind> kinds) {
    report(context, kinds, path -> true);
  }

  /** @param reported whether a missing object of this path is worth a finding */
  static void report(RuleContext context, Set<ObjectKind> kinds, Predicate<ObjectPath> reported) {
    context.migrations().ifPresent(trace -> {
      TraceFacts.Uncertainty uncertainty = new TraceFacts.Uncertainty(trace);
      for (int i = 0; i < trace.steps().size(); i++) {
        ReplayStep step = trace.steps().get(i);
        for (ReplayEvent event : step.events()) {
          if (event instanceof UnresolvedReference reference && kinds.contains(reference.kind())
              && !uncertainty.before(i, reference.kind(), reference.path()) && reported.test(reference.path())) {
            report(context, trace, i, reference);
          }
        }
      }
    });
  }

  private static void report(RuleContext context, MigrationTrace trace, int index, UnresolvedReference reference) {
    String what = reference.kind().word() + " " + reference.path();
    FindingBuilder finding = context.report(Location.of(reference.span(), reference.path()),
        TraceFacts.capitalized(reference.kind()) + " " + reference.path() + " does not exist when it is "
            + reference.usage());
    Optional<ReplayEvent.Created> later = TraceFacts.createdAfter(trace, index, reference.kind(), reference.path());
    if (later.isPresent()) {
      finding.related(later.get().span(), what + " is created here")
          .remediation("Created in " + TraceFacts.place(later.get().span()) + "; move this statement after it.");
      return;
    }
    Optional<ReplayEvent.Dropped> dropped = TraceFacts.droppedBefore(trace, index, reference.kind(),
        reference.path());
    if (dropped.isPresent()) {
      finding.related(dropped.get().span(), what + " is dropped here")
          .remediation("Dropped in " + TraceFacts.place(dropped.get().span())
              + "; remove this statement or do not drop it there.");
      return;
    }
    finding.remediation("No migration creates it; create it before this statement, or correct the name.");
  }
}
