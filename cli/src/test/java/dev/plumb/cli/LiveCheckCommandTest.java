package dev.plumb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.source.live.LiveConnector;
import dev.plumb.core.source.live.LiveTarget;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plumb check --db} up to the connection, against real drivers: closed ports, missing files, wrong
 * passwords; the password never shows. The surefire configuration sets PLUMB_TEST_WRONG_PASSWORD.
 */
class LiveCheckCommandTest {

  @TempDir
  Path directory;

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void assertOneLine(CliRun run) {
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
    assertThat(run.err().strip()).doesNotContain("\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aClosedPortIsRetriedThenReportedInOneLineWithoutThePassword() throws IOException {
    int port = closedPort();
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/app?password=s3cret&ssl=false";
    long start = System.nanoTime();

    CliRun run = CliRun.of("check", "--db", url, "--connect-retries", "2", "--connect-timeout", "2s");

    assertOneLine(run);
    assertThat(run.err()).startsWith("plumb: jdbc:postgresql://127.0.0.1:" + port + "/app?ssl=false: "
        + "cannot connect after 3 attempts: connection refused").doesNotContain("s3cret");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).as("waits 0.5 s and 1 s between the attempts")
        .isGreaterThanOrEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void aPasswordInUserInfoThatTheDriverEchoesIsBlanked() throws IOException {
    // The PostgreSQL driver takes no user info: it reports "plumb:s3cret@127.0.0.1" as an unknown host.
    CliRun run = CliRun.of("check", "--db", "jdbc:postgresql://plumb:s3cret@127.0.0.1:" + closedPort() + "/app",
        "--connect-retries", "0");

    assertOneLine(run);
    assertThat(run.err()).contains("plumb:***@127.0.0.1").doesNotContain("s3cret");
  }

  @Test
  void withoutRetriesOneAttemptIsMade() throws IOException {
    int port = closedPort();

    CliRun run = CliRun.of("check", "--db", "jdbc:mariadb://127.0.0.1:" + port + "/shop?user=root&password=pw",
        "--connect-retries", "0");

    assertOneLine(run);
    assertThat(run.err()).startsWith("plumb: jdbc:mariadb://127.0.0.1:" + port + "/shop?user=root: cannot connect: ")
        .doesNotContain("password=pw");
  }

  @Test
  void aMissingSqliteFileIsReportedAndNotCreated() {
    Path file = directory.resolve("missing.db");

    CliRun run = CliRun.of("check", "--db", "jdbc:sqlite:" + file);

    assertOneLine(run);
    assertThat(run.err()).contains("jdbc:sqlite:" + file + ": unknown database: no SQLite file " + file);
    assertThat(file).doesNotExist();
    assertThat(CliRun.of("check", "--db", "jdbc:sqlite:file:" + file + "?cache=shared").err())
        .contains("unknown database");
    assertThat(file).doesNotExist();
  }

  @Test
  void aSqliteFileIsOpenedReadOnly() throws Exception {
    Path file = directory.resolve("app.db");
    try (Connection setup = DriverManager.getConnection("jdbc:sqlite:" + file);
         Statement statement = setup.createStatement()) {
      statement.execute("CREATE TABLE t (id integer PRIMARY KEY)");
    }
    LiveTarget target = new LiveTarget("jdbc:sqlite:" + file, Optional.empty(), Optional.empty(), Optional.empty(),
        List.of(), 0, Duration.ofSeconds(5));

    try (Connection connection = new LiveConnector().connect(target, Dialect.SQLITE);
         Statement statement = connection.createStatement()) {
      assertThat(connection.isReadOnly()).isTrue();
      assertThatThrownBy(() -> statement.execute("INSERT INTO t VALUES (1)")).isInstanceOf(SQLException.class)
          .hasMessageContaining("readonly");
    }
  }

  @Test
  void aWrongPasswordIsAnAuthenticationFailure_notRetried() throws Exception {
    try (Connection keepAlive = DriverManager.getConnection("jdbc:h2:mem:authcheck", "sa", "right")) {
      CliRun run = CliRun.of("check", "--db", "jdbc:h2:mem:authcheck", "--user", "sa",
          "--password-env", "PLUMB_TEST_WRONG_PASSWORD", "--connect-retries", "3");

      assertOneLine(run);
      assertThat(run.err()).startsWith("plumb: jdbc:h2:mem:authcheck: cannot connect: authentication failed")
          .doesNotContain("wrong-password");
    }
  }

  @Test
  void anH2DatabaseIsNeverCreatedAndOpensReadOnly() throws Exception {
    CliRun missing = CliRun.of("check", "--db", "jdbc:h2:mem:nosuchdb;PASSWORD=x", "--user", "sa");

    assertOneLine(missing);
    assertThat(missing.err()).startsWith("plumb: jdbc:h2:mem:nosuchdb: cannot connect: unknown database");
    String url = "jdbc:h2:" + directory.resolve("app");
    try (Connection setup = DriverManager.getConnection(url, "sa", "");
         Statement statement = setup.createStatement()) {
      statement.execute("CREATE TABLE t (id int)");
    }
    LiveTarget target = new LiveTarget(url, Optional.of("sa"), Optional.empty(), Optional.empty(), List.of(), 0,
        Duration.ofSeconds(5));
    try (Connection connection = new LiveConnector().connect(target, Dialect.H2);
         Statement statement = connection.createStatement()) {
      assertThat(connection.isReadOnly()).isTrue();
      assertThatThrownBy(() -> statement.execute("INSERT INTO t VALUES (1)")).isInstanceOf(SQLException.class);
    }
    assertThat(CliRun.of("check", "--db", "jdbc:h2:" + directory.resolve("other"), "--user", "sa").err())
        .contains("unknown database");
    assertThat(directory.resolve("other.mv.db")).doesNotExist();
  }

  @Test
  void anUnknownKindOfDatabaseNeedsADialectAndADriver() {
    CliRun unknown = CliRun.of("check", "--db", "jdbc:oracle:thin:@db:1521/app");
    CliRun noDriver = CliRun.of("check", "--db", "jdbc:oracle:thin:@db:1521/app", "--dialect", "postgresql");

    assertOneLine(unknown);
    assertThat(unknown.err()).contains("cannot tell the kind of database from the URL; name it with --dialect");
    assertOneLine(noDriver);
    assertThat(noDriver.err()).contains("no JDBC driver for this URL");
  }

  @Test
  void aDialectThatContradictsTheUrlIsRejected() {
    CliRun run = CliRun.of("check", "--db", "jdbc:sqlite:" + directory.resolve("x.db"), "--dialect", "postgresql");

    assertOneLine(run);
    assertThat(run.err()).contains("the URL is for sqlite but the dialect given (--dialect or plumb.yml) is "
        + "postgresql");
  }

  @Test
  void badOptionsAreUsageErrors() {
    CliRun unsetVariable = CliRun.of("check", "--db", "jdbc:postgresql://db/app", "--password-env",
        "PLUMB_TEST_NO_SUCH_VARIABLE");
    CliRun badTimeout = CliRun.of("check", "--db", "jdbc:postgresql://db/app", "--connect-timeout", "soon");
    CliRun userWithoutDb = CliRun.of("check", "--user", "u", "db/");

    assertThat(unsetVariable.exitCode()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
    assertThat(unsetVariable.err()).contains("--password-env names PLUMB_TEST_NO_SUCH_VARIABLE, which is not set");
    assertThat(badTimeout.exitCode()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
    assertThat(badTimeout.err()).contains("--connect-timeout takes a duration such as 10s");
    assertThat(userWithoutDb.exitCode()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
    assertThat(userWithoutDb.err()).contains("need --db URL");
  }

  @Test
  void aSqliteDatabaseIsCheckedEndToEnd() throws Exception {
    Path file = directory.resolve("shop.db");
    try (Connection setup = DriverManager.getConnection("jdbc:sqlite:" + file);
         Statement statement = setup.createStatement()) {
      statement.execute("CREATE TABLE users (id integer PRIMARY KEY, email text)");
      statement.execute("CREATE TABLE orders (id integer PRIMARY KEY, user_id integer REFERENCES users (id))");
      statement.execute("CREATE INDEX orders_user_idx ON orders (user_id)");
      statement.execute("CREATE INDEX orders_user_idx2 ON orders (user_id)");
      // Foreign keys are off on this connection, as they are by default: the orphan gets in.
      statement.execute("INSERT INTO orders VALUES (1, 42)");
    }
    byte[] before = Files.readAllBytes(file);

    CliRun run = CliRun.of("check", "--color=never", "--db", "jdbc:sqlite:" + file);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(run.out()).contains("duplicate-index", "orders_user_idx2", "sqlite-integrity")
        .doesNotContain("orders_user_idx duplicates");
    assertThat(Files.readAllBytes(file)).as("the file is left as it was").isEqualTo(before);
    assertThat(directory.resolve("shop.db-journal")).doesNotExist();
  }

  @Test
  void theLiveSchemaIsComparedWithTheExpectedOne_findingsPointAtTheMigrationsThatDeclareTheObjects()
      throws Exception {
    Path file = directory.resolve("app.db");
    try (Connection setup = DriverManager.getConnection("jdbc:sqlite:" + file);
         Statement statement = setup.createStatement()) {
      statement.execute("CREATE TABLE users (id integer PRIMARY KEY, email text)");
      statement.execute("CREATE INDEX users_email ON users (email)");
      statement.execute("CREATE INDEX users_email_again ON users (email)");
    }
    Path migrations = Files.createDirectories(directory.resolve("db"));
    Files.writeString(migrations.resolve("V1__users.sql"), """
        CREATE TABLE users (id integer PRIMARY KEY, email text);
        CREATE INDEX users_email ON users (email);
        CREATE INDEX users_email_again ON users (email);
        """);
    Path expected = directory.resolve("schema.yml");
    Files.writeString(expected, """
        dialect: sqlite
        tables:
          - name: users
            columns: [{ name: id, type: integer }, { name: email, type: text }]
          - name: audit_log
            columns: [{ name: id, type: integer }]
        """);

    CliRun run = CliRun.of("check", "--color=never", "--base-dir=" + directory, "--db", "jdbc:sqlite:" + file,
        "--expected", expected.toString(), migrations.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(run.out()).contains("schema.yml:5:5: error[missing-table] Required table main.audit_log",
        "db/V1__users.sql:3:1: warning[duplicate-index] Index main.users_email_again");
  }
}
