package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import org.junit.jupiter.api.Test;

class ParserRewritesTest {

  private static String blanked(Dialect dialect, String text) {
    String result = new ParserRewrites(new SqlSyntax(dialect)).blanked(text);
    assertThat(result).hasSameSizeAs(text);
    return result;
  }

  @Test
  void setDataType_keepsEveryPosition() {
    assertThat(blanked(Dialect.POSTGRESQL, "ALTER TABLE t ALTER COLUMN c SET DATA TYPE varchar(10)"))
        .isEqualTo("ALTER TABLE t ALTER COLUMN c          TYPE varchar(10)");
  }

  @Test
  void lineBreaksInBlankedTextStay() {
    assertThat(blanked(Dialect.POSTGRESQL, "ALTER TABLE t ALTER COLUMN c SET\nDATA TYPE int"))
        .isEqualTo("ALTER TABLE t ALTER COLUMN c    \n     TYPE int");
  }

  @Test
  void postgres_dropIndexConcurrentlyIdentityOptionsAndNoInherit() {
    assertThat(blanked(Dialect.POSTGRESQL, "DROP INDEX CONCURRENTLY IF EXISTS i"))
        .isEqualTo("DROP INDEX              IF EXISTS i");
    assertThat(blanked(Dialect.POSTGRESQL,
        "CREATE TABLE a (id int GENERATED ALWAYS AS IDENTITY (sequence name \"a_seq\" START WITH 1))"))
        .isEqualTo("CREATE TABLE a (id int GENERATED ALWAYS AS IDENTITY                                     )");
    assertThat(blanked(Dialect.POSTGRESQL, "CREATE TABLE a (p int, CHECK (p > 0) NO INHERIT)"))
        .isEqualTo("CREATE TABLE a (p int, CHECK (p > 0)           )");
  }

  @Test
  void sqlite_tableOptionsConflictClausesInsertOrAndGlob() {
    assertThat(blanked(Dialect.SQLITE, "CREATE TABLE s (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID, STRICT"))
        .isEqualTo("CREATE TABLE s (k TEXT PRIMARY KEY, v TEXT)                      ");
    assertThat(blanked(Dialect.SQLITE, "CREATE TABLE s (m TEXT UNIQUE ON CONFLICT IGNORE)"))
        .isEqualTo("CREATE TABLE s (m TEXT UNIQUE                   )");
    assertThat(blanked(Dialect.SQLITE, "INSERT OR IGNORE INTO s (k) VALUES ('a')"))
        .isEqualTo("INSERT           INTO s (k) VALUES ('a')");
    assertThat(blanked(Dialect.SQLITE, "REPLACE INTO s (k) VALUES ('a')"))
        .isEqualTo("INSERT  INTO s (k) VALUES ('a')");
    assertThat(blanked(Dialect.SQLITE, "CREATE TABLE b (m TEXT CHECK (m GLOB '[0-9]*'))"))
        .isEqualTo("CREATE TABLE b (m TEXT CHECK (m LIKE '[0-9]*'))");
  }

  @Test
  void sqlite_upsertIsNoConflictClause() {
    String upsert = "INSERT INTO s (k) VALUES ('a') ON CONFLICT (k) DO NOTHING";

    assertThat(blanked(Dialect.SQLITE, upsert)).isEqualTo(upsert);
  }

  @Test
  void mysql_viewOptionsIfExistsOnIndexesSystemVersioningAndSetStatement() {
    assertThat(blanked(Dialect.MYSQL,
        "CREATE OR REPLACE ALGORITHM=MERGE DEFINER=`app`@`%` SQL SECURITY INVOKER VIEW v AS SELECT 1"))
        .isEqualTo("CREATE OR REPLACE                                                        VIEW v AS SELECT 1");
    assertThat(blanked(Dialect.MARIADB, "ALTER TABLE t ADD INDEX IF NOT EXISTS ix (a), DROP INDEX IF EXISTS iy"))
        .isEqualTo("ALTER TABLE t ADD INDEX               ix (a), DROP INDEX           iy");
    assertThat(blanked(Dialect.MARIADB, "CREATE TABLE t (a int) WITH SYSTEM VERSIONING"))
        .isEqualTo("CREATE TABLE t (a int)                       ");
    assertThat(blanked(Dialect.MARIADB, "SET STATEMENT max_statement_time=60 FOR UPDATE t SET a = 1"))
        .isEqualTo("                                        UPDATE t SET a = 1");
  }

  @Test
  void h2_localTemporaryArraysAndBefore() {
    assertThat(blanked(Dialect.H2, "CREATE LOCAL TEMPORARY TABLE t (a int)"))
        .isEqualTo("CREATE       TEMPORARY TABLE t (a int)");
    assertThat(blanked(Dialect.H2, "CREATE TABLE t (tags VARCHAR(40) ARRAY, n INT)"))
        .isEqualTo("CREATE TABLE t (tags VARCHAR(40)[]    , n INT)");
    assertThat(blanked(Dialect.H2, "ALTER TABLE t ADD COLUMN ean CHAR(13) BEFORE title"))
        .isEqualTo("ALTER TABLE t ADD COLUMN ean CHAR(13)             ");
  }

  @Test
  void nothingKnown_leavesTheTextAsItIs() {
    String text = "SELECT 'SET DATA TYPE' FROM t -- SET DATA TYPE";

    assertThat(blanked(Dialect.POSTGRESQL, text)).isEqualTo(text);
  }

  @Test
  void h2_reordersDropIfExistsAndMergeKey() {
    ParserRewrites rewrites = new ParserRewrites(new SqlSyntax(Dialect.H2));

    assertThat(rewrites.reordered("DROP TABLE vets, pets IF EXISTS CASCADE"))
        .contains("DROP TABLE IF EXISTS vets, pets CASCADE");
    assertThat(rewrites.reordered("MERGE INTO clinics (id, name) KEY (id) VALUES (1, 'Main')"))
        .contains("INSERT INTO clinics (id, name) VALUES (1, 'Main')");
    assertThat(rewrites.reordered("DROP TABLE vets")).isEmpty();
  }

  @Test
  void sqlite_typelessColumnsGetBlob() {
    ParserRewrites rewrites = new ParserRewrites(new SqlSyntax(Dialect.SQLITE));

    assertThat(rewrites.reordered("CREATE TABLE idx(segid, term, pgno, PRIMARY KEY(segid, term))"))
        .contains("CREATE TABLE idx(segid BLOB, term BLOB, pgno BLOB, PRIMARY KEY(segid, term))");
    assertThat(rewrites.reordered("CREATE TABLE c(k PRIMARY KEY, v) WITHOUT ROWID"))
        .contains("CREATE TABLE c(k BLOB PRIMARY KEY, v BLOB) WITHOUT ROWID");
    assertThat(rewrites.reordered("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")).isEmpty();
  }
}
