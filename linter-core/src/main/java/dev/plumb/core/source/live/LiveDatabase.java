package dev.plumb.core.source.live;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.live.LiveFacts;
import java.util.List;

/**
 * A live database as read: its schema in the same model the files give, its health facts, and notes about what
 * could not be read (a catalog the user may not see), so a partial result says so instead of failing.
 *
 * @param displayUrl the JDBC URL with any password removed, for messages
 * @param notes one line each, such as "no privilege to read pg_catalog.pg_sequences: sequence usage not checked"
 */
public record LiveDatabase(Dialect dialect, String displayUrl, Schema schema, LiveFacts facts, List<String> notes) {

  public LiveDatabase {
    requireNonNull(dialect, "no dialect given");
    requireNonNull(displayUrl, "no URL given");
    requireNonNull(schema, "no schema given");
    requireNonNull(facts, "no facts given");
    notes = List.copyOf(requireNonNull(notes, "no notes given"));
  }
}
