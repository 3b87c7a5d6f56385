package dev.plumb.rules.migration;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.migration.MigrationTrace;
import dev.plumb.core.model.migration.ObjectKind;
import dev.plumb.core.model.migration.ReplayEvent;
import dev.plumb.core.model.migration.ReplayEvent.Created;
import dev.plumb.core.model.migration.ReplayEvent.Dropped;
import dev.plumb.core.model.migration.ReplayStep;
import java.util.stream.Stream;

/** Creating what exists, or dropping what does not, fails the statement, and with it the deploy. */
@RuleInfo(
    id = "duplicate-object",
    severity = Severity.ERROR,
    category = "migration",
    summary = "A statement creates an object that already exists, or drops one that does not",
    description = "Replaying the migrations in order, a CREATE (or ADD COLUMN, ADD CONSTRAINT, RENAME TO) makes "
        + "an object whose name is taken, without IF NOT EXISTS or OR REPLACE, or a DROP removes one that does "
        + "not exist, without IF EXISTS. The database rejects the statement. Typical causes: a migration that "
        + "repeats part of an earlier one, two branches that both add the object, or a DROP of a name that was "
        + "never created. A constraint dropped by a name the database gave it is not reported, since the name "
        + "Plumb gives may differ.",
    remediation = "Remove the duplicate statement, or rename the object; if the migration must run against "
        + "databases in either state, write IF NOT EXISTS / IF EXISTS.")
public final class DuplicateObject implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    context.migrations().ifPresent(trace -> {
      TraceFacts.Uncertainty uncertainty = new TraceFacts.Uncertainty(trace);
      for (int i = 0; i < trace.steps().size(); i++) {
        ReplayStep step = trace.steps().get(i);
        for (ReplayEvent event : step.events()) {
          if (!fails(event) || uncertainty.before(i, event.kind(), event.path())
              || (event instanceof Dropped && inAnotherSchema(step.before(), event))) {
            continue;
          }
          if (event instanceof Created created) {
            reportCreated(context, trace, i, created);
          } else if (event instanceof Dropped dropped) {
            context.report(Location.of(dropped.span(), dropped.path()), TraceFacts.capitalized(dropped.kind())
                + " " + dropped.path() + " does not exist, so dropping it fails")
                .remediation("Remove the statement, or write IF EXISTS if the " + dropped.kind().word()
                    + " may be absent.");
          }
        }
      }
    });
  }

  /** Whether the database rejects the statement for this event; constraint names Plumb may have guessed wrong. */
  private static boolean fails(ReplayEvent event) {
    return (event instanceof Created created && created.existed() && !created.ifNotExists())
        || (event instanceof Dropped dropped && !dropped.existed() && !dropped.ifExists()
            && dropped.kind() != ObjectKind.CONSTRAINT);
  }

  /**
   * Whether an object of the dropped one's name exists in another schema: the search path, which the replay does
   * not follow, may lead there.
   */
  private static boolean inAnotherSchema(Schema schema, ReplayEvent dropped) {
    String name = dropped.path().name();
    Stream<ObjectPath> candidates = switch (dropped.kind()) {
      case TABLE -> schema.tables().keySet().stream();
      case VIEW -> schema.views().keySet().stream();
      case SEQUENCE -> schema.sequences().keySet().stream();
      case TYPE -> schema.enumTypes().keySet().stream();
      case FUNCTION -> schema.routines().values().stream().map(r -> r.path());
      case INDEX -> schema.allTables().stream().flatMap(t -> t.indexes().stream()).map(i -> i.path());
      default -> Stream.empty();
    };
    return candidates.anyMatch(path -> path.name().equals(name));
  }

  private static void reportCreated(RuleContext context, MigrationTrace trace, int index, Created created) {
    FindingBuilder finding = context.report(Location.of(created.span(), created.path()),
        TraceFacts.capitalized(created.kind()) + " " + created.path() + " already exists, so creating it fails");
    TraceFacts.createdBefore(trace, index, created.kind(), created.path())
        .ifPresent(earlier -> finding.related(earlier.span(), created.kind().word() + " " + created.path()
            + " is created here"));
    finding.remediation("Remove the duplicate statement or give the new " + created.kind().word()
        + " another name.");
  }
}
