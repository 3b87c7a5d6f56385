package dev.plumb.core.api;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.SourceSpan;

/**
 * Replace a range of a file with new text; an empty range inserts. Lines and columns are 1-based, the end
 * is exclusive: {@code (3,1)-(3,1)} inserts before line 3.
 */
public record TextEdit(String file, int startLine, int startColumn, int endLine, int endColumn, String newText) {

  public TextEdit {
    requireNonNull(file, "no file given");
    requireNonNull(newText, "no text given");
    if (startLine < 1 || startColumn < 1 || endLine < startLine || (endLine == startLine && endColumn < startColumn)) {
      throw new IllegalArgumentException("bad edit range " + startLine + ":" + startColumn + "-" + endLine + ":"
          + endColumn);
    }
  }

  public static TextEdit insert(String file, int line, int column, String text) {
    return new TextEdit(file, line, column, line, column, text);
  }

  /** Replaces what the span covers (its end is inclusive, an edit's exclusive). */
  public static TextEdit replace(SourceSpan span, String text) {
    return new TextEdit(span.file(), span.line(), span.column(), span.endLine(), span.endColumn() + 1, text);
  }

  /** Inserts right after the last character the span covers. */
  public static TextEdit insertAfter(SourceSpan span, String text) {
    return insert(span.file(), span.endLine(), span.endColumn() + 1, text);
  }

  /** Inserts right before the span's first character. */
  public static TextEdit insertBefore(SourceSpan span, String text) {
    return insert(span.file(), span.line(), span.column(), text);
  }
}
