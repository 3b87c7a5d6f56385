package dev.plumb.core.source.sql;

import static dev.plumb.core.source.sql.StatementEffect.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.View;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ViewGrammarTest {

  private static final String SETUP = """
      CREATE SCHEMA reporting;
      CREATE TABLE drivers (id int PRIMARY KEY);
      CREATE VIEW depot_load (driver, n) AS SELECT id, 1 FROM drivers;
      CREATE MATERIALIZED VIEW driver_stats AS SELECT id AS driver_id FROM drivers;
      """;

  @Test
  void alterViewRename_movesTheView() {
    StatementEffect effect = StatementEffect.postgres(SETUP, "ALTER VIEW depot_load RENAME TO depot_loads;");

    View view = effect.before().views().get(path("public", "depot_load"));
    assertThat(effect.understood()).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before().withoutView(view.path()).withView(new View(
        path("public", "depot_loads"), view.columns(), view.definition(), false, view.comment(), view.span())));
  }

  @Test
  void alterMaterializedViewSetSchema_movesTheView() {
    StatementEffect effect = StatementEffect.postgres(SETUP,
        "ALTER MATERIALIZED VIEW IF EXISTS driver_stats SET SCHEMA reporting;");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after().views()).containsOnlyKeys(path("public", "depot_load"),
        path("reporting", "driver_stats"));
  }

  @Test
  void alterViewRenameColumn_renamesItsListedColumn() {
    StatementEffect effect = StatementEffect.postgres(SETUP, "ALTER VIEW depot_load RENAME COLUMN n TO shipments;");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after().views().get(path("public", "depot_load")).columns())
        .isEqualTo(List.of("driver", "shipments"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ALTER VIEW depot_load OWNER TO reporting", "ALTER VIEW depot_load SET (security_barrier)",
      "ALTER VIEW depot_load ALTER COLUMN n SET DEFAULT 0", "ALTER VIEW depot_load ALTER n DROP DEFAULT",
      "ALTER MATERIALIZED VIEW driver_stats SET (autovacuum_enabled = false)",
      "ALTER MATERIALIZED VIEW driver_stats CLUSTER ON driver_stats_idx",
      "ALTER MATERIALIZED VIEW driver_stats SET TABLESPACE fast"})
  void alterViewWithoutModelEffect_understoodWithoutChange(String statement) {
    StatementEffect effect = StatementEffect.postgres(SETUP, statement + ";");

    assertThat(effect.understood()).as(statement).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ALTER VIEW depot_load RENAME TO", "ALTER VIEW depot_load SET TABLESPACE fast",
      "ALTER VIEW depot_load RENAME COLUMN n", "ALTER MATERIALIZED VIEW driver_stats"})
  void partlyMatchingStatements_areNotUnderstood(String statement) {
    StatementEffect effect = StatementEffect.postgres(SETUP, statement + ";");

    assertThat(effect.understood()).as(statement).isFalse();
  }
}
