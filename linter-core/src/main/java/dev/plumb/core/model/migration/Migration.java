package dev.plumb.core.model.migration;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One migration of a set: what it is called, its version, and the files that apply and revert it.
 *
 * @param name how messages name it, usually the up file's name without folder ({@code V2__users.sql})
 * @param upFile the file (as displayed) holding the statements that apply it; for dbmate the one file with both
 * @param downFile the file that reverts it, where the layout has one (for dbmate the same file)
 * @param transactional whether the tool runs this migration in a transaction, where the migration itself says
 *     so (dbmate's {@code -- migrate:up transaction:false}, a Flyway {@code V3__x.sql.conf} with
 *     {@code executeInTransaction=false}); empty when it leaves that to the tool's settings
 * @param checksum what the layout's tool records in its history table for the up file, to tell an edit after it
 *     was applied: Flyway's CRC32 as a signed decimal, Drizzle's SHA-256 in hex; empty for other layouts
 */
public record Migration(String name, Optional<MigrationVersion> version, String description, MigrationKind kind,
                        String upFile, Optional<String> downFile, Optional<Boolean> transactional,
                        Optional<String> checksum) {

  public Migration {
    requireNonNull(name, "no name given");
    requireNonNull(version, "version is Optional, not null");
    requireNonNull(description, "no description given");
    requireNonNull(kind, "no kind given");
    requireNonNull(upFile, "no up file given");
    requireNonNull(downFile, "downFile is Optional, not null");
    requireNonNull(transactional, "transactional is Optional, not null");
    requireNonNull(checksum, "checksum is Optional, not null");
  }

  /** A migration without a checksum. */
  public Migration(String name, Optional<MigrationVersion> version, String description, MigrationKind kind,
                   String upFile, Optional<String> downFile, Optional<Boolean> transactional) {
    this(name, version, description, kind, upFile, downFile, transactional, Optional.empty());
  }

  /** A migration that says nothing about transactions. */
  public Migration(String name, Optional<MigrationVersion> version, String description, MigrationKind kind,
                   String upFile, Optional<String> downFile) {
    this(name, version, description, kind, upFile, downFile, Optional.empty());
  }

  public Migration withTransactional(Optional<Boolean> runsInTransaction) {
    return new Migration(name, version, description, kind, upFile, downFile, runsInTransaction, checksum);
  }

  public Migration withChecksum(Optional<String> upChecksum) {
    return new Migration(name, version, description, kind, upFile, downFile, transactional, upChecksum);
  }
}
