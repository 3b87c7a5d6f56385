package dev.plumb.rules.safety;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.ObjectPath;

/** A lock an operation takes on one table. */
public record TableLock(ObjectPath table, LockMode mode) {

  public TableLock {
    requireNonNull(table, "no table given");
    requireNonNull(mode, "no mode given");
  }
}
