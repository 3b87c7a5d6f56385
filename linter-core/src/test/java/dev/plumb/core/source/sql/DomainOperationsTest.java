package dev.plumb.core.source.sql;

import static dev.plumb.core.source.sql.ReadOperations.line;
import static dev.plumb.core.source.sql.ReadOperations.only;
import static dev.plumb.core.source.sql.ReadOperations.path;
import static dev.plumb.core.source.sql.ReadOperations.postgres;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.Operation.DomainConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainOperationsTest {

  @Test
  void createdWithACheck() {
    String sql = "CREATE DOMAIN app.email AS text NOT NULL CONSTRAINT has_at CHECK (VALUE LIKE '%@%')";

    assertThat(postgres(sql)).isEqualTo(new DomainConstraint(path("app", "email"), true, true, false, line(sql)));
  }

  @Test
  void createdWithoutACheck() {
    String sql = "CREATE DOMAIN note AS text DEFAULT 'check later' NOT NULL";

    assertThat(postgres(sql)).isEqualTo(new DomainConstraint(path("public", "note"), true, false, false, line(sql)));
  }

  @Test
  void checkAddedLaterWithOrWithoutNotValid() {
    String sql = "ALTER DOMAIN email ADD CONSTRAINT has_at CHECK (VALUE LIKE '%@%') NOT VALID";

    assertThat(postgres(sql)).isEqualTo(new DomainConstraint(path("public", "email"), false, true, true, line(sql)));
    assertThat(postgres("ALTER DOMAIN email ADD CHECK (length(VALUE) < 100)")).isEqualTo(new DomainConstraint(
        path("public", "email"), false, true, false, line("ALTER DOMAIN email ADD CHECK (length(VALUE) < 100)")));
    assertThat(((DomainConstraint) postgres("ALTER DOMAIN email ADD CONSTRAINT present NOT NULL")).hasCheck())
        .isFalse();
  }

  @Test
  void h2Domains() {
    String sql = "CREATE DOMAIN IF NOT EXISTS email AS VARCHAR(200) CHECK (POSITION('@', VALUE) > 1)";

    assertThat(only(Dialect.H2, sql)).isEqualTo(new DomainConstraint(path("PUBLIC", "EMAIL"), true, true, false,
        line(sql)));
  }

  @Test
  void otherFormsAndDialectsHaveNoOperation() {
    for (String sql : List.of("ALTER DOMAIN email SET DEFAULT ''", "ALTER DOMAIN email DROP CONSTRAINT has_at",
        "ALTER DOMAIN email VALIDATE CONSTRAINT has_at", "ALTER DOMAIN email ADD CHECK", "CREATE DOMAIN",
        "ALTER DOMAIN email ADD CONSTRAINT CHECK (true)", "ALTER DOMAIN email ADD CHECK (true) NOT VALID x")) {
      assertThat(ReadOperations.of(Dialect.POSTGRESQL, sql)).as(sql).isEmpty();
    }
    assertThat(ReadOperations.of(Dialect.MYSQL, "CREATE DOMAIN d AS int CHECK (VALUE > 0)")).isEmpty();
  }
}
