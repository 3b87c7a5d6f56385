package dev.plumb.rules.safety;

import dev.plumb.core.api.DerivedFact;
import dev.plumb.core.api.MigrationSettings;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.migration.Migration;
import dev.plumb.core.model.migration.MigrationTrace;
import dev.plumb.core.model.migration.ReplayStep;
import dev.plumb.core.model.operation.Operation.SetSetting;
import dev.plumb.core.model.operation.Operation.SettingScope;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.core.model.operation.TableChange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks the migrations statement by statement the way the migration tool runs them: each file in a transaction
 * or not (by layout and setting), explicit BEGIN and COMMIT, and the lock and statement timeouts set so far.
 * Flyway and golang-migrate leave some files out of their transaction ({@link ToolTransactions}).
 * Session settings last until the file ends (tools may or may not reuse the connection, so a later file cannot
 * count on them); {@code SET LOCAL} lasts until the transaction ends.
 */
public final class SafetySteps {

  private static final Set<String> OFF = Set.of("0", "default", "0ms", "0s");

  private SafetySteps() {
  }

  /** Computed once per run for all the rules that walk the migrations. */
  private static final DerivedFact<List<SafetyStep>> WALK = context -> context.migrations()
      .map(trace -> of(trace, context.settings(), context.dialect())).orElse(List.of());

  /** Every replayed statement with its surroundings; empty when the run has no migrations. */
  public static List<SafetyStep> of(RuleContext context) {
    return context.derived(WALK);
  }

  public static List<SafetyStep> of(MigrationTrace trace, MigrationSettings settings, Dialect dialect) {
    List<SafetyStep> result = new ArrayList<>();
    int transactions = 0;
    int current = -1;
    Walk walk = null;
    List<ReplayStep> steps = trace.steps();
    for (int i = 0; i < steps.size(); i++) {
      ReplayStep step = steps.get(i);
      if (step.migration() != current) {
        current = step.migration();
        Migration migration = trace.migrationOf(step);
        List<ReplayStep> file = fileAt(steps, i);
        // What the migration says for itself wins over what the tool would decide from the file's statements.
        boolean wrapped = migration.transactional().orElseGet(() -> settings.inTransaction(trace.layout())
            && ToolTransactions.wrapsFile(trace.layout(), file, dialect));
        boolean implicit = transactionalDdl(dialect) && wrapped;
        // The migration's first step starts from the schema the migration starts from.
        walk = new Walk(migration, step.before(), implicit, ++transactions,
            createdTables(file));
      }
      if (!transactionalDdl(dialect) && isDdl(step)) {
        // The implicit commit before the DDL statement ends any transaction a BEGIN opened.
        transactions = walk.control(Operation.TransactionControl.COMMIT, transactions);
      }
      int transaction = walk.inTransaction ? walk.transaction : ++transactions;
      result.add(new SafetyStep(step, walk.migration, walk.start, dialect, walk.inTransaction, walk.explicit,
          transaction, walk.lockTimeout(), walk.statementTimeout, walk.renamedFrom, walk.created));
      for (Operation operation : step.operations()) {
        if (operation instanceof Operation.Transaction control) {
          transactions = walk.control(control.control(), transactions);
        } else if (operation instanceof SetSetting setting) {
          walk.set(setting, dialect);
        } else if (operation instanceof Operation.AlterTable alter) {
          walk.renames(alter);
        }
      }
    }
    return Collections.unmodifiableList(result);
  }

  private static boolean isDdl(ReplayStep step) {
    String verb = step.verb();
    return verb.startsWith("CREATE") || verb.startsWith("ALTER") || verb.startsWith("DROP")
        || verb.equals("RENAME") || verb.equals("TRUNCATE");
  }

  /** The steps grouped by migration file, in the order they run. */
  public static List<List<SafetyStep>> byMigration(List<SafetyStep> steps) {
    List<List<SafetyStep>> files = new ArrayList<>();
    int current = -1;
    for (SafetyStep step : steps) {
      if (step.step().migration() != current) {
        current = step.step().migration();
        files.add(new ArrayList<>());
      }
      files.get(files.size() - 1).add(step);
    }
    return files;
  }

