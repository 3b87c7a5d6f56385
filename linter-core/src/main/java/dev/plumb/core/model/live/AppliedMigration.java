package dev.plumb.core.model.live;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * One row of a migration tool's history table in a live database: a migration the tool applied (or tried to).
 *
 * @param version the version as the table stores it ({@code 2}, {@code 1.1}, {@code 20240101120000}); empty for
 *     a Flyway repeatable migration and for Drizzle, whose table keeps no version
 * @param description as the tool stores it (Flyway: {@code add users}); empty where the tool keeps none
 * @param script the file the tool ran, as it names it (Flyway: {@code V2__add_users.sql}); empty where it keeps none
 * @param checksum what the tool computed over the file when it applied it: Flyway's CRC32 as a signed decimal
 *     ({@code -1234567}), Drizzle's SHA-256 in hex; empty where the tool keeps none
 * @param success false for a Flyway migration that failed, and for golang-migrate's dirty version
 * @param installedOn when it was applied, where the tool records that
 * @param kind what the row stands for: a versioned migration, a repeatable one, or a baseline
 */
public record AppliedMigration(Optional<String> version, String description, Optional<String> script,
                               Optional<String> checksum, boolean success, Optional<Instant> installedOn,
                               MigrationTool tool, Kind kind) {

  public AppliedMigration {
    requireNonNull(version, "version is Optional, not null");
    requireNonNull(description, "no description given");
    requireNonNull(script, "script is Optional, not null");
    requireNonNull(checksum, "checksum is Optional, not null");
    requireNonNull(installedOn, "installedOn is Optional, not null");
    requireNonNull(tool, "no tool given");
    requireNonNull(kind, "no kind given");
  }

  /** A successful versioned migration recorded with its version only, as golang-migrate, Rails and goose do. */
  public static AppliedMigration versionOnly(String version, MigrationTool tool) {
    return new AppliedMigration(Optional.of(version), "", Optional.empty(), Optional.empty(), true,
        Optional.empty(), tool, Kind.VERSIONED);
  }

  /** How a history row relates to the migration files. */
  public enum Kind {
    /** Applied once, for a file with this version. */
    VERSIONED,
    /** Flyway's {@code R__}: applied again whenever its checksum changes. */
    REPEATABLE,
    /** Flyway's baseline: versions up to it count as applied, with no file needed. */
    BASELINE
  }
}
