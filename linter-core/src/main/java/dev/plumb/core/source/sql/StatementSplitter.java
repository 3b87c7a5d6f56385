package dev.plumb.core.source.sql;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts SQL text into statements, knowing the dialect's quoting, comments and bodies.
 *
 * <p>Temporary: a deliberately naive version (semicolons outside '...', "..." and dollar-quoted bodies;
 * -- and block comments skipped) so that the replayer can be tested; the real splitter replaces it.
 */
public final class StatementSplitter {

  private final Dialect dialect;

  public StatementSplitter(Dialect dialect) {
    this.dialect = requireNonNull(dialect, "no dialect given");
  }

  public SplitResult split(String file, String content) {
    requireNonNull(file, "no file given");
    requireNonNull(content, "no content given");
    List<SqlStatement> statements = new ArrayList<>();
    int start = -1;
    int i = 0;
    while (i < content.length()) {
      char c = content.charAt(i);
      int skipped = skipCommentOrQuote(content, i);
      if (skipped > i) {
        boolean comment = c == '-' || c == '/';
        if (!comment && start < 0) {
          start = i;
        }
        i = skipped;
        continue;
      }
      if (c == ';') {
        addStatement(statements, file, content, start, i);
        start = -1;
      } else if (start < 0 && !Character.isWhitespace(c)) {
        start = i;
      }
      i++;
    }
    addStatement(statements, file, content, start, content.length());
    return new SplitResult(statements, List.of());
  }

  /** The index just past the comment, string or body starting at {@code i}, or {@code i} if none starts there. */
  private int skipCommentOrQuote(String content, int i) {
    if (content.startsWith("--", i)) {
      int end = content.indexOf('\n', i);
      return end < 0 ? content.length() : end;
    }
    if (content.startsWith("/*", i)) {
      int end = content.indexOf("*/", i + 2);
      return end < 0 ? content.length() : end + 2;
    }
    char c = content.charAt(i);
    if (c == '\'' || c == '"') {
      int end = content.indexOf(c, i + 1);
      return end < 0 ? content.length() : end + 1;
    }
    if (c == '$' && dialect == Dialect.POSTGRESQL) {
      int tagEnd = content.indexOf('$', i + 1);
      if (tagEnd > 0 && content.substring(i + 1, tagEnd).matches("[A-Za-z_0-9]*")) {
        String tag = content.substring(i, tagEnd + 1);
        int end = content.indexOf(tag, tagEnd + 1);
        return end < 0 ? content.length() : end + tag.length();
      }
    }
    return i;
  }

  private static void addStatement(List<SqlStatement> statements, String file, String content, int start, int end) {
    if (start < 0) {
      return;
    }
    int last = end - 1;
    while (last > start && Character.isWhitespace(content.charAt(last))) {
      last--;
    }
    int[] from = position(content, start);
    int[] to = position(content, last);
    SourceSpan span = new SourceSpan(file, from[0], from[1], to[0], to[1]);
    statements.add(new SqlStatement(content.substring(start, last + 1), span, start));
  }

  private static int[] position(String content, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (content.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, index - lineStart + 1};
  }
}
