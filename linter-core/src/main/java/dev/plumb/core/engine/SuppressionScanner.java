package dev.plumb.core.engine;

import dev.plumb.core.model.SourceSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code plumb:ignore} comments in SQL ({@code --}) and YAML ({@code #}) files. A comment covers the
 * statement (SQL) or the line (YAML) that follows it.
 */
public final class SuppressionScanner {

  private static final Pattern DIRECTIVE = Pattern.compile(
      "^(\\s*)(--|#)\\s*plumb:ignore\\s+([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)\\s*(.*)$");

  private SuppressionScanner() {
  }

  /**
   * The suppressions of a SQL file, given the spans of its statements in order.
   */
  public static List<Suppression> scanSql(String file, String content, List<SourceSpan> statementSpans) {
    List<Suppression> found = new ArrayList<>();
    directives(content, "--").forEach((index, matcher) -> {
      int line = index + 1;
      statementSpans.stream().filter(s -> s.line() > line).findFirst()
          .ifPresent(target -> found.add(suppression(file, line, matcher, target)));
    });
    return found;
  }

  /** The suppressions of a YAML file: each covers the next line that holds something other than a comment. */
  public static List<Suppression> scanYaml(String file, String content) {
    List<Suppression> found = new ArrayList<>();
    String[] lines = content.split("\\R", -1);
    directives(content, "#").forEach((index, matcher) -> {
      for (int next = index + 1; next < lines.length; next++) {
        String text = lines[next].strip();
        if (!text.isEmpty() && !text.startsWith("#")) {
          SourceSpan line = new SourceSpan(file, next + 1, 1, next + 1, lines[next].length());
          found.add(suppression(file, index + 1, matcher, line));
          break;
        }
      }
    });
    return found;
  }

  /** The directives written as comments of this kind ({@code --} or {@code #}), by 0-based line, in order. */
  private static Map<Integer, Matcher> directives(String content, String commentMarker) {
    Map<Integer, Matcher> found = new TreeMap<>();
    // Most files have none; the cheap test spares splitting large ones into lines.
    if (!content.contains("plumb:ignore")) {
      return found;
    }
    String[] lines = content.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher matcher = DIRECTIVE.matcher(lines[i]);
      if (matcher.matches() && matcher.group(2).equals(commentMarker)) {
        found.put(i, matcher);
      }
    }
    return found;
  }

  private static Suppression suppression(String file, int line, Matcher matcher, SourceSpan target) {
    Set<String> ids = new LinkedHashSet<>(Arrays.asList(matcher.group(3).split("\\s*,\\s*")));
    SourceSpan directive = SourceSpan.at(file, line, matcher.group(1).length() + 1);
    return new Suppression(directive, ids, matcher.group(4).strip(), target);
  }
}
