package dev.plumb.core.source.live;

import dev.plumb.core.model.DataType;
import dev.plumb.core.model.DataTypes;
import dev.plumb.core.model.Dialect;
import java.util.Set;

/**
 * H2's catalog types written back as the DDL that declares them, then read as the replay reads DDL. H2 fills in
 * what the DDL left out (VARCHAR's maximum length, TIMESTAMP's precision 6, DECIMAL's precision 100000): such
 * defaults are dropped, so {@code VARCHAR} compares equal to {@code VARCHAR}; a length written equal to H2's
 * default is dropped too, which is the one thing this cannot tell apart.
 */
final class H2Types {

  private static final long MAX_LENGTH = 1_000_000_000L;
  private static final Set<String> CHARACTER_TYPES = Set.of("CHARACTER", "CHARACTER VARYING", "BINARY",
      "BINARY VARYING", "VARCHAR_IGNORECASE");
  private static final Set<String> DECIMAL_TYPES = Set.of("NUMERIC", "DECIMAL", "DECFLOAT");

  private H2Types() {
  }

  static DataType type(String dataType, String declared, Long length, Integer precision, Integer scale,
                       Integer datetimePrecision) {
    String base = declared != null ? declared : dataType;
    StringBuilder sql = new StringBuilder(base);
    if (CHARACTER_TYPES.contains(dataType) && length != null && length < MAX_LENGTH) {
      sql.append('(').append(length).append(')');
    } else if (DECIMAL_TYPES.contains(dataType) && precision != null) {
      sql.append('(').append(precision).append(scale != null ? "," + scale : "").append(')');
    } else if (dataType.startsWith("TIMESTAMP") || dataType.startsWith("TIME")) {
      int defaultPrecision = dataType.startsWith("TIMESTAMP") ? 6 : 0;
      if (datetimePrecision != null && datetimePrecision != defaultPrecision) {
        return DataTypes.of(dataType, Dialect.H2).withPrecision(datetimePrecision, java.util.Optional.empty());
      }
    }
    return DataTypes.of(sql.toString(), Dialect.H2);
  }
}
