package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumb.core.source.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlFileCollectorTest {

  @TempDir
  Path workingDirectory;

  @Test
  void folders_areSearchedRecursivelyForSqlFiles_inMigrationOrder() throws Exception {
    write("db/migration/V2__orders.sql", "db/migration/V1__init.sql", "db/migration/nested/V1.5__users.sql",
        "db/migration/README.md", "db/migration/V3__notes.SQL", "other/V0__ignored.sql");

    List<Path> files = collector().collect(List.of(Path.of("db")));

    assertThat(files).containsExactly(Path.of("db/migration/V1__init.sql"),
        Path.of("db/migration/nested/V1.5__users.sql"), Path.of("db/migration/V2__orders.sql"),
        Path.of("db/migration/V3__notes.SQL"));
  }

  @Test
  void namedFiles_andFolders_mergeIntoOneOrder_withoutDuplicates() throws Exception {
    write("a/V2__two.sql", "b/V1__one.sql", "b/V3__three.sql");

    List<Path> files = collector().collect(List.of(Path.of("a"), Path.of("b/V3__three.sql"), Path.of("b")));

    assertThat(files).containsExactly(Path.of("b/V1__one.sql"), Path.of("a/V2__two.sql"),
        Path.of("b/V3__three.sql"));
  }

  @Test
  void excludeGlobs_areRelativeToTheWorkingDirectory() throws Exception {
    write("db/V1__init.sql", "db/legacy/V0__old.sql", "db/legacy/deep/V0_1__older.sql", "db/V2__seed_test.sql");

    List<Path> files = new SqlFileCollector(workingDirectory, List.of("db/legacy/**", "**/*_test.sql"))
        .collect(List.of(Path.of("db")));

    assertThat(files).containsExactly(Path.of("db/V1__init.sql"));
  }

  @Test
  void filesOutsideTheWorkingDirectory_keepTheirAbsolutePath(@TempDir Path elsewhere) throws Exception {
    Path outside = Files.writeString(elsewhere.resolve("V1__init.sql"), "SELECT 1;");

    assertThat(collector().collect(List.of(outside))).containsExactly(outside.toAbsolutePath().normalize());
  }

  @Test
  void missingPath_isAnInputError() {
    assertThatThrownBy(() -> collector().collect(List.of(Path.of("db/missing"))))
        .isInstanceOf(InputException.class)
        .hasMessage(Path.of("db/missing") + ": no such file or directory");
  }

  private SqlFileCollector collector() {
    return new SqlFileCollector(workingDirectory, List.of());
  }

  private void write(String... files) throws IOException {
    for (String file : files) {
      Path path = workingDirectory.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, "SELECT 1;\n");
    }
  }
}
