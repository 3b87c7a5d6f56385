package dev.plumb.core.source.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts one statement into tokens with the splitter's lexer, so that commas, parentheses and keywords inside
 * strings, quoted identifiers, dollar quotes and comments are never taken for structure.
 */
final class SqlTokenizer {

  private SqlTokenizer() {
  }

  static List<SqlToken> tokens(String text, SqlSyntax syntax) {
    SqlLexer lexer = new SqlLexer(text, syntax);
    List<SqlToken> tokens = new ArrayList<>();
    int length = text.length();
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      int end;
      SqlToken.Kind kind;
      if (SqlLexer.isBlank(c)) {
        i++;
        continue;
      } else if (lexer.startsComment(i)) {
        end = lexer.skipConstruct(i);
        kind = SqlToken.Kind.COMMENT;
      } else if (SqlLexer.isWordStart(c)) {
        end = lexer.wordEnd(i, null);
        kind = SqlToken.Kind.WORD;
        if (isEscapeStringPrefix(text, i, end, syntax)) {
          end = lexer.escapeStringEnd(end, i);
          kind = SqlToken.Kind.QUOTED;
        }
      } else {
        end = lexer.skipConstruct(i);
        kind = SqlToken.Kind.QUOTED;
        if (end <= i) {
          end = i + 1;
          kind = SqlToken.Kind.SYMBOL;
        }
      }
      tokens.add(new SqlToken(kind, i, end));
      i = end;
    }
    return tokens;
  }

  private static boolean isEscapeStringPrefix(String text, int start, int end, SqlSyntax syntax) {
    char c = text.charAt(start);
    return syntax.escapeStrings() && end == start + 1 && (c == 'E' || c == 'e')
        && end < text.length() && text.charAt(end) == '\'';
  }
}
