package dev.plumb.core.model.operation;

/** The kinds of table constraint. */
public enum ConstraintKind {
  PRIMARY_KEY, UNIQUE, FOREIGN_KEY, CHECK, EXCLUSION
}
