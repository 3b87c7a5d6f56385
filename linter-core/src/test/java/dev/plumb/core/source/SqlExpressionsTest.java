package dev.plumb.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlExpressionsTest {

  @Test
  void parenthesesAroundTheWholeTextComeOff_howeverMany() {
    assertThat(SqlExpressions.unparenthesized(" ((total > 0)) ")).isEqualTo("total > 0");
  }

  @Test
  void parenthesesThatCloseBeforeTheEndStay_andThoseInStringsDoNotCount() {
    assertThat(SqlExpressions.unparenthesized("(a) + (b)")).isEqualTo("(a) + (b)");
    assertThat(SqlExpressions.unparenthesized("(note <> ')')")).isEqualTo("note <> ')'");
  }
}
