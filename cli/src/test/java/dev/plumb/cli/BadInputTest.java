package dev.plumb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQL files that are broken in ways a parser never sees in its tests: each gives a finding naming the file and
 * position, never a hang or a stack trace, and the other files are still checked. The expected schema lists a
 * table from every good file, so a file the run gave up on would show as a missing table.
 */
class BadInputTest {

  private static final String SCHEMA = """
      tables:
        - { name: first, columns: [{ name: id }] }
        - { name: last, columns: [{ name: id }] }
      """;

  @TempDir
  Path project;

  @Test
  void emptyFilesAndFilesOfOnlyCommentsAreFine() throws Exception {
    writeFrame();
    write("db/V2__empty.sql", "");
    write("db/V3__blank.sql", "  \n\t\n");
    write("db/V4__comments.sql", "-- nothing yet\n/* to do */\n");

    CliRun run = check();

    assertThat(run.out()).isEqualTo("No findings in 6 files (2 of 2 statements understood)\n");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void binaryFileIsSkippedWithAFindingAtItsFirstNulByte() throws Exception {
    writeFrame();
    writeBytes("db/V2__dump.sql", "SQL", new byte[] {0x00, 0x01, 0x02}, "CREATE TABLE first (id bigint PRIMARY KEY);");

    CliRun run = check();

    assertThat(run.out()).isEqualTo("""
        db/V2__dump.sql:1:4: warning[sql-parse-error] binary file (NUL byte at 1:4), skipped

        0 errors, 1 warning, 0 notes in 4 files (2 of 2 statements understood)
        """);
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void nonUtf8BytesAreAFindingAtTheFirstBadByte_andTheFileIsStillReplayed() throws Exception {
    writeFrame();
    writeBytes("db/V2__latin1.sql", "CREATE TABLE middle (id bigint PRIMARY KEY);\n-- Gr", new byte[] {(byte) 0xFC},
        "\u00dfe\nCOMMENT ON TABLE middle IS 'caf", new byte[] {(byte) 0xE9}, "';\n");
    write("schema.yml", SCHEMA + "  - { name: middle, columns: [{ name: id }] }\n");

    CliRun run = check();

    assertThat(run.out()).isEqualTo("""
        db/V2__latin1.sql:2:6: warning[sql-parse-error] not UTF-8 text: byte 0xFC at 2:6 (read as U+FFFD); save the file as UTF-8

        0 errors, 1 warning, 0 notes in 4 files (4 of 4 statements understood)
        """);
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void unterminatedDollarQuoteStringAndCommentEachGiveAFindingWhereTheyOpen() throws Exception {
    writeFrame();
    write("db/V2__dollar.sql", """
        CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
          NEW.updated_at := now();
          RETURN NEW;
        END;
        """);
    write("db/V3__string.sql", "CREATE TABLE t3 (id bigint PRIMARY KEY);\nCOMMENT ON TABLE t3 IS 'never closed;\n");
    write("db/V4__comment.sql", "CREATE TABLE t4 (id bigint PRIMARY KEY);\n/* the end of this file was lost\n");

    CliRun run = check();

    assertThat(run.out()).isEqualTo("""
        db/V2__dollar.sql:1:61: warning[sql-parse-error] unterminated dollar-quoted string $body$ (opened at 1:61)
            note: db/V2__dollar.sql:1:1: the statement starts here
        db/V3__string.sql:2:24: warning[sql-parse-error] unterminated string literal (opened at 2:24)
            note: db/V3__string.sql:2:1: the statement starts here
        db/V4__comment.sql:2:1: warning[sql-parse-error] unterminated block comment (opened at 2:1)

        0 errors, 3 warnings, 0 notes in 6 files (4 of 6 statements understood)
        """);
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void fiftyMegabyteFileCompletesWithASummary() throws Exception {
    writeFrame();
    // Seed data the size of a database dump: one INSERT of about 50 MB between two small statements.
    Path big = project.resolve("db/V2__seed.sql");
    try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      out.write("CREATE TABLE seed (id bigint PRIMARY KEY, name text);\nINSERT INTO seed (id, name) VALUES\n");
      long written = 0;
      for (int i = 0; written < 50L * 1024 * 1024; i++) {
        String row = (i == 0 ? "" : ",\n") + "(" + i + ", 'row " + i + " of the seed data, padded to look real')";
        out.write(row);
        written += row.length();
      }
      out.write(";\nCREATE TABLE after_seed (id bigint PRIMARY KEY);\n");
    }
    write("schema.yml", SCHEMA + "  - { name: after_seed, columns: [{ name: id }] }\n");

    CliRun run = check();

    assertThat(run.err()).isEmpty();
    assertThat(run.out()).doesNotContain("missing-table")
        .containsPattern("in 4 files \\(\\d+ of 5 statements understood\\)\n$");
    assertThat(run.exitCode()).isZero();
  }

  /** A good first and last migration around whatever a test puts between them. */
  private void writeFrame() throws Exception {
    write("schema.yml", SCHEMA);
    write("db/V1__first.sql", "CREATE TABLE first (id bigint PRIMARY KEY);\n");
    write("db/V9__last.sql", "CREATE TABLE last (id bigint PRIMARY KEY);\n");
  }

  private CliRun check() {
    return CliRun.of("check", "--base-dir=" + project, "--color=never", "--expected",
        project.resolve("schema.yml").toString(), project.resolve("db").toString());
  }

  private void write(String name, String content) throws Exception {
    Path file = project.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  /** Writes text and raw bytes in turn: each String as UTF-8, each byte array as it is. */
  private void writeBytes(String name, Object... parts) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (Object part : parts) {
      bytes.writeBytes(part instanceof byte[] raw ? raw : ((String) part).getBytes(StandardCharsets.UTF_8));
    }
    Path file = project.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes.toByteArray());
  }
}
