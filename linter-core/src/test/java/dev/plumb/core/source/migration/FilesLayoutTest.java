package dev.plumb.core.source.migration;

import static dev.plumb.core.source.migration.MigrationTree.describe;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesLayoutTest {

  @TempDir
  Path root;

  @Test
  void namedFilesWithoutVersionsApplyInTheOrderGiven() throws Exception {
    MigrationSet set = new MigrationTree(root).files("schema.sql", "data/views.sql").read("schema.sql",
        "data/views.sql");

    assertThat(set.layout()).isEqualTo("files");
    assertThat(set.hasDowns()).isFalse();
    assertThat(describe(set)).containsExactly("- schema.sql (unversioned)", "- data/views.sql (unversioned)");
  }

  @Test
  void aFolderOfUnversionedFilesAppliesInPathOrder_namedFilesWhereGiven() throws Exception {
    MigrationSet set = new MigrationTree(root).files("dump/b.sql", "dump/a/z.sql", "dump/c.sql", "first.sql")
        .read("first.sql", "dump");

    assertThat(describe(set)).containsExactly("- first.sql (unversioned)", "- dump/a/z.sql (unversioned)",
        "- dump/b.sql (unversioned)", "- dump/c.sql (unversioned)");
  }
}