  /** The steps of the migration whose first step is at {@code first}. */
  private static Set<ObjectPath> createdTables(List<ReplayStep> file) {
    Set<ObjectPath> created = new HashSet<>();
    for (ReplayStep step : file) {
      for (Operation operation : step.operations()) {
        if (operation instanceof Operation.CreateTable create) {
          created.add(create.table());
        }
      }
    }
    return Set.copyOf(created);
  }

  static List<ReplayStep> fileAt(List<ReplayStep> steps, int first) {
    int end = first;
    while (end < steps.size() && steps.get(end).migration() == steps.get(first).migration()) {
      end++;
    }
    return steps.subList(first, end);
  }

  /**
   * MySQL, MariaDB and H2 commit before and after every DDL statement, so no transaction surrounds it there, and
   * a DDL statement ends the transaction a BEGIN opened.
   */
  private static boolean transactionalDdl(Dialect dialect) {
    return dialect == Dialect.POSTGRESQL || dialect == Dialect.SQLITE;
  }

  /** What the walk knows inside one migration file. */
  private static final class Walk {
    final Migration migration;
    final Schema start;
    final Set<ObjectPath> created;
    final Map<ObjectPath, Optional<ObjectPath>> renamedFrom = new HashMap<>();
    boolean inTransaction;
    boolean explicit;
    int transaction;
    Optional<SetSetting> session = Optional.empty();
    Optional<SetSetting> local = Optional.empty();
    Optional<SetSetting> statementTimeout = Optional.empty();

    Walk(Migration migration, Schema start, boolean implicit, int transaction, Set<ObjectPath> created) {
      this.created = created;
      this.migration = migration;
      this.start = start;
      this.inTransaction = implicit;
      this.transaction = transaction;
    }

    void renames(Operation.AlterTable alter) {
      ObjectPath current = alter.table();
      for (TableChange change : alter.changes()) {
        if (change instanceof TableChange.RenameTable rename) {
          Optional<ObjectPath> origin = renamedFrom.containsKey(current) ? renamedFrom.get(current)
              : Optional.of(current);
          renamedFrom.put(current, Optional.empty());
          renamedFrom.put(rename.to(), origin);
          current = rename.to();
        }
      }
    }

    Optional<SetSetting> lockTimeout() {
      return local.isPresent() ? local : session;
    }

    int control(Operation.TransactionControl control, int transactions) {
      switch (control) {
        case BEGIN -> {
          if (!inTransaction) {
            inTransaction = true;
            transaction = ++transactions;
          }
          explicit = true;
        }
        case COMMIT, ROLLBACK -> {
          inTransaction = false;
          explicit = false;
          local = Optional.empty();
        }
        default -> {
        }
      }
      return transactions;
    }

    void set(SetSetting setting, Dialect dialect) {
      String name = setting.name().toLowerCase(Locale.ROOT);
      boolean off = OFF.contains(setting.value().strip().toLowerCase(Locale.ROOT));
      Optional<SetSetting> value = off ? Optional.empty() : Optional.of(setting);
      if (name.equals("all")) {
        // RESET ALL: every setting back to the server's default.
        session = Optional.empty();
        local = Optional.empty();
        statementTimeout = Optional.empty();
      } else if (name.equals(lockTimeoutName(dialect))) {
        if (setting.scope() == SettingScope.LOCAL) {
          // SET LOCAL outside a transaction has no effect (PostgreSQL only warns).
          local = inTransaction ? value : local;
        } else {
          session = value;
        }
      } else if (name.equals(statementTimeoutName(dialect))) {
        statementTimeout = value;
      }
    }
  }

  /** The setting that bounds lock waits: {@code lock_timeout}, or MySQL's {@code lock_wait_timeout}. */
  public static String lockTimeoutName(Dialect dialect) {
    return dialect.isMysqlFamily() ? "lock_wait_timeout" : "lock_timeout";
  }

  /** The setting that bounds a statement's run: MariaDB's {@code max_statement_time}, MySQL's has none for DDL. */
  public static String statementTimeoutName(Dialect dialect) {
    return switch (dialect) {
      case MARIADB -> "max_statement_time";
      case MYSQL -> "max_execution_time";
      default -> "statement_timeout";
    };
  }
}
