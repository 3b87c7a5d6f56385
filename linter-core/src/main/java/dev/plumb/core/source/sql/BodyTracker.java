package dev.plumb.core.source.sql;

import java.util.Locale;
import java.util.Set;

/**
 * Follows BEGIN/CASE ... END nesting through one statement, so that the semicolons inside a trigger or
 * routine body (SQLite and MySQL {@code BEGIN ... END}, PostgreSQL {@code BEGIN ATOMIC ... END}) do not end it.
 * Only CREATE/ALTER of a trigger, function, procedure or event has such a body, so a transaction's
 * {@code BEGIN;} still stands alone.
 */
final class BodyTracker {

  private static final Set<String> BODY_OWNERS = Set.of("TRIGGER", "FUNCTION", "PROCEDURE", "EVENT");
  private static final Set<String> OTHER_OBJECTS = Set.of(
      "TABLE", "VIEW", "INDEX", "UNIQUE", "FULLTEXT", "SPATIAL", "SEQUENCE", "SCHEMA", "DATABASE", "TYPE",
      "DOMAIN", "EXTENSION", "ROLE", "USER", "POLICY", "RULE", "SERVER", "TABLESPACE", "MATERIALIZED",
      "COLLATION", "CAST", "OPERATOR", "PUBLICATION", "SUBSCRIPTION", "STATISTICS", "LANGUAGE", "CONVERSION",
      "ALIAS", "SYNONYM", "CONSTANT");
  // Their openers are not counted (IF is also a function and a clause), so their END must not count either.
  private static final Set<String> UNCOUNTED_BLOCKS = Set.of("IF", "LOOP", "WHILE", "REPEAT", "FOR");
  // A routine's kind comes early; DEFINER = user@host and the like take a few words.
  private static final int WORDS_TO_DECIDE = 12;

  private final String text;
  private final boolean anonymousBlocks;
  private int words;
  private boolean decided;
  private boolean hasBody;
  private boolean anonymous;
  private int depth;
  private int openedAt = -1;

  BodyTracker(String text, SqlSyntax syntax) {
    this.text = text;
    this.anonymousBlocks = syntax.anonymousBlocks();
  }

  /** Takes the statement's next bare word; returns where scanning goes on (past {@code END CASE} as a whole). */
  int word(int start, int end) {
    words++;
    if (!decided) {
      decide(start, end);
    }
    // A qualified name such as new.end is never a keyword.
    if (!hasBody || (start > 0 && text.charAt(start - 1) == '.')) {
      return end;
    }
    if (is(start, end, "BEGIN") || is(start, end, "CASE")) {
      if (depth++ == 0) {
        openedAt = start;
      }
      return end;
    }
    return is(start, end, "END") ? close(end) : end;
  }

  /** Whether the scan is inside a body, where a semicolon ends nothing. */
  boolean inBody() {
    return depth > 0;
  }

  /** The offset of the outermost open BEGIN or CASE. */
  int openedAt() {
    return openedAt;
  }

  private void decide(int start, int end) {
    String word = end - start <= 12 ? text.substring(start, end).toUpperCase(Locale.ROOT) : "";
    if (words == 1) {
      anonymous = anonymousBlocks && word.equals("BEGIN");
      if (anonymous) {
        openedAt = start;
      }
      decided = !anonymous && !word.equals("CREATE") && !word.equals("ALTER");
    } else if (anonymous) {
      // MariaDB's BEGIN NOT ATOMIC; a plain BEGIN [WORK] is a transaction.
      decided = words == 3 || !word.equals("NOT");
      if (words == 3 && word.equals("ATOMIC")) {
        hasBody = true;
        depth = 1;
      }
    } else if (BODY_OWNERS.contains(word)) {
      decided = true;
      hasBody = true;
    } else {
      decided = OTHER_OBJECTS.contains(word) || words >= WORDS_TO_DECIDE;
    }
  }

  private int close(int end) {
    int next = end;
    while (next < text.length() && SqlLexer.isBlank(text.charAt(next))) {
      next++;
    }
    int nextEnd = next;
    while (nextEnd < text.length() && SqlLexer.isWordStart(text.charAt(nextEnd))) {
      nextEnd++;
    }
    String following = nextEnd - next <= 6 ? text.substring(next, nextEnd).toUpperCase(Locale.ROOT) : "";
    if (UNCOUNTED_BLOCKS.contains(following)) {
      return end;
    }
    if (depth > 0) {
      depth--;
    }
    // END CASE closes the CASE statement; reading CASE again would open another.
    return following.equals("CASE") ? nextEnd : end;
  }

  private boolean is(int start, int end, String keyword) {
    return end - start == keyword.length() && text.regionMatches(true, start, keyword, 0, keyword.length());
  }
}
