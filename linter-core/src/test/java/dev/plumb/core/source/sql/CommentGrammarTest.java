package dev.plumb.core.source.sql;

import static dev.plumb.core.source.sql.StatementEffect.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Schema;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommentGrammarTest {

  private static final String SETUP = """
      CREATE TABLE shipments (id int PRIMARY KEY, statement text, CONSTRAINT shipments_id_positive CHECK (id > 0));
      CREATE INDEX shipments_statement_idx ON shipments (statement);
      CREATE MATERIALIZED VIEW shipment_count AS SELECT count(*) AS n FROM shipments;
      CREATE TYPE route_state AS ENUM ('planned', 'done');
      CREATE FUNCTION route_stop_count() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
      """;

  @ParameterizedTest
  @ValueSource(strings = {"COMMENT ON FUNCTION route_stop_count() IS 'Keeps routes.stops in step'",
      "COMMENT ON PROCEDURE app.grant_role(uuid, text) IS 'Idempotent'",
      "COMMENT ON INDEX shipments_statement_idx IS 'x'",
      "COMMENT ON TYPE route_state IS 'Lifecycle of a route'", "COMMENT ON DOMAIN billing.cents IS NULL",
      "COMMENT ON SCHEMA public IS 'standard public schema'", "COMMENT ON EXTENSION citext IS 'case-insensitive text'",
      "COMMENT ON SEQUENCE shipments_id_seq IS 'x'", "COMMENT ON TRIGGER route_stops_count ON route_stops IS 'x'",
      "COMMENT ON CONSTRAINT shipments_id_positive ON shipments IS 'A shipment must have an id'",
      "COMMENT ON CONSTRAINT cents_check ON DOMAIN billing.cents IS 'x'", "COMMENT ON POLICY p ON shipments IS 'x'",
      "COMMENT ON EVENT TRIGGER ddl_log IS 'Audit of schema changes'", "COMMENT ON ROLE app IS 'x'",
      "COMMENT ON AGGREGATE my_sum(int) IS 'x'", "COMMENT ON TEXT SEARCH CONFIGURATION fr IS 'x'"})
  void commentsTheModelKeepsNoCommentFor_understoodWithoutChange(String statement) {
    StatementEffect effect = StatementEffect.postgres(SETUP, statement + ";");

    assertThat(effect.understood()).as(statement).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before());
  }

  @Test
  void commentOnMaterializedView_setsTheViewsComment() {
    StatementEffect effect = StatementEffect.postgres(SETUP,
        "COMMENT ON MATERIALIZED VIEW shipment_count IS 'Refreshed nightly';");

    assertThat(effect.understood()).isTrue();
    Schema before = effect.before();
    assertThat(effect.after()).isEqualTo(before.withView(
        before.views().get(path("public", "shipment_count")).withComment(Optional.of("Refreshed nightly"))));
  }

  @Test
  void commentOnColumnNamedByAReservedWord_setsTheColumnsComment() {
    StatementEffect effect = StatementEffect.postgres(SETUP,
        "COMMENT ON COLUMN shipments.statement IS 'Customs statement, free text';");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before().updateTable(path("public", "shipments"),
        t -> t.updateColumn("statement", c -> c.withComment(Optional.of("Customs statement, free text")))));
  }

  @Test
  void commentIsNull_removesTheComment() {
    StatementEffect effect = StatementEffect.postgres(SETUP + "COMMENT ON MATERIALIZED VIEW shipment_count IS 'x';",
        "COMMENT ON MATERIALIZED VIEW shipment_count IS NULL;");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after().views().get(path("public", "shipment_count")).comment()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"COMMENT ON FUNCTION route_stop_count( IS 'x'", "COMMENT ON INDEX IS 'x'",
      "COMMENT ON TYPE route_state 'x'", "COMMENT ON TRIGGER t IS 'x' extra", "COMMENT ON WIDGET w IS 'x'",
      "COMMENT ON TYPE route_state IS 42"})
  void partlyMatchingComments_areNotUnderstood(String statement) {
    StatementEffect effect = StatementEffect.postgres(SETUP, statement + ";");

    assertThat(effect.understood()).as(statement).isFalse();
  }
}
