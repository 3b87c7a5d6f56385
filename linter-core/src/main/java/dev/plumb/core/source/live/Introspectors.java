package dev.plumb.core.source.live;

import dev.plumb.core.model.Dialect;
import java.util.Optional;

/** The introspector that reads each kind of database from its own catalog; empty where this build has none. */
public final class Introspectors {

  private Introspectors() {
  }

  public static Optional<Introspector> forDialect(Dialect dialect) {
    return Optional.of(switch (dialect) {
      case POSTGRESQL -> new PostgresIntrospector();
      case MYSQL, MARIADB -> new MariadbIntrospector();
      case SQLITE -> new SqliteIntrospector();
      case H2 -> new H2Introspector();
    });
  }

  /** For a database whose URL names no kind Plumb knows: what DatabaseMetaData tells, in the dialect given. */
  public static Introspector metadataFallback(Dialect dialect) {
    return new JdbcMetadataIntrospector(dialect);
  }
}
