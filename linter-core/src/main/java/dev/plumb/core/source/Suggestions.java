package dev.plumb.core.source;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds what a user probably meant by a misspelt key, rule id or value, so messages can say "did you mean". */
public final class Suggestions {

  private Suggestions() {
  }

  /**
   * The candidate closest to {@code given} by edit distance (ignoring case), if one is close enough to be a
   * likely typo; on a tie the earlier candidate wins, so messages stay the same from run to run.
   */
  public static Optional<String> nearest(String given, Collection<String> candidates) {
    requireNonNull(given, "nothing given to match");
    requireNonNull(candidates, "no candidates given");
    String wanted = given.toLowerCase(Locale.ROOT);
    int limit = wanted.length() <= 3 ? 1 : wanted.length() <= 6 ? 2 : 3;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
      if (distance <= limit && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance: inserts, deletes and replacements each cost one. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
