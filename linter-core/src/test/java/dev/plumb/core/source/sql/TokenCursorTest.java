package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import org.junit.jupiter.api.Test;

class TokenCursorTest {

  private static TokenCursor cursor(Dialect dialect, String text) {
    return TokenCursor.of(text, new SqlSyntax(dialect));
  }

  @Test
  void acceptConsumesAllWordsOrNone() {
    TokenCursor t = cursor(Dialect.POSTGRESQL, "drop /* note */ INDEX concurrently x");

    assertThat(t.accept("DROP", "TABLE")).isFalse();
    assertThat(t.position()).isZero();
    assertThat(t.accept("DROP", "INDEX")).isTrue();
    assertThat(t.acceptAny("IF", "CONCURRENTLY")).contains("CONCURRENTLY");
    assertThat(t.name()).contains("x");
    assertThat(t.atEnd()).isTrue();
  }

  @Test
  void qualifiedNamesKeepTheirQuotesAndDropBlanksAroundDots() {
    assertThat(cursor(Dialect.POSTGRESQL, "app . \"Order Items\"").qualifiedName()).contains("app.\"Order Items\"");
    assertThat(cursor(Dialect.MYSQL, "`shop`.`orders`").qualifiedName()).contains("`shop`.`orders`");
    assertThat(cursor(Dialect.POSTGRESQL, "app.").qualifiedName()).isEmpty();
  }

  @Test
  void namesAndStringsFollowTheDialectsQuotes() {
    assertThat(cursor(Dialect.POSTGRESQL, "\"x\"").name()).contains("\"x\"");
    assertThat(cursor(Dialect.MYSQL, "\"x\"").name()).isEmpty();
    assertThat(cursor(Dialect.MYSQL, "\"x\"").string()).isTrue();
    assertThat(cursor(Dialect.POSTGRESQL, "42").name()).isEmpty();
  }

  @Test
  void stringValuesAreUnquoted() {
    assertThat(cursor(Dialect.POSTGRESQL, "'it''s'").stringValue()).contains("it's");
    assertThat(cursor(Dialect.POSTGRESQL, "$body$ a ' b $body$").stringValue()).contains(" a ' b ");
    assertThat(cursor(Dialect.POSTGRESQL, "E'x'").stringValue()).contains("x");
    assertThat(cursor(Dialect.POSTGRESQL, "$$$$").stringValue()).contains("");
  }

  @Test
  void unterminatedStringsHaveNoValueAndStayUnconsumed() {
    for (String text : new String[] {"'", "'abc", "E'", "$$", "$$ body", "$tag$ body $ta"}) {
      TokenCursor t = cursor(Dialect.POSTGRESQL, text);

      assertThat(t.stringValue()).as(text).isEmpty();
      assertThat(t.position()).as(text).isZero();
    }
  }

  @Test
  void groupsSkipBalancedParenthesesIgnoringThoseInStrings() {
    TokenCursor t = cursor(Dialect.POSTGRESQL, "(a, (b), ')') c");

    assertThat(t.group()).isTrue();
    assertThat(t.name()).contains("c");
    assertThat(cursor(Dialect.POSTGRESQL, "(a, (b)").group()).isFalse();
  }

  @Test
  void valuesAreSignedNumbersStringsAndWords() {
    TokenCursor t = cursor(Dialect.H2, "-1 2.5 'x' on");

    assertThat(t.value() && t.value() && t.value() && t.value()).isTrue();
    assertThat(t.atEnd()).isTrue();
    assertThat(cursor(Dialect.H2, "-x").value()).isFalse();
  }
}
