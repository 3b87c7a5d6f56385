package dev.plumb.core.model.migration;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One migration of a set: what it is called, its version, and the files that apply and revert it.
 *
 * @param name how messages name it, usually the up file's name without folder ({@code V2__users.sql})
 * @param upFile the file (as displayed) holding the statements that apply it; for dbmate the one file with both
 * @param downFile the file that reverts it, where the layout has one (for dbmate the same file)
 */
public record Migration(String name, Optional<MigrationVersion> version, String description, MigrationKind kind,
                        String upFile, Optional<String> downFile) {

  public Migration {
    requireNonNull(name, "no name given");
    requireNonNull(version, "version is Optional, not null");
    requireNonNull(description, "no description given");
    requireNonNull(kind, "no kind given");
    requireNonNull(upFile, "no up file given");
    requireNonNull(downFile, "downFile is Optional, not null");
  }
}
