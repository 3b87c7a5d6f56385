package dev.plumb.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DialectTest {

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      postgresql | Users          | users
      postgresql | "Users"        | Users
      postgresql | "say ""hi""\"   | say "hi"
      postgresql | '  spaced  '   | spaced
      h2         | users          | USERS
      h2         | "users"        | users
      mysql      | Orders         | orders
      mysql      | `Order``s`     | Order`s
      sqlite     | [Mixed Case]   | Mixed Case
      sqlite     | "x"            | x
      """)
  void foldsUnquotedNamesAndUnquotesTheRest(String dialect, String written, String catalogName) {
    String input = written.startsWith("'") ? written.substring(1, written.length() - 1) : written;

    assertThat(Dialect.fromId(dialect).orElseThrow().normalizeIdentifier(input)).isEqualTo(catalogName);
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      postgresql | users      | users
      postgresql | user_2$    | user_2$
      postgresql | Users      | "Users"
      postgresql | user       | "user"
      postgresql | order      | "order"
      postgresql | two words  | "two words"
      postgresql | 1st        | "1st"
      postgresql | say"hi     | "say""hi"
      h2         | USERS      | USERS
      h2         | users      | "users"
      h2         | USER       | "USER"
      mysql      | orders     | orders
      mysql      | order      | `order`
      mysql      | Order      | `Order`
      mysql      | a`b        | `a``b`
      mariadb    | key        | `key`
      sqlite     | index      | "index"
      """)
  void quotesOnlyWhereTheBareNameWouldReadDifferently(String dialect, String name, String sql) {
    assertThat(Dialect.fromId(dialect).orElseThrow().quoteIfNeeded(name)).isEqualTo(sql);
  }

  @Test
  void anEmptyNameIsQuoted() {
    assertThat(Dialect.POSTGRESQL.quoteIfNeeded("")).isEqualTo("\"\"");
  }

  @Test
  void findsDialectsByIdAndCommonNicknames() {
    assertThat(Dialect.fromId("postgresql")).contains(Dialect.POSTGRESQL);
    assertThat(Dialect.fromId(" Postgres ")).contains(Dialect.POSTGRESQL);
    assertThat(Dialect.fromId("PG")).contains(Dialect.POSTGRESQL);
    assertThat(Dialect.fromId("MariaDB")).contains(Dialect.MARIADB);
    assertThat(Dialect.fromId("h2")).contains(Dialect.H2);
    assertThat(Dialect.fromId("oracle")).isEmpty();
    assertThat(Dialect.fromId(null)).isEmpty();
    assertThat(Dialect.knownIds()).isEqualTo("postgresql, mysql, mariadb, sqlite, h2");
  }

  @Test
  void namesItsDefaultSchema() {
    assertThat(Dialect.POSTGRESQL.defaultSchema()).isEqualTo("public");
    assertThat(Dialect.H2.defaultSchema()).isEqualTo("PUBLIC");
    assertThat(Dialect.MYSQL.defaultSchema()).isEmpty();
    assertThat(Dialect.MARIADB.isMysqlFamily()).isTrue();
    assertThat(Dialect.SQLITE.isMysqlFamily()).isFalse();
  }
}
