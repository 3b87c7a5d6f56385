package dev.plumb.core.source.migration;

import static dev.plumb.core.source.migration.MigrationTree.describe;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NumberedLayoutTest {

  @TempDir
  Path root;

  @Test
  void numbersAndTimestampsInNumericOrder() throws Exception {
    MigrationSet set = new MigrationTree(root).files("sql/20240101120000_add_users.sql", "sql/010_indexes.sql",
        "sql/002-users.sql", "sql/001_core.sql", "sql/9_late.sql").read("sql");

    assertThat(set.layout()).isEqualTo("numbered");
    assertThat(set.hasDowns()).isFalse();
    assertThat(describe(set)).containsExactly("001 sql/001_core.sql", "002 sql/002-users.sql", "9 sql/9_late.sql",
        "010 sql/010_indexes.sql", "20240101120000 sql/20240101120000_add_users.sql");
  }

  @Test
  void backupCopiesKeepTheVersion_andComeAfterTheirOriginal() throws Exception {
    MigrationSet set = new MigrationTree(root).files("sql/006_x_OLD.sql", "sql/006_x_clean.sql", "sql/006_x.sql",
        "sql/005_w.sql").read("sql");

    assertThat(describe(set)).containsExactly("005 sql/005_w.sql", "006 sql/006_x.sql", "006 sql/006_x_OLD.sql",
        "006 sql/006_x_clean.sql");
  }
}
