package dev.plumb.core.source.migration;

import static dev.plumb.core.source.migration.MigrationTree.describe;
import static dev.plumb.core.source.migration.MigrationTree.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumb.core.source.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationSetReaderTest {

  @TempDir
  Path root;

  private MigrationTree tree() {
    return new MigrationTree(root);
  }

  @Test
  void eachLayoutIsDetectedFromItsFiles() throws Exception {
    assertThat(tree().files("flyway/V1__a.sql", "flyway/R__v.sql").read("flyway").layout()).isEqualTo("flyway");
    assertThat(tree().files("golang/1_a.up.sql", "golang/1_a.down.sql").read("golang").layout())
        .isEqualTo("golang-migrate");
    assertThat(tree().file("dbmate/1_a.sql", "-- migrate:up\nSELECT 1;\n").read("dbmate").layout())
        .isEqualTo("dbmate");
    assertThat(tree().files("diesel/2017-12-01-000000_a/up.sql").read("diesel").layout())
        .isEqualTo("folder-per-migration");
    assertThat(tree().file("drizzle/meta/_journal.json", "{\"entries\": []}").read("drizzle").layout())
        .isEqualTo("drizzle");
    assertThat(tree().files("numbered/001_core.sql").read("numbered").layout()).isEqualTo("numbered");
    assertThat(tree().files("dump/schema.sql").read("dump").layout()).isEqualTo("files");
  }

  @Test
  void theLayoutThatRecognisesMostFilesWins_andTheOthersAreStrays() throws Exception {
    MigrationSet set = tree().files("db/001_core.sql", "db/002_users.sql", "db/003_orders.sql", "db/R__views.sql")
        .read("db");

    assertThat(set.layout()).isEqualTo("numbered");
    assertThat(describe(set)).containsExactly("001 db/001_core.sql", "002 db/002_users.sql", "003 db/003_orders.sql");
    assertThat(problems(set)).singleElement().asString()
        .startsWith("db/R__views.sql:1:1 migration-layout: not named like a numbered migration (<number>_<name>.sql)");
  }

  @Test
  void upAndDownFilesAreGolangMigrate_thoughTheirNamesStartWithNumbers() throws Exception {
    assertThat(tree().files("m/1_a.up.sql", "m/2_b.up.sql", "m/3_c.sql").read("m").layout())
        .isEqualTo("golang-migrate");
  }

  @Test
  void aForcedLayoutReadsTheFilesItsWay() throws Exception {
    tree().files("m/1_a.up.sql", "m/1_a.down.sql", "m/2_b.up.sql");

    MigrationSet numbered = tree().read(Optional.of("numbered"), List.of(), "m");
    assertThat(numbered.layout()).isEqualTo("numbered");
    assertThat(numbered.hasDowns()).isFalse();
    assertThat(describe(numbered)).containsExactly("1 m/1_a.down.sql", "1 m/1_a.up.sql", "2 m/2_b.up.sql");

    MigrationSet files = tree().read(Optional.of("files"), List.of(), "m/2_b.up.sql", "m/1_a.up.sql");
    assertThat(describe(files)).containsExactly("- m/2_b.up.sql (unversioned)", "- m/1_a.up.sql (unversioned)");
  }

  @Test
  void aFileNamedOnTheCommandLineThatFitsNoLayoutIsReplayedLast() throws Exception {
    MigrationSet set = tree().files("db/V2__b.sql", "db/V1__a.sql", "seed.sql").read("seed.sql", "db");

    assertThat(describe(set)).containsExactly("1 db/V1__a.sql", "2 db/V2__b.sql", "- seed.sql (unversioned)");
    assertThat(set.problems()).isEmpty();
  }

  @Test
  void excludeGlobsAreRelativeToTheWorkingDirectory() throws Exception {
    tree().files("db/V1__init.sql", "db/legacy/V0__old.sql", "db/legacy/deep/V0_1__older.sql",
        "db/V2__seed_test.sql");

    MigrationSet set = tree().read(Optional.empty(), List.of("db/legacy/**", "**/*_test.sql"), "db");

    assertThat(describe(set)).containsExactly("1 db/V1__init.sql");
  }

  @Test
  void namedFilesAndFoldersMergeWithoutDuplicates() throws Exception {
    MigrationSet set = tree().files("a/V2__two.sql", "b/V1__one.sql", "b/V3__three.sql")
        .read("a", "b/V3__three.sql", "b");

    assertThat(describe(set)).containsExactly("1 b/V1__one.sql", "2 a/V2__two.sql", "3 b/V3__three.sql");
  }

  @Test
  void filesOutsideTheWorkingDirectoryKeepTheirAbsolutePath(@TempDir Path elsewhere) throws Exception {
    Path outside = Files.writeString(elsewhere.resolve("V1__init.sql"), "SELECT 1;");

    MigrationSet set = tree().read(outside.toString());

    assertThat(set.migrations().get(0).migration().upFile()).isEqualTo(outside.toAbsolutePath().normalize()
        .toString().replace('\\', '/'));
  }

  @Test
  void aMissingPathStopsTheRun() {
    assertThatThrownBy(() -> tree().read("db/missing"))
        .isInstanceOf(InputException.class)
        .hasMessage("db/missing: no such file or directory");
  }

  @Test
  void aFileThatIsNotUtf8IsAFindingAtTheBadByte_andTheRestIsRead() throws Exception {
    byte[] latin1 = "CREATE TABLE t (id int);\n-- caf\u00e9\nCREATE TABLE u (id int);\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    Files.createDirectories(root.resolve("db"));
    Files.write(root.resolve("db/V1__t.sql"), latin1);

    MigrationSet set = tree().read("db");

    assertThat(problems(set)).containsExactly("db/V1__t.sql:2:7 sql-parse-error: not UTF-8 text: byte 0xE9 at 2:7 "
        + "(read as U+FFFD); save the file as UTF-8");
    assertThat(set.migrations().get(0).up().content()).isEqualTo(
        "CREATE TABLE t (id int);\n-- caf\uFFFD\nCREATE TABLE u (id int);\n");
  }

  @Test
  void aBinaryFileIsAFinding_andKeepsItsPlaceWithoutText() throws Exception {
    Files.createDirectories(root.resolve("db"));
    Files.write(root.resolve("db/V2__blob.sql"), new byte[] {'P', 'K', 3, 4, 0, 0, '\n'});
    tree().files("db/V1__a.sql");

    MigrationSet set = tree().read("db");

    assertThat(describe(set)).containsExactly("1 db/V1__a.sql", "2 db/V2__blob.sql");
    assertThat(set.migrations().get(1).up().content()).isEmpty();
    assertThat(problems(set)).containsExactly(
        "db/V2__blob.sql:1:5 sql-parse-error: binary file (NUL byte at 1:5), skipped");
  }

  @Test
  void utf16IsNamedAsSuch() throws Exception {
    Files.createDirectories(root.resolve("db"));
    Files.write(root.resolve("db/V1__a.sql"), "SELECT 1;".getBytes(StandardCharsets.UTF_16));

    assertThat(problems(tree().read("db"))).containsExactly("db/V1__a.sql:1:1 sql-parse-error: UTF-16 or UTF-32 "
        + "text (it starts with a byte order mark), skipped; save the file as UTF-8");
  }

  @Test
  void aReplacementCharacterWrittenInTheFileIsValidText() throws Exception {
    tree().file("db/V1__a.sql", "SELECT '\uFFFD';\n");

    MigrationSet set = tree().read("db");

    assertThat(set.problems()).isEmpty();
    assertThat(set.migrations().get(0).up().content()).isEqualTo("SELECT '\uFFFD';\n");
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheText() throws Exception {
    Files.createDirectories(root.resolve("db"));
    Files.write(root.resolve("db/V1__a.sql"), "\uFEFFSELECT 1;".getBytes(StandardCharsets.UTF_8));

    assertThat(tree().read("db").migrations().get(0).up().content()).isEqualTo("SELECT 1;");
  }

  @Test
  void aDrizzleJournalIsNotSqlInAnotherLayout() throws Exception {
    tree().files("db/V1__a.sql").file("db/meta/_journal.json", "{\"entries\": []}");

    MigrationSet set = tree().read(Optional.of("flyway"), List.of(), "db");

    assertThat(describe(set)).containsExactly("1 db/V1__a.sql");
    assertThat(set.problems()).isEmpty();
  }

  @Test
  void anEmptyFolderGivesAnEmptySet() throws Exception {
    Files.createDirectories(root.resolve("db"));

    MigrationSet set = tree().read("db");

    assertThat(set.layout()).isEqualTo("files");
    assertThat(set.migrations()).isEmpty();
  }

  @Test
  void anUnknownLayoutIsAProgrammingError() {
    assertThatThrownBy(() -> new MigrationSetReader(root, List.of(), Optional.of("liquibase")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown layout 'liquibase'");
  }

  @Test
  void theLayoutsAreListedInTheirDocumentedOrder() {
    assertThat(MigrationLayouts.ids()).containsExactly("flyway", "golang-migrate", "dbmate", "folder-per-migration",
        "drizzle", "numbered", "files");
  }
}
