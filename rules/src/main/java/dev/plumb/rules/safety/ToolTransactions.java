package dev.plumb.rules.safety;

import dev.plumb.core.api.MigrationSettings;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.migration.Migration;
import dev.plumb.core.model.migration.MigrationTrace;
import dev.plumb.core.model.migration.ReplayStep;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.core.model.operation.TableChange;
import java.util.List;

/**
 * What migration tools do with transactions beyond their habit of wrapping each file in one: the files they run
 * without a transaction because of what those files hold, and how a user asks for a file to run without one.
 *
 * <p>Flyway's PostgreSQL parser marks {@code CREATE|DROP [UNIQUE] INDEX CONCURRENTLY}, {@code REINDEX
 * SCHEMA|DATABASE|SYSTEM}, {@code VACUUM} and {@code CREATE|DROP DATABASE|TABLESPACE|SUBSCRIPTION} as
 * non-transactional, and runs a migration holding one without a transaction; it refuses a migration that mixes
 * them with any other statement (a {@code SET} included) unless {@code mixed} is true, which runs the whole file
 * without a transaction. It does not know {@code REINDEX INDEX|TABLE CONCURRENTLY} or {@code DETACH PARTITION
 * CONCURRENTLY}: those run in its transaction. golang-migrate sends a whole file as one query, which PostgreSQL
 * runs as one implicit transaction when it holds more than one statement; a file of one statement runs alone.
 */
public final class ToolTransactions {

  public static final String FLYWAY = "flyway";
  public static final String GOLANG_MIGRATE = "golang-migrate";

  private ToolTransactions() {
  }

  /**
   * Whether the tool of this layout, when it wraps files in a transaction by habit, wraps this one: Flyway leaves
   * out files holding a statement it knows cannot run in one, golang-migrate files of a single statement.
   *
   * @param file the steps of one migration file, in order
   */
  public static boolean wrapsFile(String layout, List<ReplayStep> file, Dialect dialect) {
    if (dialect != Dialect.POSTGRESQL) {
      return true;
    }
    if (layout.equals(FLYWAY)) {
      return file.stream().noneMatch(ToolTransactions::flywayNonTransactional);
    }
    if (layout.equals(GOLANG_MIGRATE)) {
      return file.size() > 1;
    }
    return true;
  }

  /**
   * Whether Flyway refuses this file (with its default {@code mixed = false}) because it mixes statements Flyway
   * runs only outside a transaction with others.
   */
  public static boolean flywayRefusesMix(String layout, Migration migration, List<ReplayStep> file,
                                         MigrationSettings settings, Dialect dialect) {
    // A script configuration that says executeInTransaction settles the question for Flyway.
    if (dialect != Dialect.POSTGRESQL || !layout.equals(FLYWAY) || migration.transactional().isPresent()
        || !settings.inTransaction(layout)) {
      return false;
    }
    long outside = file.stream().filter(ToolTransactions::flywayNonTransactional).count();
    return outside > 0 && outside < file.size();
  }

  /** Whether Flyway's PostgreSQL parser marks the statement as one that cannot run in a transaction. */
  public static boolean flywayNonTransactional(ReplayStep step) {
    return step.operations().stream().anyMatch(ToolTransactions::flywayNonTransactional);
  }

  private static boolean flywayNonTransactional(Operation operation) {
    if (operation instanceof Operation.CreateIndex create) {
      return create.concurrently();
    }
    if (operation instanceof Operation.DropIndex drop) {
      return drop.concurrently();
    }
    if (operation instanceof Operation.Reindex reindex) {
      return !reindex.target().equals("INDEX") && !reindex.target().equals("TABLE");
    }
    if (operation instanceof Operation.Maintenance maintenance) {
      return maintenance.command().startsWith("VACUUM");
    }
    if (operation instanceof Operation.Drop drop) {
      return List.of("DATABASE", "TABLESPACE", "SUBSCRIPTION").contains(drop.objectType());
    }
    return false;
  }

