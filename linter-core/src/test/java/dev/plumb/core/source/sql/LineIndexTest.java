package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumb.core.model.SourceSpan;
import org.junit.jupiter.api.Test;

class LineIndexTest {

  @Test
  void linesAndColumnsAreOneBased() {
    LineIndex index = new LineIndex("ab\ncd\n\nef");

    assertThat(index.lineCount()).isEqualTo(4);
    assertThat(position(index, 0)).isEqualTo("1:1");
    assertThat(position(index, 1)).isEqualTo("1:2");
    assertThat(position(index, 2)).as("the line break belongs to the line it ends").isEqualTo("1:3");
    assertThat(position(index, 3)).isEqualTo("2:1");
    assertThat(position(index, 6)).isEqualTo("3:1");
    assertThat(position(index, 7)).isEqualTo("4:1");
    assertThat(position(index, 9)).as("the end of the text").isEqualTo("4:3");
  }

  @Test
  void crlfAndLoneCrEndLines() {
    LineIndex index = new LineIndex("a\r\nb\rc\n");

    assertThat(index.lineCount()).isEqualTo(4);
    assertThat(position(index, 1)).isEqualTo("1:2");
    assertThat(position(index, 2)).as("the \\n of \\r\\n is still line 1").isEqualTo("1:3");
    assertThat(position(index, 3)).isEqualTo("2:1");
    assertThat(position(index, 5)).isEqualTo("3:1");
    assertThat(position(index, 7)).isEqualTo("4:1");
  }

  @Test
  void aTabIsOneColumn() {
    LineIndex index = new LineIndex("\tx");

    assertThat(index.column(1)).isEqualTo(2);
  }

  @Test
  void emptyTextHasOneLine() {
    LineIndex index = new LineIndex("");

    assertThat(index.lineCount()).isEqualTo(1);
    assertThat(position(index, 0)).isEqualTo("1:1");
  }

  @Test
  void offsetIsTheInverseOfLineAndColumn() {
    String text = "select 1;\r\n  select\t2;\rx\n";
    LineIndex index = new LineIndex(text);

    for (int offset = 0; offset <= text.length(); offset++) {
      assertThat(index.offset(index.line(offset), index.column(offset))).isEqualTo(offset);
    }
  }

  @Test
  void offsetRejectsPositionsOutsideTheText() {
    LineIndex index = new LineIndex("ab\ncd");

    assertThat(index.offset(2, 3)).as("just past the last character").isEqualTo(5);
    assertThatThrownBy(() -> index.offset(3, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> index.offset(1, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> index.offset(1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> index.line(6)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void spanEndsAtTheLastCharacterOfTheRange() {
    LineIndex index = new LineIndex("x\nselect 1\nfrom t;");

    assertThat(index.span("f.sql", 2, 17)).isEqualTo(new SourceSpan("f.sql", 2, 1, 3, 6));
    assertThat(index.span("f.sql", 4, 4)).isEqualTo(SourceSpan.at("f.sql", 2, 3));
  }

  @Test
  void parserPositionInsideAStatementBecomesAFilePosition() {
    String file = "-- header\nselect 1;\n\ncreate table t (\n  id int,\n  bad bad bad\n);\n";
    LineIndex fileIndex = new LineIndex(file);
    int statementOffset = file.indexOf("create");
    String statement = file.substring(statementOffset, file.indexOf(";", statementOffset));

    int offset = statementOffset + new LineIndex(statement).offset(3, 7);

    assertThat(fileIndex.at("f.sql", offset)).isEqualTo(SourceSpan.at("f.sql", 6, 7));
  }

  private static String position(LineIndex index, int offset) {
    return index.line(offset) + ":" + index.column(offset);
  }
}
