package dev.plumb.core.source.sql;

import static dev.plumb.core.source.sql.StatementEffect.path;
import static dev.plumb.core.source.sql.StatementEffect.statementSpan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.plumb.core.model.Column;
import dev.plumb.core.model.DataType;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Table;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VirtualTableGrammarTest {

  @Test
  void fts5Table_hasATextColumnPerColumnArgument() {
    StatementEffect effect = StatementEffect.of(Dialect.SQLITE, "CREATE TABLE notes (id integer PRIMARY KEY);",
        "CREATE VIRTUAL TABLE notes_fts USING fts5(title, body UNINDEXED, content='notes', tokenize='porter');");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before().withTable(Table.empty(path("main", "notes_fts"),
        Optional.of(statementSpan(1, 100))).withColumns(List.of(
            Column.of(path("main", "notes_fts", "title"), DataType.of("text"), true),
            Column.of(path("main", "notes_fts", "body"), DataType.of("text"), true)))));
  }

  @Test
  void rtreeTable_hasAnIntegerIdAndRealCoordinates() {
    StatementEffect effect = StatementEffect.of(Dialect.SQLITE, "",
        "CREATE VIRTUAL TABLE IF NOT EXISTS track_rtree USING rtree(id, min_bpm, max_bpm);");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after().table(path("main", "track_rtree")).orElseThrow().columns())
        .extracting(Column::name, c -> c.type().toSql(), Column::nullable)
        .containsExactly(tuple("id", "integer", false),
            tuple("min_bpm", "real", true),
            tuple("max_bpm", "real", true));
  }

  @Test
  void otherModules_giveATableWithoutColumns() {
    StatementEffect effect = StatementEffect.of(Dialect.SQLITE, "", "CREATE VIRTUAL TABLE stats USING dbstat;");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after().table(path("main", "stats")).orElseThrow().columns()).isEmpty();
  }

  @Test
  void withoutModule_isNotUnderstood() {
    StatementEffect effect = StatementEffect.of(Dialect.SQLITE, "", "CREATE VIRTUAL TABLE t USING;");

    assertThat(effect.understood()).isFalse();
  }
}
