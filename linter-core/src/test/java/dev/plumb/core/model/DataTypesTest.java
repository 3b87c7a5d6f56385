package dev.plumb.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataTypesTest {

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      postgresql | int                            | integer
      postgresql | int4                           | integer
      postgresql | INTEGER                        | integer
      postgresql | int8                           | bigint
      postgresql | bigint                         | bigint
      postgresql | int2                           | smallint
      postgresql | varchar(20)                    | character varying(20)
      postgresql | character varying(20)          | character varying(20)
      postgresql | VARCHAR ( 20 )                 | character varying(20)
      postgresql | varchar                        | character varying
      postgresql | char                           | character(1)
      postgresql | character                      | character(1)
      postgresql | char(10)                       | character(10)
      postgresql | timestamptz                    | timestamp with time zone
      postgresql | timestamp  with   time zone    | timestamp with time zone
      postgresql | timestamp(3) with time zone    | timestamp(3) with time zone
      postgresql | timestamptz(3)                 | timestamp(3) with time zone
      postgresql | TIMESTAMP(6) WITHOUT TIME ZONE | timestamp(6) without time zone
      postgresql | timestamp                      | timestamp without time zone
      postgresql | timetz                         | time with time zone
      postgresql | time(0)                        | time(0) without time zone
      postgresql | decimal                        | numeric
      postgresql | decimal(10,2)                  | numeric(10,2)
      postgresql | numeric(10, 2)                 | numeric(10,2)
      postgresql | dec(5,1)                       | numeric(5,1)
      postgresql | numeric(10)                    | numeric(10,0)
      postgresql | bool                           | boolean
      postgresql | boolean                        | boolean
      postgresql | float8                         | double precision
      postgresql | double precision               | double precision
      postgresql | float                          | double precision
      postgresql | float4                         | real
      postgresql | float(1)                       | real
      postgresql | float(24)                      | real
      postgresql | float(25)                      | double precision
      postgresql | float(53)                      | double precision
      postgresql | varbit(8)                      | bit varying(8)
      postgresql | int[]                          | integer[]
      postgresql | int [ ] [ ]                    | integer[][]
      postgresql | int[3]                         | integer[]
      postgresql | integer ARRAY                  | integer[]
      postgresql | integer array[4]               | integer[]
      postgresql | varchar(20)[]                  | character varying(20)[]
      postgresql | timestamptz(3)[]               | timestamp(3) with time zone[]
      postgresql | MyEnum                         | myenum
      postgresql | "MyType"                       | "MyType"
      postgresql | "MyType"[]                     | "MyType"[]
      postgresql | "My Type"                      | "My Type"
      postgresql | Public."MyType"                | public."MyType"
      postgresql | varchar(max)                   | character varying
      h2         | INTEGER ARRAY                  | integer[]
      h2         | char                           | character(1)
      h2         | float(10)                      | real
      mysql      | int(11)                        | int
      mysql      | INT(10) UNSIGNED               | int unsigned
      mysql      | integer                        | int
      mysql      | int4                           | int
      mysql      | int unsigned                   | int unsigned
      mysql      | integer unsigned               | int unsigned
      mysql      | mediumint unsigned             | mediumint unsigned
      mysql      | middleint                      | mediumint
      mysql      | bigint(20)                     | bigint
      mysql      | int8                           | bigint
      mysql      | int1                           | tinyint
      mysql      | tinyint                        | tinyint
      mysql      | tinyint(4)                     | tinyint
      mysql      | tinyint(1)                     | tinyint(1)
      mysql      | bool                           | tinyint(1)
      mysql      | BOOLEAN                        | tinyint(1)
      mysql      | varchar(255)                   | varchar(255)
      mysql      | character varying(255)         | varchar(255)
      mysql      | varchar(max)                   | varchar
      mysql      | char                           | char(1)
      mysql      | character(3)                   | char(3)
      mysql      | numeric(10,2)                  | decimal(10,2)
      mysql      | decimal(10)                    | decimal(10,0)
      mysql      | decimal(10,2) unsigned         | decimal(10,2) unsigned
      mysql      | double precision               | double
      mysql      | real                           | double
      mysql      | float8                         | double
      mysql      | float4                         | float
      mysql      | float(10)                      | float
      mysql      | float(30)                      | double
      mysql      | float(7,4)                     | float(7,4)
      mysql      | datetime(3)                    | datetime(3)
      mariadb    | boolean                        | tinyint(1)
      mariadb    | int(11)                        | int
      sqlite     | int                            | integer
      sqlite     | bigint                         | integer
      sqlite     | clob                           | text
      sqlite     | double precision               | real
      sqlite     | varchar(10)                    | varchar(10)
      """)
  void normalisesSynonyms(String dialect, String written, String canonical) {
    DataType type = DataTypes.of(written, Dialect.fromId(dialect).orElseThrow());

    assertThat(type.toSql()).isEqualTo(canonical);
  }

  @Test
  void keepsLengthPrecisionScaleAndArraysApart() {
    assertThat(DataTypes.of("varchar(20)[]", Dialect.POSTGRESQL))
        .isEqualTo(new DataType("character varying", Optional.of(20), Optional.empty(), Optional.empty(), 1));
    assertThat(DataTypes.of("numeric(10,2)", Dialect.POSTGRESQL))
        .isEqualTo(new DataType("numeric", Optional.empty(), Optional.of(10), Optional.of(2), 0));
    assertThat(DataTypes.of("timestamp(3) with time zone", Dialect.POSTGRESQL))
        .isEqualTo(new DataType("timestamp with time zone", Optional.empty(), Optional.of(3), Optional.empty(), 0));
    assertThat(DataTypes.of("tinyint(1)", Dialect.MYSQL))
        .isEqualTo(new DataType("tinyint", Optional.of(1), Optional.empty(), Optional.empty(), 0));
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}, serial")
  @CsvSource(delimiter = '|', textBlock = """
      postgresql | serial      | integer
      postgresql | SERIAL4     | integer
      postgresql | bigserial   | bigint
      postgresql | serial8     | bigint
      postgresql | smallserial | smallint
      postgresql | serial2     | smallint
      h2         | bigserial   | bigint
      mysql      | serial      | bigint unsigned
      mariadb    | serial      | bigint unsigned
      """)
  void serialTypesAreMarked(String dialect, String written, String canonical) {
    DataTypes.ParsedType parsed = DataTypes.parse(written, Dialect.fromId(dialect).orElseThrow());

    assertThat(parsed.type().toSql()).isEqualTo(canonical);
    assertThat(parsed.serial()).isTrue();
  }

  @Test
  void ordinaryTypesAreNotSerial() {
    assertThat(DataTypes.parse("integer", Dialect.POSTGRESQL).serial()).isFalse();
    assertThat(DataTypes.parse("serial", Dialect.SQLITE).serial()).isFalse();
  }

  @Test
  void emptyTextIsNoType() {
    assertThatThrownBy(() -> DataTypes.parse("  ", Dialect.POSTGRESQL)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("empty type");
    assertThatThrownBy(() -> DataTypes.parse(null, Dialect.MYSQL)).isInstanceOf(IllegalArgumentException.class);
  }
}
