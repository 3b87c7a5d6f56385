package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MysqlInlineReferencesIgnoredTest {

  private final RuleTester tester = RuleTester.of(new MysqlInlineReferencesIgnored()).dialect(Dialect.MYSQL);

  @Test
  void inlineReferencesInCreateTable() {
    List<Finding> findings = tester
        .migration("V1__t.sql", """
            CREATE TABLE users (id int PRIMARY KEY);
            CREATE TABLE pets (
              id int PRIMARY KEY,
              -- expect: mysql-inline-references-ignored (warning)
              owner_id int REFERENCES users (id) ON DELETE CASCADE,
              -- expect: mysql-inline-references-ignored
              vet_id int REFERENCES users (id) NOT NULL
            );
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Column pets.owner_id has an inline REFERENCES users, which "
        + "MySQL (before 9.0) ignores: no foreign key is created");
    assertThat(findings.get(0).remediations()).extracting(Remediation::sql).containsExactly(
        Optional.of("FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE CASCADE"), Optional.empty());
    assertThat(findings.get(0).remediations().get(1).edits())
        .containsExactly(new TextEdit("V1__t.sql", 5, 16, 5, 16, ", FOREIGN KEY (owner_id) "));
    // REFERENCES before NOT NULL: splitting there would make NOT NULL part of the constraint.
    assertThat(findings.get(1).remediations()).allMatch(r -> r.edits().isEmpty());
  }

  @Test
  void inlineReferencesInAddColumn() {
    List<Finding> findings = tester
        .migration("V1__t.sql", "CREATE TABLE users (id int PRIMARY KEY); CREATE TABLE pets (id int PRIMARY KEY);")
        .migration("V2__owner.sql", """
            -- expect: mysql-inline-references-ignored
            ALTER TABLE pets ADD COLUMN owner_id int REFERENCES users (id);
            """)
        .check();

    assertThat(findings.get(0).remediations().get(0).sql())
        .contains("ALTER TABLE pets ADD COLUMN owner_id int, ADD FOREIGN KEY (owner_id) REFERENCES users (id);");
    assertThat(findings.get(0).remediations().get(1).edits())
        .containsExactly(new TextEdit("V2__owner.sql", 2, 42, 2, 42, ", ADD FOREIGN KEY (owner_id) "));
  }

  @Test
  void tableConstraintsAreFine() {
    tester
        .migration("V1__t.sql", """
            CREATE TABLE users (id int PRIMARY KEY);
            CREATE TABLE pets (id int PRIMARY KEY, owner_id int, FOREIGN KEY (owner_id) REFERENCES users (id));
            ALTER TABLE pets ADD COLUMN vet_id int, ADD CONSTRAINT pets_vet FOREIGN KEY (vet_id) REFERENCES users (id);
            """)
        .check();
  }

  @Test
  void mariadbAndPostgresHonourInlineReferences() {
    String sql = """
        CREATE TABLE users (id int PRIMARY KEY);
        CREATE TABLE pets (id int PRIMARY KEY, owner_id int REFERENCES users (id));
        """;
    RuleTester.of(new MysqlInlineReferencesIgnored()).dialect(Dialect.MARIADB).migration("V1__t.sql", sql).check();
    RuleTester.of(new MysqlInlineReferencesIgnored()).migration("V1__t.sql", sql).check();
  }
}
