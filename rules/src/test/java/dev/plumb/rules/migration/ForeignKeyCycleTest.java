package dev.plumb.rules.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.RelatedLocation;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForeignKeyCycleTest {

  private final RuleTester tester = RuleTester.of(new ForeignKeyCycle());

  @Test
  void twoTablesThatReferenceEachOther() {
    List<Finding> findings = tester
        .migration("V1__teams.sql", """
            CREATE TABLE teams (id int PRIMARY KEY, captain_id int);
            CREATE TABLE players (
              id int PRIMARY KEY,
              -- expect: foreign-key-cycle (note)
              team_id int REFERENCES teams (id)
            );
            ALTER TABLE teams
              ADD CONSTRAINT teams_captain FOREIGN KEY (captain_id) REFERENCES players (id);
            """)
        .check();

    Finding finding = findings.get(0);
    assertThat(finding.severity()).isEqualTo(Severity.NOTE);
    assertThat(finding.message()).isEqualTo("Foreign keys form a cycle: public.players -> public.teams -> "
        + "public.players");
    assertThat(finding.location().span()).hasValue(new SourceSpan("V1__teams.sql", 5, 3, 5, 35));
    assertThat(finding.related()).containsExactly(new RelatedLocation(new SourceSpan("V1__teams.sql", 8, 3, 8, 79),
        "foreign key teams_captain of public.teams references public.players"));
  }

  @Test
  void aLongerCycleIsReportedOnceAndTheRestOfTheGraphNot() {
    List<Finding> findings = tester
        .migration("V1__abc.sql", """
            CREATE TABLE a (id int PRIMARY KEY, c_id int);
            CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a (id), parent_id int REFERENCES b (id));
            CREATE TABLE c (id int PRIMARY KEY, b_id int REFERENCES b (id));
            -- expect: foreign-key-cycle
            ALTER TABLE a ADD FOREIGN KEY (c_id) REFERENCES c (id);
            CREATE TABLE d (id int PRIMARY KEY, a_id int REFERENCES a (id));
            """)
        .check();

    assertThat(findings).extracting(Finding::message)
        .containsExactly("Foreign keys form a cycle: public.a -> public.c -> public.b -> public.a");
  }

  @Test
  void selfReferencesAndChainsAreNoCycles() {
    tester
        .migration("V1__tree.sql", """
            CREATE TABLE categories (id int PRIMARY KEY, parent_id int REFERENCES categories (id));
            CREATE TABLE products (id int PRIMARY KEY, category_id int REFERENCES categories (id));
            CREATE TABLE lines (id int, product_id int REFERENCES products (id));
            """)
        .check();
  }
}
