package dev.plumb.core.source.migration;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.migration.MigrationVersion;
import java.util.Comparator;

/**
 * A file whose name gave a version: an up, or a down waiting for its up.
 *
 * @param name what the migration is called in messages ({@code V2__users.sql}, or a folder's name)
 */
record VersionedFile(MigrationVersion version, String description, String name, MigrationFile file) {

  /**
   * Version first; files that share one (an error of their own) by description, so that a backup copy
   * ({@code 006_x_OLD}) comes after its original ({@code 006_x}), then by file.
   */
  static final Comparator<VersionedFile> APPLY_ORDER = Comparator.comparing(VersionedFile::version)
      .thenComparing(VersionedFile::description)
      .thenComparing(v -> v.file().name());

  VersionedFile {
    requireNonNull(version, "no version given");
    requireNonNull(description, "no description given");
    requireNonNull(name, "no name given");
    requireNonNull(file, "no file given");
  }
}
