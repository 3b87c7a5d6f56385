package dev.plumb.core.source.live;

import dev.plumb.core.model.Dialect;
import java.util.Optional;

/** The introspector that reads each kind of database; empty where this build has none. */
public final class Introspectors {

  private Introspectors() {
  }

  public static Optional<Introspector> forDialect(Dialect dialect) {
    // Each introspector adds its dialect here as it lands.
    return switch (dialect) {
      case POSTGRESQL, MYSQL, MARIADB, SQLITE, H2 -> Optional.empty();
    };
  }
}
