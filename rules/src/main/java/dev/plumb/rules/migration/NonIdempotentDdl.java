package dev.plumb.rules.migration;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.migration.ObjectKind;
import dev.plumb.core.model.migration.ReplayEvent;
import dev.plumb.core.model.migration.ReplayEvent.Created;
import dev.plumb.core.model.migration.ReplayEvent.Dropped;
import dev.plumb.core.model.migration.ReplayStep;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A migration that fails when run twice cannot be retried after it stopped half way. */
@RuleInfo(
    id = "non-idempotent-ddl",
    severity = Severity.NOTE,
    category = "migration",
    enabledByDefault = false,
    summary = "A CREATE or DROP fails when the migration runs a second time",
    description = "CREATE without IF NOT EXISTS (or OR REPLACE), and DROP without IF EXISTS, fail when the object "
        + "is already there, or already gone. Where migrations run outside a transaction (MySQL DDL commits at "
        + "once) or are re-run by hand after a failure, such statements make the retry fail. Off by default: "
        + "with a migration tool that records what ran, it is a matter of taste. Only statements whose object "
        + "the dialect can guard are reported.",
    remediation = "Write `CREATE TABLE IF NOT EXISTS`, `CREATE OR REPLACE VIEW`, `DROP ... IF EXISTS` and so on.")
public final class NonIdempotentDdl implements SchemaRule {

  private static final Set<ObjectKind> DROPPABLE = Set.of(ObjectKind.TABLE, ObjectKind.INDEX, ObjectKind.VIEW,
      ObjectKind.SEQUENCE, ObjectKind.SCHEMA, ObjectKind.EXTENSION, ObjectKind.TYPE, ObjectKind.FUNCTION,
      ObjectKind.TRIGGER);

  @Override
  public void check(RuleContext context) {
    context.migrations().ifPresent(trace -> {
      for (ReplayStep step : trace.steps()) {
        for (ReplayEvent event : step.events()) {
          if (event instanceof Created created && !created.ifNotExists() && step.verb().startsWith("CREATE ")) {
            guard(created.kind(), context.dialect()).ifPresent(guard -> context.report(
                Location.of(created.span(), created.path()), TraceFacts.capitalized(created.kind()) + " "
                    + created.path() + " is created without " + guard + ", so running the migration again fails")
                .remediation("Write `" + example(created, guard) + "`."));
          } else if (event instanceof Dropped dropped && !dropped.ifExists() && step.verb().startsWith("DROP ")
              && DROPPABLE.contains(dropped.kind())) {
            context.report(Location.of(dropped.span(), dropped.path()), TraceFacts.capitalized(dropped.kind())
                + " " + dropped.path() + " is dropped without IF EXISTS, so running the migration again fails")
                .remediation("Write `DROP " + dropped.kind().word().toUpperCase(Locale.ROOT)
                    + " IF EXISTS`.");
          }
        }
      }
    });
  }

  /**
   * The words that make a CREATE of this kind safe to repeat in the dialect, if it has any (PostgreSQL has none
   * for types, MySQL none for indexes).
   */
  private static Optional<String> guard(ObjectKind kind, Dialect dialect) {
    Set<ObjectKind> ifNotExists = switch (dialect) {
      case POSTGRESQL -> Set.of(ObjectKind.TABLE, ObjectKind.INDEX, ObjectKind.SEQUENCE, ObjectKind.SCHEMA,
          ObjectKind.EXTENSION);
      case MYSQL, MARIADB -> Set.of(ObjectKind.TABLE);
      case SQLITE -> Set.of(ObjectKind.TABLE, ObjectKind.INDEX, ObjectKind.VIEW, ObjectKind.TRIGGER);
      case H2 -> Set.of(ObjectKind.TABLE, ObjectKind.INDEX, ObjectKind.SEQUENCE, ObjectKind.SCHEMA);
    };
    Set<ObjectKind> orReplace = switch (dialect) {
      case POSTGRESQL -> Set.of(ObjectKind.VIEW, ObjectKind.FUNCTION, ObjectKind.TRIGGER);
      case MYSQL, MARIADB, H2 -> Set.of(ObjectKind.VIEW);
      case SQLITE -> Set.of();
    };
    return ifNotExists.contains(kind) ? Optional.of("IF NOT EXISTS")
        : orReplace.contains(kind) ? Optional.of("OR REPLACE") : Optional.empty();
  }

  /** An index needs its name written for IF NOT EXISTS: the one the database gives an unnamed index will do. */
  private static String example(Created created, String guard) {
    String word = created.kind().word().toUpperCase(Locale.ROOT);
    String name = created.kind() == ObjectKind.INDEX ? " " + created.path().name() : "";
    return guard.equals("OR REPLACE") ? "CREATE OR REPLACE " + word : "CREATE " + word + " IF NOT EXISTS" + name;
  }
}
