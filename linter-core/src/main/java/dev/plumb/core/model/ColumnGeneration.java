package dev.plumb.core.model;

/** How the database fills a column by itself, if it does. */
public enum ColumnGeneration {
  NONE,
  IDENTITY_ALWAYS,
  IDENTITY_BY_DEFAULT,
  /** {@code GENERATED ALWAYS AS (expr) STORED}. */
  STORED,
  /** {@code GENERATED ALWAYS AS (expr) VIRTUAL} (MySQL, MariaDB, SQLite). */
  VIRTUAL;

  public boolean isIdentity() {
    return this == IDENTITY_ALWAYS || this == IDENTITY_BY_DEFAULT;
  }
}
