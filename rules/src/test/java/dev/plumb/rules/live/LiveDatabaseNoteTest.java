package dev.plumb.rules.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.live.LiveFacts;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LiveDatabaseNoteTest {

  private final RuleTester tester = RuleTester.of(new LiveDatabaseNote());

  @Test
  void eachNoteOfTheIntrospectionIsANote() {
    List<Finding> findings = tester.liveSql("live.sql", "CREATE TABLE t (id int);", LiveFacts.NONE)
        .liveNotes("no privilege to read pg_catalog.pg_sequences: sequence usage not checked")
        .expectAtAnchor("live-database-note", Optional.of(Severity.NOTE))
        .check();

    assertThat(findings.get(0).message()).isEqualTo("jdbc:test: no privilege to read pg_catalog.pg_sequences: "
        + "sequence usage not checked");
  }

  @Test
  void aCompleteReadOrAFileGivesNothing() {
    tester.liveSql("live.sql", "CREATE TABLE t (id int);", LiveFacts.NONE).check();
    RuleTester.of(new LiveDatabaseNote()).migration("V1__t.sql", "CREATE TABLE t (id int);").check();
  }
}
