package dev.plumb.core.api;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.migration.Migration;
import java.util.Optional;
import java.util.Set;

/**
 * How the migrations under check will be run, where the SQL alone cannot tell: the server version they run on
 * and whether the migration tool wraps each file in a transaction.
 *
 * @param postgresVersion the PostgreSQL major version (version-dependent rules follow it: a non-volatile
 *     DEFAULT stopped rewriting the table in 11)
 * @param assumeInTransaction whether each migration file runs inside a transaction; empty to follow the layout
 */
public record MigrationSettings(int postgresVersion, Optional<Boolean> assumeInTransaction) {

  public static final int DEFAULT_POSTGRES_VERSION = 14;
  public static final MigrationSettings DEFAULT = new MigrationSettings(DEFAULT_POSTGRES_VERSION, Optional.empty());

  /**
   * Layouts whose tools run each file in a transaction by default: Flyway (on PostgreSQL), dbmate, Drizzle,
   * and golang-migrate (a multi-statement file is one implicit transaction). Plain numbered files are usually
   * fed to psql or mysql, which commit each statement.
   */
  private static final Set<String> TRANSACTIONAL_LAYOUTS = Set.of("flyway", "dbmate", "drizzle", "golang-migrate",
      "folder-per-migration");

  public MigrationSettings {
    if (postgresVersion < 9 || postgresVersion > 99) {
      throw new IllegalArgumentException("not a PostgreSQL major version: " + postgresVersion);
    }
    requireNonNull(assumeInTransaction, "assumeInTransaction is Optional, not null");
  }

  /** Whether files of this layout run in a transaction: the setting if given, else the layout's habit. */
  public boolean inTransaction(String layout) {
    return assumeInTransaction.orElseGet(() -> TRANSACTIONAL_LAYOUTS.contains(layout));
  }

  /**
   * Whether this migration runs in a transaction: what the migration itself says (dbmate's
   * {@code transaction:false}, a Flyway script config), else {@link #inTransaction(String)}.
   *
   * @param layout the layout the migration was read as, as in {@code MigrationTrace.layout()}
   */
  public boolean inTransaction(Migration migration, String layout) {
    return requireNonNull(migration, "no migration given").transactional().orElseGet(() -> inTransaction(layout));
  }

  public MigrationSettings withPostgresVersion(int version) {
    return new MigrationSettings(version, assumeInTransaction);
  }

  public MigrationSettings withAssumeInTransaction(boolean inTransaction) {
    return new MigrationSettings(postgresVersion, Optional.of(inTransaction));
  }
}
