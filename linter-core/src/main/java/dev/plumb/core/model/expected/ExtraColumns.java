package dev.plumb.core.model.expected;

/** What to do about columns a table has but the expected schema does not list. */
public enum ExtraColumns {
  ALLOW,
  WARN,
  ERROR
}
