package dev.plumb.core.source.migration;

import static dev.plumb.core.source.migration.MigrationTree.describe;
import static dev.plumb.core.source.migration.MigrationTree.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrizzleLayoutTest {

  /** Entries out of idx order and tags out of name order: the idx decides. */
  private static final String JOURNAL = """
      {
        "version": "7",
        "dialect": "postgresql",
        "entries": [
          { "idx": 1, "version": "7", "when": 1700000100000, "tag": "0001_late_name", "breakpoints": true },
          { "idx": 0, "version": "7", "when": 1700000000000, "tag": "0000_tough_the_hunter", "breakpoints": true },
          { "idx": 2, "version": "7", "when": 1700000200000, "tag": "0000_merged_later", "breakpoints": true }
        ]
      }
      """;

  @TempDir
  Path root;

  @Test
  void theJournalGivesTheOrder() throws Exception {
    MigrationSet set = new MigrationTree(root)
        .file("drizzle/meta/_journal.json", JOURNAL)
        .file("drizzle/meta/0000_snapshot.json", "{}")
        .file("drizzle/0000_tough_the_hunter.sql", """
            CREATE TABLE "users" ("id" serial PRIMARY KEY);
            --> statement-breakpoint
            CREATE INDEX "users_id" ON "users" ("id");
            """)
        .files("drizzle/0001_late_name.sql", "drizzle/0000_merged_later.sql")
        .read("drizzle");

    assertThat(set.layout()).isEqualTo("drizzle");
    assertThat(set.hasDowns()).isFalse();
    assertThat(describe(set)).containsExactly("0000 drizzle/0000_tough_the_hunter.sql",
        "0001 drizzle/0001_late_name.sql", "0000 drizzle/0000_merged_later.sql");
    assertThat(set.migrations().get(0).migration().name()).isEqualTo("0000_tough_the_hunter.sql");
    assertThat(set.migrations().get(0).migration().description()).isEqualTo("tough the hunter");
    assertThat(set.problems()).isEmpty();
  }

  @Test
  void anEntryWithoutItsFile_andAFileNotInTheJournal_areProblems() throws Exception {
    MigrationSet set = new MigrationTree(root)
        .file("drizzle/meta/_journal.json", JOURNAL)
        .files("drizzle/0000_tough_the_hunter.sql", "drizzle/0000_merged_later.sql", "drizzle/0002_stray.sql")
        .read("drizzle");

    assertThat(describe(set)).containsExactly("0000 drizzle/0000_tough_the_hunter.sql",
        "0000 drizzle/0000_merged_later.sql");
    assertThat(problems(set)).containsExactly(
        "drizzle/meta/_journal.json:5:5 migration-layout: the journal lists '0001_late_name' but there is no "
            + "0001_late_name.sql beside it; drizzle would fail here",
        "drizzle/0002_stray.sql:1:1 migration-layout: not listed in drizzle/meta/_journal.json, so drizzle does "
            + "not apply it; it is not replayed");
  }

  @Test
  void anUnreadableJournalIsAProblem_andTheFilesApplyInNameOrder() throws Exception {
    MigrationSet set = new MigrationTree(root)
        .file("drizzle/meta/_journal.json", "{\n  \"entries\": [\n    { \"idx\": 0, \"tag\": \"0000_a\" }\n    {\n")
        .files("drizzle/0001_b.sql", "drizzle/0000_a.sql")
        .read("drizzle");

    assertThat(describe(set)).containsExactly("0000 drizzle/0000_a.sql", "0001 drizzle/0001_b.sql");
    assertThat(problems(set)).singleElement().asString()
        .startsWith("drizzle/meta/_journal.json:4:5 migration-layout: cannot read the drizzle journal: not valid "
            + "JSON: Unexpected character ('{'")
        .endsWith("; the SQL files beside it are replayed in name order instead");
  }

  @Test
  void aJournalWithoutEntriesIsAProblem() throws Exception {
    MigrationSet set = new MigrationTree(root)
        .file("drizzle/meta/_journal.json", "{ \"version\": \"7\" }\n")
        .files("drizzle/0000_a.sql")
        .read("drizzle");

    assertThat(describe(set)).containsExactly("0000 drizzle/0000_a.sql");
    assertThat(problems(set)).containsExactly("drizzle/meta/_journal.json:1:1 migration-layout: cannot read the "
        + "drizzle journal: no 'entries' list; the SQL files beside it are replayed in name order instead");
  }
}
