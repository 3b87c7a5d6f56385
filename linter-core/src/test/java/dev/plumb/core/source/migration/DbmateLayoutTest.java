package dev.plumb.core.source.migration;

import static dev.plumb.core.source.migration.MigrationTree.describe;
import static dev.plumb.core.source.migration.MigrationTree.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbmateLayoutTest {

  private static final String USERS = """
      -- migrate:up
      CREATE TABLE users (
        id bigint PRIMARY KEY
      );

      -- migrate:down
      DROP TABLE users;
      """;

  @TempDir
  Path root;

  @Test
  void eachSectionIsTheWholeFileWithTheOtherBlanked_soPositionsStayTheFiles() throws Exception {
    MigrationSet set = new MigrationTree(root).file("db/migrations/20240101120000_users.sql", USERS).read("db");

    MigrationSource users = set.migrations().get(0);
    assertThat(users.up().content()).isEqualTo("""
        -- migrate:up
        CREATE TABLE users (
          id bigint PRIMARY KEY
        );

        _______________
        _________________
        """.replace('_', ' '));
    assertThat(users.down().orElseThrow().content()).isEqualTo("""
        _____________
        ____________________
        _______________________
        __

        -- migrate:down
        DROP TABLE users;
        """.replace('_', ' '));
    assertThat(users.down().orElseThrow().content()).hasSameSizeAs(USERS);
    assertThat(users.down().orElseThrow().content().indexOf("DROP")).isEqualTo(USERS.indexOf("DROP"));
    assertThat(users.down().orElseThrow().displayName()).isEqualTo(users.up().displayName());
  }

  @Test
  void migrationsApplyInVersionOrder_andTheDownIsTheSameFile() throws Exception {
    MigrationSet set = new MigrationTree(root)
        .file("db/migrations/20240301000000_orders.sql", "-- migrate:up\nCREATE TABLE orders (id int);\n")
        .file("db/migrations/20240101120000_users.sql", USERS)
        .read("db");

    assertThat(set.layout()).isEqualTo("dbmate");
    assertThat(set.hasDowns()).isTrue();
    assertThat(describe(set)).containsExactly(
        "20240101120000 db/migrations/20240101120000_users.sql / db/migrations/20240101120000_users.sql",
        "20240301000000 db/migrations/20240301000000_orders.sql");
    assertThat(set.migrations().get(0).migration().description()).isEqualTo("users");
  }

  @Test
  void markerOptions_windowsLineBreaks_andADownBeforeTheUpAreRead() throws Exception {
    String content = "-- migrate:down\r\nDROP TABLE t;\r\n--migrate:up transaction:false\r\nCREATE TABLE t (id int);\r\n";
    MigrationSet set = new MigrationTree(root).file("db/1_t.sql", content).read("db");

    MigrationSource t = set.migrations().get(0);
    assertThat(t.up().content()).isEqualTo("               \r\n             \r\n"
        + "--migrate:up transaction:false\r\nCREATE TABLE t (id int);\r\n");
    assertThat(t.down().orElseThrow().content()).startsWith("-- migrate:down\r\nDROP TABLE t;\r\n ");
    assertThat(t.migration().transactional()).contains(false);
  }

  @Test
  void theUpMarkersTransactionOptionSaysWhetherTheUpRunsInATransaction_asDbmateReadsIt() throws Exception {
    MigrationSet set = new MigrationTree(root)
        .file("db/1_off.sql", "-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON t (c);\n")
        .file("db/2_plain.sql", "-- migrate:up\nCREATE TABLE t (c int);\n-- migrate:down transaction:false\n")
        .file("db/3_on.sql", "--  migrate:up   transaction:true\nSELECT 1;\n")
        .file("db/4_not_exactly_false.sql", "-- migrate:up transaction:FALSE\nSELECT 1;\n")
        .file("db/5_among_others.sql", "-- migrate:up foo:bar transaction:false\t baz\nSELECT 1;\n")
        .file("db/6_malformed.sql", "-- migrate:up transaction\nSELECT 1;\n")
        .read("db");

    assertThat(set.migrations()).extracting(m -> m.migration().name() + " " + m.migration().transactional())
        .containsExactly(
            "1_off.sql Optional[false]",
            "2_plain.sql Optional.empty",
            "3_on.sql Optional[true]",
            "4_not_exactly_false.sql Optional[true]",
            "5_among_others.sql Optional[false]",
            "6_malformed.sql Optional.empty");
  }

  @Test
  void aFileWithoutAnUpSectionIsAProblem_andIsReplayedWhole() throws Exception {
    MigrationSet set = new MigrationTree(root)
        .file("db/1_users.sql", USERS)
        .file("db/2_orders.sql", "CREATE TABLE orders (id int);\n")
        .read("db");

    assertThat(describe(set)).containsExactly("1 db/1_users.sql / db/1_users.sql", "2 db/2_orders.sql");
    assertThat(set.migrations().get(1).up().content()).isEqualTo("CREATE TABLE orders (id int);\n");
    assertThat(problems(set)).containsExactly("db/2_orders.sql:1:1 migration-layout: no '-- migrate:up' line, so "
        + "dbmate cannot apply this file; Plumb replays all of it as the up migration");
  }
}
