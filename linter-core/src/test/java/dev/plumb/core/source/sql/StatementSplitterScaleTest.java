package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.plumb.core.model.Dialect;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Guards against work that grows faster than the text. The limit is far above what linear splitting needs
 * (well under a second for 10 MB) so that a busy build machine does not fail it; quadratic work would take
 * minutes.
 */
class StatementSplitterScaleTest {

  private static final Duration LIMIT = Duration.ofSeconds(10);

  @Test
  void tenMegabytesOfMigrations() {
    String chunk = """
        CREATE TABLE "t;1" (id int, note text DEFAULT 'a;''b'); -- comment;
        /* nested /* comment; */ */ INSERT INTO t VALUES (E'\\';', $$;$$, $x$;$x$, $1);
        CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; END;
        """;
    int copies = 10_000_000 / chunk.length();
    String sql = chunk.repeat(copies);

    SplitResult result = assertTimeoutPreemptively(LIMIT,
        () -> new StatementSplitter(Dialect.POSTGRESQL).split("big.sql", sql));

    assertThat(result.statements()).hasSize(3 * copies);
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void constructsLeftOpenEverywhere() {
    String sql = "CREATE TRIGGER t BEGIN " + "CASE $a ' /* ".repeat(400_000);

    SplitResult result = assertTimeoutPreemptively(LIMIT,
        () -> new StatementSplitter(Dialect.SQLITE).split("open.sql", sql));

    assertThat(result.statements()).hasSize(1);
    assertThat(result.problems()).hasSize(1);
  }
}
