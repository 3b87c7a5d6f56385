package dev.plumb.core.model.migration;

/** What role a migration plays in its set. */
public enum MigrationKind {
  /** Applied once, in version order. */
  VERSIONED,
  /** Flyway's {@code R__}: applied after the versioned ones, again whenever it changes. */
  REPEATABLE,
  /** A file without a version (plain SQL given on the command line), applied in the order given. */
  UNVERSIONED
}
