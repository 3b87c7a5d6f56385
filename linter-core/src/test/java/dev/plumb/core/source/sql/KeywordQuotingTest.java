package dev.plumb.core.source.sql;

import static dev.plumb.core.source.sql.StatementEffect.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Column;
import dev.plumb.core.model.Dialect;
import org.junit.jupiter.api.Test;

class KeywordQuotingTest {

  private static String quoted(Dialect dialect, String text) {
    return new KeywordQuoting(new SqlSyntax(dialect)).quoted(text).orElse(text);
  }

  @Test
  void reservedWordsInNamePositions_areQuotedInTheFoldedCase() {
    assertThat(quoted(Dialect.POSTGRESQL, "CREATE TABLE t (id int, Errors int, output text, settings jsonb)"))
        .isEqualTo("CREATE TABLE t (id int, \"errors\" int, \"output\" text, \"settings\" jsonb)");
    assertThat(quoted(Dialect.H2, "CREATE TABLE t (id int, errors int)"))
        .isEqualTo("CREATE TABLE t (id int, \"ERRORS\" int)");
    assertThat(quoted(Dialect.MYSQL, "UPDATE organizations SET settings = '{}' WHERE settings IS NULL"))
        .isEqualTo("UPDATE organizations SET `settings` = '{}' WHERE `settings` IS NULL");
    assertThat(quoted(Dialect.SQLITE, "INSERT INTO settings (user_id, value) VALUES (1, 'x')"))
        .isEqualTo("INSERT INTO \"settings\" (user_id, \"value\") VALUES (1, 'x')");
  }

  @Test
  void aColumnNamedCreated_isQuotedWhereItIsDropped() {
    assertThat(quoted(Dialect.POSTGRESQL, "ALTER TABLE orders DROP COLUMN created"))
        .isEqualTo("ALTER TABLE orders DROP COLUMN \"created\"");
    assertThat(quoted(Dialect.POSTGRESQL, "ALTER TABLE orders DROP created"))
        .isEqualTo("ALTER TABLE orders DROP \"created\"");
  }

  @Test
  void keywordsUsedAsKeywords_stayAsTheyAre() {
    String text = "CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY (START WITH 10), d interval DEFAULT "
        + "INTERVAL '1 day', n int) ; SELECT sum(n) OVER (ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM "
        + "public.t WHERE EXISTS (SELECT 1)";

    assertThat(quoted(Dialect.POSTGRESQL, text)).isEqualTo(text);
  }

  @Test
  void columnsNamedByReservedWords_areReplayedUnderTheirOwnNames() {
    StatementEffect effect = StatementEffect.postgres("", """
        CREATE TABLE events (local boolean, errors int, statement text, current boolean, prior int, value text);""");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after().table(path("public", "events")).orElseThrow().columns()).extracting(Column::name)
        .containsExactly("local", "errors", "statement", "current", "prior", "value");
  }

  @Test
  void alterColumnNamedByAReservedWord_withAnotherGapInTheSameStatement() {
    StatementEffect effect = StatementEffect.postgres("CREATE TABLE drivers (errors smallint);",
        "ALTER TABLE drivers ALTER COLUMN errors SET DATA TYPE integer;");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after().table(path("public", "drivers")).orElseThrow().column("errors"))
        .map(c -> c.type().toSql()).contains("integer");
  }
}
