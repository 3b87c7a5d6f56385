package dev.plumb.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataTypeTest {

  @ParameterizedTest(name = "{0} satisfies {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      varchar(255)                | varchar                     | true
      varchar(255)                | varchar(255)                | true
      varchar(255)                | character varying(100)     | false
      varchar                     | varchar(255)                | false
      text                        | varchar                     | false
      numeric(10,2)               | numeric                     | true
      numeric(10,2)               | numeric(10,2)               | true
      numeric(10,2)               | numeric(12,2)               | false
      numeric(10,2)               | numeric(10,3)               | false
      numeric(10,2)               | numeric(10)                 | false
      timestamp(3) with time zone | timestamptz                 | true
      timestamptz                 | timestamp(3) with time zone | false
      timestamptz                 | timestamp                   | false
      int[]                       | integer[]                   | true
      int[]                       | integer                     | false
      integer                     | int[]                       | false
      int4                        | integer                     | true
      """)
  void anExpectationThatLeavesOutAModifierAcceptsAny(String actual, String expected, boolean satisfied) {
    DataType actualType = DataTypes.of(actual, Dialect.POSTGRESQL);
    DataType expectedType = DataTypes.of(expected, Dialect.POSTGRESQL);

    assertThat(actualType.satisfies(expectedType)).isEqualTo(satisfied);
  }

  @Test
  void writesModifiersWhereEachDialectExpectsThem() {
    DataType timestamp = DataType.of("timestamp with time zone").withPrecision(3, Optional.empty());
    DataType time = DataType.of("time without time zone").withPrecision(0, Optional.empty());
    DataType money = DataType.of("numeric").withPrecision(10, Optional.of(2));
    DataType unsignedMoney = DataType.of("decimal unsigned").withPrecision(10, Optional.of(2));
    DataType names = DataType.of("character varying").withLength(20).asArray(2);

    assertThat(timestamp.toSql()).isEqualTo("timestamp(3) with time zone");
    assertThat(time.toSql()).isEqualTo("time(0) without time zone");
    assertThat(money.toSql()).isEqualTo("numeric(10,2)");
    assertThat(unsignedMoney.toSql()).isEqualTo("decimal(10,2) unsigned");
    assertThat(names.toSql()).isEqualTo("character varying(20)[][]");
    assertThat(DataType.of("my with type").withLength(2).toSql()).isEqualTo("my with type(2)");
    assertThat(DataType.of("uuid")).hasToString("uuid");
  }

  @Test
  void refusesNegativeArrayDimensions() {
    assertThatThrownBy(() -> DataType.of("integer").asArray(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
