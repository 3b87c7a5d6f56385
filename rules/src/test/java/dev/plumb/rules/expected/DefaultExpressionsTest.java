package dev.plumb.rules.expected;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultExpressionsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
      'pending'::text                   => 'pending'
      ('pending'::character varying)    => 'pending'
      'x'::timestamp(3) with time zone  => 'x'
      '{}'::jsonb                       => '{}'
      ((0))                             => 0
      (0)::numeric                      => 0
      CURRENT_TIMESTAMP                 => now()
      current_timestamp()               => now()
      transaction_timestamp()           => now()
      NOW( )                            => now()
      TRUE                              => true
      'a''b'                            => 'a''b'
      'A B'                             => 'A B'
      'a::b'                            => 'a::b'
      nextval('users_id_seq'::regclass) => nextval('users_id_seq'::regclass)
      (1) + (2)                         => (1)+(2)
      LOWER( 'MiXed' )                  => lower('MiXed')
      'a'::text || 'b'::text            => 'a'::text||'b'
      1::integer + 2                    => 1::integer+2
      """)
  void normalizesCastsParenthesesCaseAndSpaceOutsideQuotes(String written, String normalized) {
    assertThat(DefaultExpressions.normalize(written)).isEqualTo(normalized);
  }

  @ParameterizedTest(name = "{0} = {1}: {2}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
      'pending'::text        => 'pending'           => true
      ((0))                  => 0                   => true
      now()                  => CURRENT_TIMESTAMP   => true
      CURRENT_TIMESTAMP      => current_timestamp() => true
      Lower('x')             => lower( 'x' )        => true
      'it''s'::text          => 'it''s'             => true
      'Pending'              => 'pending'           => false
      'a  b'                 => 'a b'               => false
      'a'::text || 'b'::text => 'a'                 => false
      1::integer + 2         => 1                   => false
      0                      => 1                   => false
      """)
  void comparesDefaultsAsTheDatabaseMeansThem(String left, String right, boolean same) {
    assertThat(DefaultExpressions.same(left, right)).isEqualTo(same);
    assertThat(DefaultExpressions.same(right, left)).isEqualTo(same);
  }
}
