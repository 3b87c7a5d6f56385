package dev.plumb.core.source.sql;

import static dev.plumb.core.source.sql.ReadOperations.line;
import static dev.plumb.core.source.sql.ReadOperations.path;
import static dev.plumb.core.source.sql.ReadOperations.postgres;
import static dev.plumb.core.source.sql.ReadOperations.span;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.Operation.AddEnumValue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnumValueOperationsTest {

  @Test
  void valueAddedLastWithItsLiteralSpan() {
    String sql = "ALTER TYPE mood ADD VALUE 'ecstatic'";

    assertThat(postgres(sql)).isEqualTo(new AddEnumValue(path("public", "mood"), "ecstatic", Optional.empty(), false,
        span(27, 36), line(sql)));
  }

  @Test
  void positionAndIfNotExistsAcrossLines() {
    String sql = """
        ALTER TYPE app."Mood"
          ADD VALUE IF NOT EXISTS 'it''s ok' BEFORE 'sad';
        """;

    assertThat(postgres(sql)).isEqualTo(new AddEnumValue(path("app", "Mood"), "it's ok",
        Optional.of("BEFORE 'sad'"), true, span(2, 27, 2, 36), span(1, 1, 2, 49)));
  }

  @Test
  void otherAlterTypeFormsHaveNoOperation() {
    for (String sql : List.of("ALTER TYPE mood RENAME VALUE 'a' TO 'b'", "ALTER TYPE mood OWNER TO app",
        "ALTER TYPE mood ADD ATTRIBUTE x int", "ALTER TYPE mood ADD VALUE", "ALTER TYPE mood ADD VALUE x",
        "ALTER TYPE mood ADD VALUE 'a' AFTER", "ALTER TYPE mood ADD VALUE 'a' 'b'")) {
      assertThat(ReadOperations.of(Dialect.POSTGRESQL, sql)).as(sql).isEmpty();
    }
    assertThat(ReadOperations.of(Dialect.H2, "ALTER TYPE mood ADD VALUE 'a'")).isEmpty();
  }
}