  /**
   * Whether the operation is one of PostgreSQL's concurrent forms, which refuse to run inside a transaction block:
   * {@code CREATE|DROP INDEX CONCURRENTLY}, {@code REINDEX ... CONCURRENTLY}, {@code DETACH PARTITION ...
   * CONCURRENTLY}.
   */
  public static boolean isConcurrent(Operation operation) {
    if (operation instanceof Operation.CreateIndex create) {
      return create.concurrently();
    }
    if (operation instanceof Operation.DropIndex drop) {
      return drop.concurrently();
    }
    if (operation instanceof Operation.Reindex reindex) {
      return reindex.concurrently();
    }
    if (operation instanceof Operation.AlterTable alter) {
      return alter.changes().stream()
          .anyMatch(c -> c instanceof TableChange.Partition p && !p.attach() && p.concurrently());
    }
    return false;
  }

  /**
   * Why the statements of a file run in a transaction the file did not open, for messages: "Flyway runs each
   * migration in a transaction".
   */
  public static String whyWrapped(String layout, Migration migration, MigrationSettings settings) {
    if (migration.transactional().isPresent()) {
      return layout.equals(FLYWAY) ? "its script configuration sets executeInTransaction=true"
          : "the migration says it runs in a transaction";
    }
    if (settings.assumeInTransaction().isPresent()) {
      return "assumeInTransaction is true, so each migration runs in a transaction";
    }
    return switch (layout) {
      case FLYWAY -> "Flyway runs each migration in a transaction";
      case "dbmate" -> "dbmate runs each migration in a transaction";
      case GOLANG_MIGRATE -> "golang-migrate sends a file of several statements as one query, which PostgreSQL "
          + "runs as one transaction";
      case "drizzle" -> "Drizzle's migrator runs the migrations in a transaction";
      case "folder-per-migration" -> "diesel runs each migration in a transaction";
      default -> "the migration tool runs each migration in a transaction";
    };
  }

  /**
   * For remediations that turn a statement into a CONCURRENTLY form: what it then takes to run it outside a
   * transaction, or nothing where it already runs outside one (or will, once it is concurrent: Flyway and
   * golang-migrate run a file holding only that statement without a transaction).
   *
   * @param flywayKnows whether Flyway recognises the concurrent form as non-transactional by itself
   */
  public static String outsideNote(RuleContext context, SafetyStep step, boolean flywayKnows) {
    if (!step.inTransaction()) {
      return "";
    }
    if (step.explicitTransaction()) {
      return " It cannot run inside a transaction block: move it after the COMMIT.";
    }
    String layout = context.migrations().map(MigrationTrace::layout).orElse("");
    int statements = context.migrations().map(t -> t.stepsOf(step.step().migration()).size()).orElse(0);
    boolean alone = statements == 1 && (layout.equals(GOLANG_MIGRATE) || layout.equals(FLYWAY) && flywayKnows);
    if (alone) {
      return " The file holds only this statement, so " + (layout.equals(FLYWAY) ? "Flyway" : "golang-migrate")
          + " will run it without a transaction.";
    }
    return " It cannot run inside a transaction block. " + howToRunOutside(layout, step.migration().upFile(),
        flywayKnows);
  }

  /**
   * How to have one statement run without the tool's transaction, for remediations.
   *
   * @param flywayKnows whether Flyway recognises the statement as non-transactional by itself
   */
  public static String howToRunOutside(String layout, String migrationFile, boolean flywayKnows) {
    return switch (layout) {
      case FLYWAY -> flywayKnows
          ? "Move it into a migration of its own that holds only such statements: Flyway runs that one without "
              + "a transaction."
          : "Move it into a migration of its own and give that migration a script configuration file "
              + migrationFile + ".conf with executeInTransaction=false: Flyway does not know this statement "
              + "cannot run in a transaction.";
      case "dbmate" -> "Move it into a migration of its own that starts with `-- migrate:up transaction:false`.";
      case GOLANG_MIGRATE -> "Move it into a migration file that holds only this statement: golang-migrate then "
          + "sends it alone, outside any transaction.";
      case "folder-per-migration" -> "Move it into a migration of its own, with a metadata.toml holding "
          + "`run_in_transaction = false` beside its up.sql.";
      case "drizzle" -> "Drizzle's migrator cannot leave a migration out of its transaction: run this statement "
          + "separately (with psql, say) instead of in a migration.";
      default -> "Run it where the migration tool opens no transaction; if yours does not wrap files in one, set "
          + "assumeInTransaction: false.";
    };
  }
}
