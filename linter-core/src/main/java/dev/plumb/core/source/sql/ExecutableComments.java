package dev.plumb.core.source.sql;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL runs the text of {@code /*!40101 SET NAMES utf8 *}{@code /} as a statement (mysqldump writes whole views
 * and triggers this way), while every parser reads it as a comment. Unwrapping blanks the markers, so the text
 * inside is read in place.
 */
final class ExecutableComments {

  private static final Pattern OPENING = Pattern.compile("/\\*M?!\\d{0,6}");

  private ExecutableComments() {
  }

  /** The statement with its executable comments opened, or empty if it has none. */
  static Optional<SqlStatement> unwrapped(SqlStatement statement, SqlSyntax syntax) {
    String text = statement.text();
    if (!syntax.executableComments() || !text.contains("!")) {
      return Optional.empty();
    }
    TextEdits edits = new TextEdits(text);
    boolean any = false;
    for (SqlToken token : SqlTokenizer.tokens(text, syntax)) {
      Matcher opening = OPENING.matcher(text).region(token.start(), token.end());
      if (token.isComment() && opening.lookingAt() && text.startsWith("*/", token.end() - 2)) {
        edits.blank(token.start(), opening.end()).blank(token.end() - 2, token.end());
        any = true;
      }
    }
    return any ? Optional.of(new SqlStatement(edits.result(), statement.span(), statement.offset()))
        : Optional.empty();
  }
}
