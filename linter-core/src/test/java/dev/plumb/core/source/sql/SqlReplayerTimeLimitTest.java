package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A statement the parser needs too long for is a finding at that statement; the replay goes on. */
class SqlReplayerTimeLimitTest {

  private static final String FILE = "V1__seed.sql";

  @Test
  void aStatementPastTheTimeLimitIsReportedAndTheNextOneReplayed() {
    SqlReplayer replayer = new SqlReplayer(Dialect.POSTGRESQL, Duration.ofMillis(200));
    // Loads the parser's classes, which can take longer than the limit on a cold JVM.
    replayer.replay(List.of(new SqlSourceFile("warm-up.sql", "CREATE TABLE warm (id int);")));
    // About a megabyte of seed data: JSqlParser needs seconds for it.
    StringBuilder seed = new StringBuilder("INSERT INTO items (id, name) VALUES ");
    for (int i = 0; i < 60_000; i++) {
      seed.append(i == 0 ? "" : ", ").append('(').append(i).append(", 'item ").append(i).append("')");
    }
    String sql = "CREATE TABLE items (id int, name text);\n" + seed + ";\nCREATE TABLE after_seed (id int);\n";

    ReplayResult result = replayer.replay(List.of(new SqlSourceFile(FILE, sql)));

    assertThat(result.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.kind()).isEqualTo(SourceProblem.SQL_PARSE_ERROR);
      assertThat(problem.span().file()).isEqualTo(FILE);
      assertThat(problem.span().line()).isEqualTo(2);
      assertThat(problem.message()).contains("200 ms");
    });
    assertThat(result.statements()).isEqualTo(3);
    assertThat(result.understood()).isEqualTo(2);
    assertThat(result.schema().table(ObjectPath.of("public", "after_seed"))).isPresent();
  }
}
