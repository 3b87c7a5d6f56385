package dev.plumb.core.source.migration;

import static dev.plumb.core.source.migration.MigrationTree.describe;
import static dev.plumb.core.source.migration.MigrationTree.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.migration.Migration;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderPerMigrationLayoutTest {

  @TempDir
  Path root;

  @Test
  void dieselFolders_inTimestampOrder_withTheirDowns() throws Exception {
    MigrationSet set = new MigrationTree(root)
        .files("migrations/2018-01-05-101010_add_posts/up.sql",
            "migrations/2017-12-01-000000_create_users/up.sql", "migrations/2017-12-01-000000_create_users/down.sql",
            "migrations/00000000000000_diesel_initial_setup/up.sql",
            "migrations/00000000000000_diesel_initial_setup/down.sql")
        .file("migrations/2017-12-01-000000_create_users/metadata.toml", "run_in_transaction = false\n")
        .read("migrations");

    assertThat(set.layout()).isEqualTo("folder-per-migration");
    assertThat(set.hasDowns()).isTrue();
    assertThat(describe(set)).containsExactly(
        "00000000000000 migrations/00000000000000_diesel_initial_setup/up.sql"
            + " / migrations/00000000000000_diesel_initial_setup/down.sql",
        "2017-12-01-000000 migrations/2017-12-01-000000_create_users/up.sql"
            + " / migrations/2017-12-01-000000_create_users/down.sql",
        "2018-01-05-101010 migrations/2018-01-05-101010_add_posts/up.sql");
    Migration users = set.migrations().get(1).migration();
    assertThat(users.name()).isEqualTo("2017-12-01-000000_create_users");
    assertThat(users.description()).isEqualTo("create users");
  }

  @Test
  void sourcegraphFolders_mayBeJustAVersion() throws Exception {
    MigrationSet set = new MigrationTree(root)
        .files("frontend/1528395834_squashed_migrations/up.sql", "frontend/1528395834_squashed_migrations/down.sql",
            "frontend/1648051770/up.sql", "frontend/1648051770/down.sql")
        .file("frontend/1648051770/metadata.yaml", "name: add users\n")
        .read("frontend");

    assertThat(describe(set)).containsExactly(
        "1528395834 frontend/1528395834_squashed_migrations/up.sql / frontend/1528395834_squashed_migrations/down.sql",
        "1648051770 frontend/1648051770/up.sql / frontend/1648051770/down.sql");
  }

  @Test
  void aDownNeverPairsWithTheUpOfAnotherFolder() throws Exception {
    MigrationSet set = new MigrationTree(root).files("m/1_a/up.sql", "m/1_b/down.sql").read("m");

    assertThat(describe(set)).containsExactly("1 m/1_a/up.sql");
    assertThat(problems(set)).containsExactly(
        "m/1_b/down.sql:1:1 migration-layout: down.sql without an up.sql beside it; it is not replayed");
  }

  @Test
  void strayFilesBesideTheFoldersAreReported() throws Exception {
    MigrationSet set = new MigrationTree(root).files("m/1_a/up.sql", "m/1_a/down.sql", "m/schema.sql").read("m");

    assertThat(describe(set)).containsExactly("1 m/1_a/up.sql / m/1_a/down.sql");
    assertThat(problems(set)).containsExactly("m/schema.sql:1:1 migration-layout: not named like a "
        + "folder-per-migration migration (<version>_<name>/up.sql or <version>_<name>/down.sql), so it is not "
        + "replayed; rename it, or exclude it in plumb.yml");
  }
}
