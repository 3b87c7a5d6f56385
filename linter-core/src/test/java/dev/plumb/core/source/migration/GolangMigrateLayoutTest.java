package dev.plumb.core.source.migration;

import static dev.plumb.core.source.migration.MigrationTree.describe;
import static dev.plumb.core.source.migration.MigrationTree.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GolangMigrateLayoutTest {

  @TempDir
  Path root;

  @Test
  void upsInNumericOrder_eachWithTheDownOfItsVersion() throws Exception {
    MigrationSet set = new MigrationTree(root)
        .file("migrations/000001_init.up.sql", "CREATE TABLE t (id int);\n")
        .file("migrations/000001_init.down.sql", "DROP TABLE t;\n")
        .files("migrations/10_later.up.sql", "migrations/2_users.up.sql", "migrations/2_users.down.sql",
            "migrations/10_later.down.sql")
        .read("migrations");

    assertThat(set.layout()).isEqualTo("golang-migrate");
    assertThat(set.hasDowns()).isTrue();
    assertThat(describe(set)).containsExactly(
        "000001 migrations/000001_init.up.sql / migrations/000001_init.down.sql",
        "2 migrations/2_users.up.sql / migrations/2_users.down.sql",
        "10 migrations/10_later.up.sql / migrations/10_later.down.sql");
    assertThat(set.migrations().get(0).up().content()).isEqualTo("CREATE TABLE t (id int);\n");
    assertThat(set.migrations().get(0).down().orElseThrow().content()).isEqualTo("DROP TABLE t;\n");
    assertThat(set.migrations().get(1).migration().description()).isEqualTo("users");
  }

  @Test
  void anUpWithoutADownHasNone() throws Exception {
    MigrationSet set = new MigrationTree(root).files("m/1_a.up.sql", "m/1_a.down.sql", "m/2_b.up.sql").read("m");

    assertThat(describe(set)).containsExactly("1 m/1_a.up.sql / m/1_a.down.sql", "2 m/2_b.up.sql");
    assertThat(set.migrations().get(1).down()).isEmpty();
  }

  @Test
  void aDownWithoutAnUpIsAProblem_andNotReplayed() throws Exception {
    MigrationSet set = new MigrationTree(root).files("m/1_a.up.sql", "m/3_c.down.sql").read("m");

    assertThat(describe(set)).containsExactly("1 m/1_a.up.sql");
    assertThat(problems(set)).containsExactly("m/3_c.down.sql:1:1 migration-layout: down migration for version 3, "
        + "but there is no 3_*.up.sql it could revert; it is not replayed");
  }

  @Test
  void whereAVersionIsUsedTwice_theDownGoesToTheUpOfTheSameName() throws Exception {
    MigrationSet set = new MigrationTree(root).files("m/3_b.up.sql", "m/3_a.up.sql", "m/3_b.down.sql").read("m");

    assertThat(describe(set)).containsExactly("3 m/3_a.up.sql", "3 m/3_b.up.sql / m/3_b.down.sql");
  }
}
