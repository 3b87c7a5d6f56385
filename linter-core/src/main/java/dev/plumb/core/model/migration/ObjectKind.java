package dev.plumb.core.model.migration;

import java.util.Locale;

/** The kinds of database object a statement creates, drops, changes or refers to. */
public enum ObjectKind {
  SCHEMA,
  TABLE,
  COLUMN,
  INDEX,
  CONSTRAINT,
  VIEW,
  SEQUENCE,
  TYPE,
  FUNCTION,
  TRIGGER,
  EXTENSION;

  /** The lower-case word messages use: "table", "column", ... */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
