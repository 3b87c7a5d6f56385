package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.source.InputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlFileReaderTest {

  private static final String FILE = "db/V1__t.sql";

  @Test
  void utf8TextIsReadAsItIs() {
    SqlFileReader.Content content = decode(utf8("CREATE TABLE café (naïve text); -- ✓ \uD83D\uDE00 \uFFFD\n"));

    assertThat(content.text()).contains("CREATE TABLE café (naïve text); -- ✓ \uD83D\uDE00 \uFFFD\n");
    assertThat(content.problem()).isEmpty();
  }

  @Test
  void anEmptyFileIsEmptyText() {
    assertThat(decode(new byte[0])).isEqualTo(new SqlFileReader.Content(Optional.of(""), Optional.empty()));
  }

  @Test
  void aUtf8ByteOrderMarkIsNotPartOfTheSql() {
    SqlFileReader.Content content = decode(bytes(0xEF, 0xBB, 0xBF).and("SELECT 1;").build());

    assertThat(content.text()).contains("SELECT 1;");
    assertThat(content.problem()).isEmpty();
  }

  @Test
  void aLatin1ByteIsAProblemAtItsLineAndColumn_andTheRestIsStillRead() {
    byte[] latin1 = bytes().and("CREATE TABLE t (id int);\n-- a comment\nCOMMENT ON TABLE t IS 'caf").and(0xE9)
        .and("';\n").build();

    SqlFileReader.Content content = decode(latin1);

    assertThat(content.problem()).contains(problem(3, 27,
        "not UTF-8 text: byte 0xE9 at 3:27 (read as U+FFFD); save the file as UTF-8"));
    assertThat(content.text()).contains("CREATE TABLE t (id int);\n-- a comment\nCOMMENT ON TABLE t IS 'caf\uFFFD';\n");
  }

  @Test
  void columnsCountCharactersNotBytes_andCarriageReturnsEndLines() {
    SqlFileReader.Content content = decode(bytes().and("-- x\r\n-- é€ ").and(0xC3).build());

    assertThat(content.problem().orElseThrow().span()).isEqualTo(SourceSpan.at(FILE, 2, 7));
    assertThat(content.problem().orElseThrow().message()).startsWith("not UTF-8 text: byte 0xC3 at 2:7 ");
  }

  @Test
  void aNulByteMakesItABinaryFileThatIsSkipped() {
    SqlFileReader.Content content = decode(bytes().and("PK").and(0x03, 0x04).and("\n\u00e9x").and(0x00, 0xFF).build());

    assertThat(content.text()).isEmpty();
    assertThat(content.problem()).contains(problem(2, 3, "binary file (NUL byte at 2:3), skipped"));
  }

  @Test
  void utf16TextIsSkippedWithAHint() {
    SqlFileReader.Content content = decode(bytes(0xFF, 0xFE).and("S").and(0x00).build());

    assertThat(content.text()).isEmpty();
    assertThat(content.problem().orElseThrow().message()).startsWith("UTF-16 or UTF-32 text")
        .endsWith("save the file as UTF-8");
    assertThat(content.problem().orElseThrow().span()).isEqualTo(SourceSpan.fileStart(FILE));
  }

  @Test
  void aFileThatCannotBeReadIsStillAnInputError(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> SqlFileReader.read(dir.resolve("nope.sql"), "nope.sql"))
        .isInstanceOf(InputException.class).hasMessage("nope.sql: cannot read: no such file");
    Files.write(dir.resolve("ok.sql"), utf8("SELECT 1;"));
    assertThat(SqlFileReader.read(dir.resolve("ok.sql"), "ok.sql").text()).contains("SELECT 1;");
  }

  private static SourceProblem problem(int line, int column, String message) {
    SourceSpan at = SourceSpan.at(FILE, line, column);
    return new SourceProblem(SourceProblem.SQL_PARSE_ERROR, message, at, at);
  }

  private static SqlFileReader.Content decode(byte[] bytes) {
    return SqlFileReader.decode(bytes, FILE);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Bytes bytes(int... raw) {
    return new Bytes().and(raw);
  }

  /** Text and raw bytes side by side, the way a broken file mixes them. */
  private static final class Bytes {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Bytes and(String text) {
      out.writeBytes(utf8(text));
      return this;
    }

    Bytes and(int... raw) {
      for (int b : raw) {
        out.write(b);
      }
      return this;
    }

    byte[] build() {
      return out.toByteArray();
    }
  }
}
