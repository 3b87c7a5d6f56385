package dev.plumb.core.model.migration;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import java.util.Optional;

/**
 * A migration's down replayed right after its up: if the down is a true inverse, {@code afterDown} equals
 * {@code beforeUp}.
 *
 * @param migration index into {@link MigrationTrace#migrations()}
 * @param complete whether every statement of the up and the down was understood; if not, a difference may be
 *     Plumb's blind spot rather than the migration's
 * @param downStart the down's first statement, where findings about the down are placed (in a dbmate file the
 *     down section, not the file's first line); empty for a down without statements
 */
public record DownReplay(int migration, Schema beforeUp, Schema afterDown, boolean complete,
                         Optional<SourceSpan> downStart) {

  public DownReplay {
    requireNonNull(beforeUp, "no schema before the up given");
    requireNonNull(afterDown, "no schema after the down given");
    requireNonNull(downStart, "downStart is Optional, not null");
  }

  public DownReplay(int migration, Schema beforeUp, Schema afterDown, boolean complete) {
    this(migration, beforeUp, afterDown, complete, Optional.empty());
  }
}
