package dev.plumb.core.model.migration;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.Schema;

/**
 * A migration's down replayed right after its up: if the down is a true inverse, {@code afterDown} equals
 * {@code beforeUp}.
 *
 * @param migration index into {@link MigrationTrace#migrations()}
 * @param complete whether every statement of the up and the down was understood; if not, a difference may be
 *     Plumb's blind spot rather than the migration's
 */
public record DownReplay(int migration, Schema beforeUp, Schema afterDown, boolean complete) {

  public DownReplay {
    requireNonNull(beforeUp, "no schema before the up given");
    requireNonNull(afterDown, "no schema after the down given");
  }
}
