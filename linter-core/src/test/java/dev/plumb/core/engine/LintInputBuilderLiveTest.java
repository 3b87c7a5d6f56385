package dev.plumb.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.live.LiveFacts;
import dev.plumb.core.model.live.LiveFacts.InvalidIndex;
import dev.plumb.core.source.InputException;
import dev.plumb.core.source.live.LiveDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LintInputBuilderLiveTest {

  private static final LiveFacts FACTS = new LiveFacts(List.of(new InvalidIndex(ObjectPath.of("public", "t_c_idx"),
      ObjectPath.of("public", "t"))), List.of(), List.of(), List.of());

  private static Schema replayed(Dialect dialect, String sql) {
    return new LintInputBuilder(Optional.of(dialect), Path.of("/p")).sql("live.sql", sql).build().actual();
  }

  private static LiveDatabase database(Dialect dialect, String sql, List<String> notes) {
    return new LiveDatabase(dialect, "jdbc:postgresql://db/app", replayed(dialect, sql), FACTS, notes);
  }

  @Test
  void theLiveSchemaIsUnderCheck_theMigrationsStillGiveTheirTrace() {
    LintInput input = new LintInputBuilder(Optional.empty(), Path.of("/p"))
        .live(database(Dialect.POSTGRESQL, "CREATE TABLE live_only (id int);", List.of()))
        .sql("V1__t.sql", "CREATE TABLE migrated (id int);")
        .build();

    assertThat(input.actual().table(ObjectPath.of("public", "live_only"))).isPresent();
    assertThat(input.actual().table(ObjectPath.of("public", "migrated"))).isEmpty();
    assertThat(input.trace()).isPresent();
    assertThat(input.trace().get().steps()).hasSize(1);
    assertThat(input.liveFacts()).contains(FACTS);
    assertThat(input.problems()).isEmpty();
  }

  @Test
  void withoutALiveDatabaseThereAreNoLiveFacts() {
    LintInput input = new LintInputBuilder(Optional.empty(), Path.of("/p")).sql("V1__t.sql", "CREATE TABLE t (id int);")
        .build();

    assertThat(input.liveFacts()).isEmpty();
  }

  @Test
  void theLiveDatabaseGivesTheDialect() {
    LintInputBuilder builder = new LintInputBuilder(Optional.empty(), Path.of("/p"))
        .live(database(Dialect.SQLITE, "CREATE TABLE t (id integer);", List.of()));

    assertThat(builder.dialect()).isEqualTo(Dialect.SQLITE);
  }

  @Test
  void notesBecomeProblemsAnchoredWhereTheRunWasSetUp() {
    LintInput input = new LintInputBuilder(Optional.empty(), Path.of("/p"))
        .live(database(Dialect.POSTGRESQL, "CREATE TABLE t (id int);",
            List.of("no privilege to read pg_catalog.pg_sequences: sequence usage not checked")))
        .configFile("plumb.yml")
        .build();

    assertThat(input.problems()).extracting(SourceProblem::kind, p -> p.span().file(), SourceProblem::message)
        .containsExactly(tuple(SourceProblem.LIVE_DATABASE_NOTE, "plumb.yml",
            "jdbc:postgresql://db/app: no privilege to read pg_catalog.pg_sequences: sequence usage not checked"));
  }

  @Test
  void notesAreAnchoredAtTheExpectedSchemaReadDuringTheReplay_once() throws InputException {
    LintInput input = new LintInputBuilder(Optional.empty(), Path.of("/p"))
        .live(database(Dialect.POSTGRESQL, "CREATE TABLE t (id int);", List.of("partial")))
        .expectedDuringReplay("schema.yml", "dialect: postgresql\ntables: []\n")
        .sql("V1__t.sql", "CREATE TABLE t (id int);")
        .buildChecked();

    assertThat(input.problems()).extracting(p -> p.span().file() + " " + p.message())
        .containsExactly("schema.yml jdbc:postgresql://db/app: partial");
    assertThat(input.liveFacts()).contains(FACTS);
  }
}
