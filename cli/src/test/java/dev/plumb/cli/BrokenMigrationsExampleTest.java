package dev.plumb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** examples/broken-migrations end to end: every failure of the real project is found where it was written. */
class BrokenMigrationsExampleTest {

  private static final String EXAMPLE = "examples/broken-migrations";
  private static final String SCHEMA = EXAMPLE + "/schema.yml";
  private static final String MIGRATIONS = EXAMPLE + "/migrations";
  private static final String SQL = MIGRATIONS + "/";

  @Test
  void theExpectedSchemaAlreadyFindsTheColumnTheCodeNeeds() {
    CliRun run = CliRun.checkAtRoot("--expected", SCHEMA, MIGRATIONS);

    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains(SCHEMA + ":23:9: error[missing-column] Column public.enrollments.course_id does not exist\n")
        .contains(SCHEMA + ":34:9: warning[missing-index] Table public.lessons has no index on (course_id)\n")
        .contains("(14 of 14 statements understood)");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void everyFailureIsReportedWhereItWasWritten() {
    CliRun run = CliRun.checkAtRoot("--expected", SCHEMA, MIGRATIONS);
    List<String> findings = run.out().lines().filter(line -> !line.startsWith(" ")).toList();

    // CREATE INDEX enrollments_course_id_idx ON enrollments (course_id): no migration adds course_id.
    assertThat(findings).anyMatch(at(SQL + "002_enrollments.sql:10:", "unknown-column-reference", "course_id"));
    // The index on lessons comes two lines before CREATE TABLE lessons; the fix names where the table is created.
    assertThat(findings).anyMatch(at(SQL + "003_lessons.sql:3:", "unknown-table-reference", "lessons"));
    assertThat(run.out()).contains("003_lessons.sql:5");
    // The trigger calls set_updated_at() before 004 creates it (line 2 is the statement, line 4 names the function).
    assertThat(findings).anyMatch(line -> at(SQL + "004_updated_at.sql:2:", "unknown-function-reference",
        "set_updated_at").test(line) || at(SQL + "004_updated_at.sql:4:", "unknown-function-reference",
        "set_updated_at").test(line));
    assertThat(run.out()).contains("004_updated_at.sql:6");
    // The description column was dropped from CREATE TABLE platforms; its index stayed.
    assertThat(findings).anyMatch(at(SQL + "006_add_platforms.sql:9:", "unknown-column-reference", "description"));
    // The backup copy has the same version as the migration it copies.
    assertThat(findings).anyMatch(at(SQL + "006_add_platforms_OLD.sql:1:", "duplicate-migration-version", "6"));
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void textOutputMatchesTheExampleReadme() throws Exception {
    String expected = Files.readString(CliRun.ROOT.resolve(EXAMPLE + "/expected-output.txt"));
    CliRun run = CliRun.checkAtRoot("--expected", SCHEMA, MIGRATIONS);

    assertThat(run.out()).isEqualTo(expected);
    assertThat(Files.readString(CliRun.ROOT.resolve(EXAMPLE + "/README.md")))
        .contains("```text\n" + expected + "```");
  }

  /** A finding line at {@code position} (file:line:) of the rule, whose message names {@code subject}. */
  private static Predicate<String> at(String position, String ruleId, String subject) {
    Pattern rule = Pattern.compile(Pattern.quote(position) + "\\d+: \\w+\\[" + Pattern.quote(ruleId) + "\\] .*"
        + Pattern.quote(subject) + ".*");
    return line -> rule.matcher(line).matches();
  }
}
