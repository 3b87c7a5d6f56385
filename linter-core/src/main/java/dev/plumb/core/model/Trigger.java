package dev.plumb.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A trigger on a table.
 *
 * @param path the trigger's name under its table ({@code public.orders.orders_touch})
 * @param timing BEFORE, AFTER or INSTEAD OF
 * @param events INSERT, UPDATE, DELETE, TRUNCATE
 * @param function the function it executes, where it executes one by name
 */
public record Trigger(ObjectPath path, ObjectPath table, String timing, List<String> events,
                      Optional<ObjectPath> function, Optional<SourceSpan> span) {

  public Trigger {
    requireNonNull(path, "no trigger path given");
    requireNonNull(table, "no table given for trigger " + path);
    requireNonNull(timing, "no timing given");
    events = List.copyOf(requireNonNull(events, "no events given"));
    requireNonNull(function, "function is Optional, not null");
    requireNonNull(span, "span is Optional, not null");
  }
}
