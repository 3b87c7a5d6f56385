package dev.plumb.core.source.sql;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The leading keywords that say what a statement is, for rules that look at kinds of statement: the first word,
 * and for CREATE, ALTER and DROP the kind of object too, without the modifiers in between
 * ({@code CREATE UNIQUE INDEX CONCURRENTLY} is a {@code CREATE INDEX}).
 */
final class StatementVerb {

  private static final Pattern WORD = Pattern.compile("\\G\\s*([A-Za-z_]+)");
  private static final Set<String> WITH_OBJECT = Set.of("CREATE", "ALTER", "DROP");
  private static final Set<String> MODIFIERS = Set.of("OR", "REPLACE", "UNIQUE", "TEMP", "TEMPORARY", "UNLOGGED",
      "GLOBAL", "LOCAL", "RECURSIVE", "CONSTRAINT", "DEFINER", "ALGORITHM", "SQL", "SECURITY", "ONLINE", "OFFLINE",
      "IGNORE", "FULLTEXT", "SPATIAL", "TRUSTED", "PROCEDURAL", "DEFAULT");
  /** Object kinds of two words. */
  private static final Set<String> FIRST_OF_TWO = Set.of("MATERIALIZED", "FOREIGN", "EVENT", "TEXT", "ACCESS",
      "OPERATOR", "USER");
  /** Enough for the words of any verb and the modifiers before the object kind. */
  private static final int MAX_WORDS = 8;

  private StatementVerb() {
  }

  static String of(String text) {
    Matcher word = WORD.matcher(text);
    if (!word.lookingAt()) {
      return "";
    }
    String first = word.group(1).toUpperCase(Locale.ROOT);
    if (!WITH_OBJECT.contains(first)) {
      return first;
    }
    for (int words = 1; words < MAX_WORDS && word.find(); words++) {
      String next = word.group(1).toUpperCase(Locale.ROOT);
      if (MODIFIERS.contains(next)) {
        continue;
      }
      if (FIRST_OF_TWO.contains(next) && word.find()) {
        return first + " " + next + " " + word.group(1).toUpperCase(Locale.ROOT);
      }
      return first + " " + next;
    }
    return first;
  }
}
