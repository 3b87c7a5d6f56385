package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumb.core.model.Dialect;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ParseAheadTest {

  private static final String MIGRATION = """
      CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(320) NOT NULL, created_at timestamptz);
      CREATE UNIQUE INDEX users_email_idx ON users (lower(email));
      ALTER TABLE users ADD COLUMN name text;
      SELECT 1 garbage here;
      INSERT INTO users (email) VALUES ('a@example.com'), ('b@example.com');
      COMMENT ON TABLE users IS 'people';
      CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.x := 1; RETURN NEW; END; $$;
      ALTER TABLE users ALTER COLUMN name SET DATA TYPE varchar(100);
      CREATE VIEW active_users AS SELECT id, email FROM users WHERE created_at > now() - interval '1 day';
      DROP INDEX users_email_idx;
      """;

  private final StatementParser parser = new StatementParser(Dialect.POSTGRESQL, Duration.ofSeconds(5));

  @Test
  void givesEveryFilesSplitAndEveryStatementInOrderTheOutcomeOfItsOwnParse() {
    // Files with and without statements, and more statements than the window parsed ahead.
    List<SqlSourceFile> files = new ArrayList<>();
    for (int k = 1; k <= 30; k++) {
      files.add(new SqlSourceFile("V" + k + "__users.sql", k % 7 == 0 ? "-- nothing yet\n" : MIGRATION));
    }
    StatementSplitter splitter = new StatementSplitter(Dialect.POSTGRESQL);
    ParseAhead ahead = new ParseAhead(parser, splitter, files);

    int statements = 0;
    for (SqlSourceFile file : files) {
      SplitResult split = ahead.split(file);
      assertThat(split).isEqualTo(splitter.split(file.displayName(), file.content()));
      for (SqlStatement statement : split.statements()) {
        assertThat(described(ahead.next(statement))).isEqualTo(described(parser.parse(statement.text())));
        statements++;
      }
    }
    assertThat(statements).isEqualTo(26 * 10);
  }

  @Test
  void filesAndStatementsMustBeTakenInTheOrderGiven() {
    List<SqlSourceFile> files = List.of(new SqlSourceFile("V1__a.sql", MIGRATION),
        new SqlSourceFile("V2__b.sql", MIGRATION));
    ParseAhead ahead = new ParseAhead(parser, new StatementSplitter(Dialect.POSTGRESQL), files);

    assertThatThrownBy(() -> ahead.split(files.get(1))).isInstanceOf(IllegalStateException.class)
        .hasMessage("files must be taken in the order they were given");
    List<SqlStatement> statements = ahead.split(files.get(0)).statements();
    assertThatThrownBy(() -> ahead.next(statements.get(1))).isInstanceOf(IllegalStateException.class)
        .hasMessage("statements must be taken in the order they were given");
  }

  @Test
  @Timeout(60) // what it guards against is a replay that waits forever
  void aParseThatDoesNotStop_isLeftBehindAndTheOthersGoOn() {
    CountDownLatch release = new CountDownLatch(1);
    Function<String, ParseOutcome> stuckOnTheFirst = sql -> {
      if (sql.contains("stuck")) {
        awaitQuietly(release);
      }
      return parser.parse(sql);
    };
    ParseOutcome gaveUp = ParseOutcome.Rejected.atStart("gave up");
    SqlSourceFile file = new SqlSourceFile("V1__users.sql", "SELECT 'stuck';\n" + MIGRATION.repeat(2));
    ParseAhead ahead = new ParseAhead(stuckOnTheFirst, Duration.ofSeconds(1), gaveUp,
        new StatementSplitter(Dialect.POSTGRESQL), List.of(file));
    List<SqlStatement> statements = ahead.split(file).statements();

    try {
      assertThat(ahead.next(statements.get(0))).isEqualTo(gaveUp);
      for (SqlStatement statement : statements.subList(1, statements.size())) {
        assertThat(described(ahead.next(statement))).isEqualTo(described(parser.parse(statement.text())));
      }
    } finally {
      release.countDown();
    }
  }

  /** Statements are compared by what they print, JSqlParser's statements having no equals. */
  private static String described(ParseOutcome outcome) {
    return outcome instanceof ParseOutcome.Parsed parsed
        ? parsed.statement().getClass().getSimpleName() + ": " + parsed.statement()
        : outcome.toString();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
