package dev.plumb.core.source.migration;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.migration.Migration;
import dev.plumb.core.source.sql.SqlSourceFile;
import java.util.Optional;

/**
 * A migration with the SQL texts that apply and revert it. Where one file holds both (dbmate's
 * {@code -- migrate:up} / {@code -- migrate:down}), each text is the whole file with the other section blanked
 * out, so lines and columns stay those of the file.
 */
public record MigrationSource(Migration migration, SqlSourceFile up, Optional<SqlSourceFile> down) {

  public MigrationSource {
    requireNonNull(migration, "no migration given");
    requireNonNull(up, "no up text given");
    requireNonNull(down, "down is Optional, not null");
  }
}
