package dev.plumb.core.source.sql;

import static dev.plumb.core.source.sql.StatementEffect.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Index;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndexGrammarTest {

  private static final String SETUP = """
      CREATE SCHEMA app;
      CREATE TABLE app.events (id bigint, kind text, at timestamptz) PARTITION BY RANGE (at);
      CREATE TABLE app.events_2025 PARTITION OF app.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
      CREATE INDEX events_kind_idx ON app.events (kind);
      CREATE INDEX events_2025_kind_idx ON app.events_2025 (kind);
      CREATE INDEX events_at_idx ON app.events (at);
      """;

  @Test
  void alterIndexRename_renamesTheIndexInItsSchema() {
    StatementEffect effect = StatementEffect.postgres(SETUP,
        "ALTER INDEX IF EXISTS app.events_kind_idx RENAME TO events_event_type_idx;");

    assertThat(effect.understood()).isTrue();
    Index renamed = effect.before().index(path("app", "events_kind_idx")).orElseThrow();
    assertThat(effect.after()).isEqualTo(effect.before().updateTable(path("app", "events"), t -> t.withIndexes(
        List.of(new Index(path("app", "events_event_type_idx"), renamed.table(), renamed.keys(), renamed.unique(),
            renamed.predicate(), renamed.method(), renamed.valid(), renamed.span()),
            t.index("events_at_idx").orElseThrow()))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ALTER INDEX app.events_kind_idx SET TABLESPACE fast",
      "ALTER INDEX app.events_kind_idx ATTACH PARTITION app.events_2025_kind_idx",
      "ALTER INDEX app.events_kind_idx SET (fillfactor = 70)", "ALTER INDEX app.events_kind_idx RESET (fastupdate)",
      "ALTER INDEX app.events_kind_idx ALTER COLUMN 1 SET STATISTICS 100",
      "ALTER INDEX app.events_kind_idx DEPENDS ON EXTENSION pg_trgm",
      "ALTER INDEX ALL IN TABLESPACE slow OWNED BY app SET TABLESPACE fast NOWAIT"})
  void alterIndexWithoutModelEffect_understoodWithoutChange(String statement) {
    StatementEffect effect = StatementEffect.postgres(SETUP, statement + ";");

    assertThat(effect.understood()).as(statement).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before());
  }

  @Test
  void dropIndexConcurrentlyIfExists_severalNames() {
    StatementEffect effect = StatementEffect.postgres(SETUP,
        "DROP INDEX CONCURRENTLY IF EXISTS app.events_kind_idx, app.events_at_idx, app.missing_idx CASCADE;");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before().updateTable(path("app", "events"),
        t -> t.withIndexes(List.of())));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ALTER INDEX app.events_kind_idx", "ALTER INDEX app.events_kind_idx RENAME TO",
      "ALTER INDEX app.events_kind_idx SET TABLESPACE", "ALTER INDEX app.events_kind_idx ATTACH PARTITION",
      "DROP INDEX CONCURRENTLY IF EXISTS", "DROP INDEX CONCURRENTLY app.events_kind_idx,"})
  void partlyMatchingStatements_areNotUnderstood(String statement) {
    StatementEffect effect = StatementEffect.postgres(SETUP, statement + ";");

    assertThat(effect.understood()).as(statement).isFalse();
    assertThat(effect.after()).isEqualTo(effect.before());
  }
}
