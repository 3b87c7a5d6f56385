package dev.plumb.core.model.migration;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A migration's version, compared part by part as numbers: {@code 1.10} comes after {@code 1.9}, and
 * {@code V2} equals {@code V002}. Trailing zero parts do not count ({@code 1.0} equals {@code 1}).
 *
 * @param text the version as written in the file name
 */
public record MigrationVersion(List<BigInteger> parts, String text) implements Comparable<MigrationVersion> {

  public MigrationVersion {
    parts = List.copyOf(requireNonNull(parts, "no parts given"));
    requireNonNull(text, "no text given");
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a version needs at least one number");
    }
  }

  /** Reads {@code 1.2.3}, {@code 1_2}, {@code 002} or {@code 20240101120000}; separators are . and _. */
  public static MigrationVersion parse(String text) {
    List<BigInteger> parts = new ArrayList<>();
    for (String part : text.split("[._]")) {
      if (!part.matches("\\d+")) {
        throw new IllegalArgumentException("not a version: " + text);
      }
      parts.add(new BigInteger(part));
    }
    return new MigrationVersion(parts, text);
  }

  @Override
  public int compareTo(MigrationVersion other) {
    int length = Math.max(parts.size(), other.parts.size());
    for (int i = 0; i < length; i++) {
      int order = part(i).compareTo(other.part(i));
      if (order != 0) {
        return order;
      }
    }
    return 0;
  }

  /** Same version, however it was written. */
  public boolean sameAs(MigrationVersion other) {
    return compareTo(other) == 0;
  }

  private BigInteger part(int index) {
    return index < parts.size() ? parts.get(index) : BigInteger.ZERO;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MigrationVersion version && sameAs(version);
  }

  @Override
  public int hashCode() {
    int last = parts.size();
    while (last > 1 && parts.get(last - 1).signum() == 0) {
      last--;
    }
    return parts.subList(0, last).hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
