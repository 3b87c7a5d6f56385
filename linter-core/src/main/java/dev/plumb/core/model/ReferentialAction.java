package dev.plumb.core.model;

import java.util.Locale;
import java.util.Optional;

/** What a foreign key does to referencing rows when the referenced row is deleted or updated. */
public enum ReferentialAction {
  NO_ACTION("NO ACTION"),
  RESTRICT("RESTRICT"),
  CASCADE("CASCADE"),
  SET_NULL("SET NULL"),
  SET_DEFAULT("SET DEFAULT");

  private final String sql;

  ReferentialAction(String sql) {
    this.sql = sql;
  }

  public String sql() {
    return sql;
  }

  /** Reads {@code cascade}, {@code set null}, {@code SET_NULL}, {@code no action}, ... */
  public static Optional<ReferentialAction> fromText(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = text.strip().replaceAll("[\\s_-]+", " ").toUpperCase(Locale.ROOT);
    for (ReferentialAction action : values()) {
      if (action.sql.equals(wanted)) {
        return Optional.of(action);
      }
    }
    return Optional.empty();
  }
}
