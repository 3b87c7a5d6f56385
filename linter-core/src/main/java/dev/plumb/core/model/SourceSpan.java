package dev.plumb.core.model;

import static java.util.Objects.requireNonNull;

/**
 * Where something was written: a file and a 1-based range of lines and columns.
 * The file is kept as given by the source (usually relative to the working directory) so that
 * reports can make it repository-relative without guessing.
 */
public record SourceSpan(String file, int line, int column, int endLine, int endColumn) {

  public SourceSpan {
    requireNonNull(file, "no file given");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
    if (endLine < line || (endLine == line && endColumn < column)) {
      throw new IllegalArgumentException("span ends before it starts: " + line + ":" + column + "-" + endLine + ":" + endColumn);
    }
  }

  /** A span of one position, for sources that know only where an element starts. */
  public static SourceSpan at(String file, int line, int column) {
    return new SourceSpan(file, line, column, line, column);
  }

  /** Line 1 of a file: the anchor for findings about a whole file. */
  public static SourceSpan fileStart(String file) {
    return at(file, 1, 1);
  }

  public boolean contains(int atLine, int atColumn) {
    boolean afterStart = atLine > line || (atLine == line && atColumn >= column);
    boolean beforeEnd = atLine < endLine || (atLine == endLine && atColumn <= endColumn);
    return afterStart && beforeEnd;
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
