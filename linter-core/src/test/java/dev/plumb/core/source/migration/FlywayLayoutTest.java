package dev.plumb.core.source.migration;

import static dev.plumb.core.source.migration.MigrationTree.describe;
import static dev.plumb.core.source.migration.MigrationTree.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.migration.Migration;
import dev.plumb.core.model.migration.MigrationVersion;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlywayLayoutTest {

  @TempDir
  Path root;

  @Test
  void versionsCompareNumerically_andRepeatablesComeLastByName() throws Exception {
    MigrationSet set = new MigrationTree(root).files("db/V2__orders.sql", "db/V1.10__tenth.sql", "db/V1__init.sql",
        "db/R__views.sql", "db/V1.9__ninth.sql", "db/V1_1__underscore.sql", "db/R__a_functions.sql",
        "db/V10__later.sql").read("db");

    assertThat(set.layout()).isEqualTo("flyway");
    assertThat(describe(set)).containsExactly(
        "1 db/V1__init.sql",
        "1_1 db/V1_1__underscore.sql",
        "1.9 db/V1.9__ninth.sql",
        "1.10 db/V1.10__tenth.sql",
        "2 db/V2__orders.sql",
        "10 db/V10__later.sql",
        "- db/R__a_functions.sql (repeatable)",
        "- db/R__views.sql (repeatable)");
    assertThat(set.problems()).isEmpty();
  }

  @Test
  void leadingZerosDoNotChangeAVersion() throws Exception {
    MigrationSet set = new MigrationTree(root).files("db/V3__c.sql", "db/V002__b.sql", "db/V1__a.sql").read("db");

    assertThat(describe(set)).containsExactly("1 db/V1__a.sql", "002 db/V002__b.sql", "3 db/V3__c.sql");
    assertThat(set.migrations().get(1).migration().version()).contains(MigrationVersion.parse("2"));
  }

  @Test
  void nameAndDescriptionComeFromTheFileName() throws Exception {
    Migration migration = new MigrationTree(root).files("db/migration/V7__add_user_emails.sql").read("db")
        .migrations().get(0).migration();

    assertThat(migration.name()).isEqualTo("V7__add_user_emails.sql");
    assertThat(migration.description()).isEqualTo("add user emails");
    assertThat(migration.upFile()).isEqualTo("db/migration/V7__add_user_emails.sql");
  }

  @Test
  void anUndoIsTheDownOfItsVersion_andMakesTheSetOneWithDowns() throws Exception {
    MigrationSet set = new MigrationTree(root)
        .file("db/V1__init.sql", "CREATE TABLE t (id int);\n")
        .file("db/U1__init.sql", "DROP TABLE t;\n")
        .files("db/V2__users.sql", "db/U002__users.sql", "db/V3__orders.sql")
        .read("db");

    assertThat(set.hasDowns()).isTrue();
    assertThat(describe(set)).containsExactly(
        "1 db/V1__init.sql / db/U1__init.sql",
        "2 db/V2__users.sql / db/U002__users.sql",
        "3 db/V3__orders.sql");
    assertThat(set.migrations().get(0).down().orElseThrow().content()).isEqualTo("DROP TABLE t;\n");
  }

  @Test
  void withoutUndosTheSetHasNoDowns() throws Exception {
    assertThat(new MigrationTree(root).files("db/V1__init.sql").read("db").hasDowns()).isFalse();
  }

  @Test
  void anUndoWithoutItsVersionIsAProblem_andNotReplayed() throws Exception {
    MigrationSet set = new MigrationTree(root).files("db/V1__init.sql", "db/U5__gone.sql").read("db");

    assertThat(describe(set)).containsExactly("1 db/V1__init.sql");
    assertThat(problems(set)).containsExactly("db/U5__gone.sql:1:1 migration-layout: undo migration for version "
        + "5, but there is no V5__ migration it could undo; it is not replayed");
  }

  @Test
  void callbacksAreSkipped_andStrayFilesInTheFolderAreReported() throws Exception {
    MigrationSet set = new MigrationTree(root)
        .files("db/V1__init.sql", "db/afterMigrate.sql", "db/beforeEachMigrate__log.sql", "db/seed.sql")
        .read("db");

    assertThat(describe(set)).containsExactly("1 db/V1__init.sql");
    assertThat(problems(set)).containsExactly("db/seed.sql:1:1 migration-layout: not named like a flyway "
        + "migration (V<version>__<description>.sql, U<version>__<description>.sql or R__<description>.sql), so it "
        + "is not replayed; rename it, or exclude it in plumb.yml");
  }

  @Test
  void nestedFoldersDoNotChangeTheOrder() throws Exception {
    MigrationSet set = new MigrationTree(root)
        .files("db/b/V1__init.sql", "db/a/V2__next.sql", "db/V1.5__between.sql").read("db");

    assertThat(describe(set)).containsExactly("1 db/b/V1__init.sql", "1.5 db/V1.5__between.sql",
        "2 db/a/V2__next.sql");
  }

  @Test
  void aBackupCopyWithTheSameVersionComesAfterItsOriginal() throws Exception {
    MigrationSet set = new MigrationTree(root).files("db/V6__x-old.sql", "db/V6__x.sql", "db/V7__y.sql").read("db");

    assertThat(describe(set)).containsExactly("6 db/V6__x.sql", "6 db/V6__x-old.sql", "7 db/V7__y.sql");
  }

  @Test
  void aScriptConfigSaysWhetherItsScriptRunsInATransaction() throws Exception {
    MigrationSet set = new MigrationTree(root)
        .files("db/V1__init.sql", "db/V2__index.sql", "db/V3__on.sql", "db/R__views.sql", "db/U2__index.sql")
        .file("db/V2__index.sql.conf", "# CREATE INDEX CONCURRENTLY cannot run in a transaction\n"
            + "executeInTransaction=false\n")
        .file("db/V3__on.sql.conf", "encoding=UTF-8\r\n  executeInTransaction = true\r\n")
        .file("db/R__views.sql.conf", "executeInTransaction=false")
        .file("db/U2__index.sql.conf", "executeInTransaction=true\n")
        .file("db/V9__gone.sql.conf", "executeInTransaction=false\n")
        .read("db");

    assertThat(transactional(set)).containsExactly("db/V1__init.sql -", "db/V2__index.sql false",
        "db/V3__on.sql true", "db/R__views.sql false");
    assertThat(problems(set)).isEmpty();
  }

  @Test
  void aValueFlywayRefusesIsAProblemAtItsPosition_andCountsAsUnsaid() throws Exception {
    MigrationSet set = new MigrationTree(root)
        .files("db/V1__init.sql")
        .file("db/V1__init.sql.conf", "encoding=UTF-8\nexecuteInTransaction= no\n")
        .read("db");

    assertThat(transactional(set)).containsExactly("db/V1__init.sql -");
    assertThat(problems(set)).containsExactly("db/V1__init.sql.conf:2:23 migration-layout: executeInTransaction "
        + "must be true or false, got 'no'; Flyway refuses this config, Plumb ignores the setting");
  }

  @Test
  void aNamedScriptBringsItsConfig() throws Exception {
    MigrationSet set = new MigrationTree(root)
        .files("db/V1__init.sql", "db/V2__index.sql")
        .file("db/V2__index.sql.conf", "executeInTransaction=false\n")
        .read("db/V2__index.sql");

    assertThat(transactional(set)).containsExactly("db/V2__index.sql false");
    assertThat(problems(set)).isEmpty();
  }

  @Test
  void scriptConfigsAreNoStraysInOtherLayouts() throws Exception {
    MigrationSet set = new MigrationTree(root)
        .files("db/001_init.sql")
        .file("db/001_init.sql.conf", "executeInTransaction=false\n")
        .read("db");

    assertThat(set.layout()).isEqualTo("numbered");
    assertThat(transactional(set)).containsExactly("db/001_init.sql -");
    assertThat(problems(set)).isEmpty();
  }

  private static List<String> transactional(MigrationSet set) {
    return set.migrations().stream().map(MigrationSource::migration)
        .map(m -> m.upFile() + " " + m.transactional().map(String::valueOf).orElse("-")).toList();
  }
}
