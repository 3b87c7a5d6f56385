package dev.plumb.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DataTypesPropertiesTest {

  private static final String[] BASES = {
      "int", "int4", "integer", "int8", "bigint", "int2", "smallint", "tinyint", "mediumint", "middleint", "int1",
      "int unsigned", "bigint unsigned", "decimal unsigned", "varchar", "character varying", "char varying", "char",
      "character", "bpchar", "text", "clob", "numeric", "decimal", "dec", "fixed", "bool", "boolean", "float", "float4",
      "float8", "real", "double", "double precision", "timestamp", "timestamptz", "timestamp with time zone",
      "timestamp without time zone", "time", "timetz", "time with time zone", "datetime", "date", "interval", "bit",
      "varbit", "bit varying", "uuid", "jsonb", "json", "serial", "bigserial", "smallserial", "\"MyType\"",
      "\"My Type\"", "public.\"Mood\"", "app.status", "enum('a','B')"};

  @Property
  void aCanonicalTypeReadsBackAsItself(@ForAll("writtenTypes") Written written) {
    DataType type = DataTypes.of(written.text(), written.dialect());

    assertThat(DataTypes.of(type.toSql(), written.dialect())).as("%s read back from %s", type.toSql(), written)
        .isEqualTo(type);
  }

  record Written(Dialect dialect, String text) {
  }

  @Provide
  Arbitrary<Written> writtenTypes() {
    Arbitrary<String> base = Arbitraries.of(BASES);
    Arbitrary<Boolean> upper = Arbitraries.of(true, false);
    Arbitrary<String> modifiers = Arbitraries.oneOf(
        Arbitraries.just(""),
        Arbitraries.integers().between(0, 100).map(n -> "(" + n + ")"),
        Combinators.combine(Arbitraries.integers().between(1, 60), Arbitraries.integers().between(0, 30))
            .as((p, s) -> "(" + p + ", " + s + ")"));
    Arbitrary<String> array = Arbitraries.of("", "[]", "[][]", "[3]", " ARRAY", " array[2]");
    Arbitrary<String> text = Combinators.combine(base, upper, modifiers, array)
        .as((b, up, m, a) -> (up && !b.contains("\"") ? b.toUpperCase(Locale.ROOT) : b) + m + a);
    return Combinators.combine(Arbitraries.of(Dialect.class), text).as(Written::new);
  }
}
