package dev.plumb.core.source.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A {@link TokenCursor} held to a range of tokens, such as one column definition between two commas, so that a
 * reader of one element can never run into the next.
 */
final class BoundedTokens {

  private final TokenCursor tokens;
  private final int end;

  BoundedTokens(TokenCursor tokens, int from, int end) {
    this.tokens = tokens;
    this.end = end;
    tokens.reset(from);
  }

  int position() {
    return tokens.position();
  }

  int end() {
    return end;
  }

  boolean atEnd() {
    return tokens.position() >= end;
  }

  boolean peek(String... words) {
    return tokens.position() + words.length <= end && tokens.peek(words);
  }

  boolean accept(String... words) {
    return tokens.position() + words.length <= end && tokens.accept(words);
  }

  boolean acceptSymbol(char symbol) {
    return !atEnd() && tokens.acceptSymbol(symbol);
  }

  boolean peekSymbol(char symbol) {
    return !atEnd() && tokens.peekSymbol(symbol);
  }

  Optional<String> name() {
    return atEnd() ? Optional.empty() : tokens.name();
  }

  Optional<String> qualifiedName() {
    if (atEnd()) {
      return Optional.empty();
    }
    int mark = tokens.position();
    Optional<String> name = tokens.qualifiedName();
    if (tokens.position() > end) {
      tokens.reset(mark);
      return Optional.empty();
    }
    return name;
  }

  /** The token at the cursor, as written, consumed. */
  Optional<String> next() {
    if (atEnd()) {
      return Optional.empty();
    }
    String token = tokens.token(tokens.position());
    tokens.skip();
    return Optional.of(token);
  }

  /** The unquoted content of a string literal at the cursor, consumed. */
  Optional<String> stringValue() {
    return atEnd() ? Optional.empty() : tokens.stringValue();
  }

  /** A parenthesised group at the cursor, consumed; the index of its opening token, or -1. */
  int group() {
    int open = tokens.position();
    int close = tokens.closing(open);
    if (close < 0 || close >= end) {
      return -1;
    }
    tokens.reset(close + 1);
    return open;
  }

  /** The names inside a parenthesised list at the cursor, as written, consumed; empty if there is none. */
  List<String> nameList() {
    int open = group();
    if (open < 0) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (int[] part : parts(tokens, open + 1, tokens.position() - 1)) {
      names.add(tokens.slice(part[0], part[1]));
    }
    return names;
  }

  /**
   * Skips tokens up to the first word of {@code stop} outside parentheses (or the range's end); the index where
   * the skipped run started. Nested groups are skipped whole.
   */
  int skipUntil(Set<String> stop) {
    return skipUntil(at -> stopsAt(at, stop));
  }

  /** As {@link #skipUntil(Set)}, stopping at the first token outside parentheses that {@code stop} accepts. */
  int skipUntil(IntPredicate stop) {
    int start = tokens.position();
    while (!atEnd()) {
      int at = tokens.position();
      if (tokens.isSymbol(at, '(')) {
        int close = tokens.closing(at);
        tokens.reset(close < 0 || close >= end ? end : close + 1);
        continue;
      }
      if (stop.test(at)) {
        break;
      }
      tokens.skip();
    }
    return start;
  }

  /** Consumes everything to the range's end. */
  void skipRest() {
    tokens.reset(end);
  }

  boolean isWord(int at, String word) {
    return at < end && tokens.isWord(at, word);
  }

  private boolean stopsAt(int at, Set<String> stop) {
    for (String word : stop) {
      if (tokens.isWord(at, word)) {
        return true;
      }
    }
    return false;
  }

  /** The token ranges between the commas outside parentheses in {@code [from, to)}, empty ones left out. */
  static List<int[]> parts(TokenCursor tokens, int from, int to) {
    List<int[]> parts = new ArrayList<>();
    int start = from;
    int i = from;
    while (i < to) {
      if (tokens.isSymbol(i, '(')) {
        int close = tokens.closing(i);
        i = close < 0 || close >= to ? to : close + 1;
        continue;
      }
      if (tokens.isSymbol(i, ',')) {
        if (i > start) {
          parts.add(new int[] {start, i});
        }
        start = i + 1;
      }
      i++;
    }
    if (to > start) {
      parts.add(new int[] {start, to});
    }
    return parts;
  }
}
