package dev.plumb.core.ddl;

import dev.plumb.core.model.DataType;
import dev.plumb.core.model.Dialect;
import java.util.Optional;

/**
 * A plausible DEFAULT for a type, for remediations that must add a NOT NULL column to a table that may hold
 * rows. Empty where no value is a safe guess (the remediation then says to pick one).
 */
public final class TypeDefaults {

  private TypeDefaults() {
  }

  public static Optional<String> suggest(DataType type, Dialect dialect) {
    if (type.arrayDimensions() > 0) {
      return dialect == Dialect.POSTGRESQL ? Optional.of("'{}'") : Optional.empty();
    }
    String name = type.name();
    if (name.startsWith("timestamp") || name.equals("datetime")) {
      // MySQL rejects a default with fewer fractional-second digits than the column has.
      String fraction = dialect.isMysqlFamily() ? type.precision().map(p -> "(" + p + ")").orElse("") : "";
      return Optional.of(dialect == Dialect.POSTGRESQL ? "now()" : "CURRENT_TIMESTAMP" + fraction);
    }
    if (name.equals("date")) {
      // MySQL takes a function default other than CURRENT_TIMESTAMP only as an expression in parentheses.
      return Optional.of(dialect.isMysqlFamily() ? "(CURRENT_DATE)" : "CURRENT_DATE");
    }
    if (name.equals("boolean") || (name.equals("tinyint") && type.length().orElse(0) == 1)) {
      return Optional.of("false");
    }
    if (name.matches("(small|big|tiny|medium)?int(eger)?( unsigned)?|numeric|decimal|real|double( precision)?|float")) {
      return Optional.of("0");
    }
    if (name.equals("text") && dialect.isMysqlFamily()) {
      // MySQL allows no literal default on TEXT, only an expression.
      return Optional.of("('')");
    }
    if (name.equals("text") || name.contains("char")) {
      return Optional.of("''");
    }
    if (name.equals("uuid") && dialect == Dialect.POSTGRESQL) {
      return Optional.of("gen_random_uuid()");
    }
    if (name.equals("jsonb") || name.equals("json")) {
      return Optional.of(dialect == Dialect.POSTGRESQL ? "'{}'::" + name : "(JSON_OBJECT())");
    }
    return Optional.empty();
  }
}
