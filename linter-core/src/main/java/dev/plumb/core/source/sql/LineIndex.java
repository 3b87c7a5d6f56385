package dev.plumb.core.source.sql;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.SourceSpan;
import java.util.Arrays;

/**
 * Turns character offsets in one text into 1-based lines and columns and back, so that positions found by
 * scanning or parsing (a splitter offset, a parser error inside one statement) become file positions.
 *
 * <p>A line ends at {@code \n}, {@code \r\n} or a lone {@code \r}; the line break belongs to the line it
 * ends. Columns count Java {@code char}s, so a tab is one column and a character outside the BMP is two.
 * Valid offsets run from 0 to the text's length inclusive: the length itself is the position just after
 * the last character, where an unexpected end of input is reported.
 *
 * <p>To place an error a parser reports at line {@code l}, column {@code c} of a statement's text: {@code
 * fileIndex.at(file, statement.offset() + new LineIndex(statement.text()).offset(l, c))}.
 */
public final class LineIndex {

  private final int length;
  private final int[] lineStarts;

  public LineIndex(String content) {
    requireNonNull(content, "no content given");
    this.length = content.length();
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < length; i++) {
      char c = content.charAt(i);
      boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 == length || content.charAt(i + 1) != '\n'));
      if (lineBreak) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  /** How many lines the text has; an empty text and a text ending in a line break end with an empty line. */
  public int lineCount() {
    return lineStarts.length;
  }

  /** The 1-based line of the character at {@code offset}. */
  public int line(int offset) {
    checkOffset(offset);
    int found = Arrays.binarySearch(lineStarts, offset);
    return found >= 0 ? found + 1 : -found - 1;
  }

  /** The 1-based column of the character at {@code offset}. */
  public int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }

  /**
   * The offset of a 1-based line and column; a column may point just past the line's last character, but not
   * beyond.
   */
  public int offset(int line, int column) {
    if (line < 1 || line > lineStarts.length) {
      throw new IllegalArgumentException("no line " + line + " in a text of " + lineStarts.length + " lines");
    }
    int start = lineStarts[line - 1];
    int next = line < lineStarts.length ? lineStarts[line] : length + 1;
    if (column < 1 || start + column - 1 >= next) {
      throw new IllegalArgumentException("no column " + column + " on line " + line);
    }
    return start + column - 1;
  }

  /** A one-position span at {@code offset}. */
  public SourceSpan at(String file, int offset) {
    return SourceSpan.at(file, line(offset), column(offset));
  }

  /**
   * The span from the character at {@code start} to the one before {@code end}; an empty range gives the
   * position at {@code start}.
   */
  public SourceSpan span(String file, int start, int end) {
    if (end <= start) {
      return at(file, start);
    }
    int last = end - 1;
    return new SourceSpan(file, line(start), column(start), line(last), column(last));
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset > length) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside a text of " + length + " characters");
    }
  }
}
