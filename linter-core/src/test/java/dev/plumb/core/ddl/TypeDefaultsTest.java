package dev.plumb.core.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.DataTypes;
import dev.plumb.core.model.Dialect;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeDefaultsTest {

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      postgresql | timestamptz             | now()
      postgresql | timestamp(3)            | now()
      postgresql | date                    | CURRENT_DATE
      postgresql | boolean                 | false
      postgresql | integer                 | 0
      postgresql | numeric(10,2)           | 0
      postgresql | double precision        | 0
      postgresql | text                    | ''
      postgresql | varchar(20)             | ''
      postgresql | char                    | ''
      postgresql | uuid                    | gen_random_uuid()
      postgresql | jsonb                   | '{}'::jsonb
      postgresql | json                    | '{}'::json
      postgresql | int[]                   | '{}'
      postgresql | bytea                   |
      postgresql | interval                |
      mysql      | datetime                | CURRENT_TIMESTAMP
      mysql      | timestamp               | CURRENT_TIMESTAMP
      mysql      | datetime(3)             | CURRENT_TIMESTAMP(3)
      mysql      | date                    | (CURRENT_DATE)
      mysql      | boolean                 | false
      mysql      | tinyint                 | 0
      mysql      | int unsigned            | 0
      mysql      | decimal(10,2)           | 0
      mysql      | varchar(255)            | ''
      mysql      | text                    | ('')
      mysql      | json                    | (JSON_OBJECT())
      mysql      | uuid                    |
      mariadb    | text                    | ('')
      h2         | timestamp with time zone | CURRENT_TIMESTAMP
      h2         | boolean                 | false
      h2         | int array               |
      h2         | uuid                    |
      sqlite     | text                    | ''
      sqlite     | integer                 | 0
      """)
  void suggestsADefaultThatTheDialectAccepts(String dialect, String type, String suggestion) {
    Dialect chosen = Dialect.fromId(dialect).orElseThrow();

    assertThat(TypeDefaults.suggest(DataTypes.of(type, chosen), chosen)).isEqualTo(Optional.ofNullable(suggestion));
  }
}
