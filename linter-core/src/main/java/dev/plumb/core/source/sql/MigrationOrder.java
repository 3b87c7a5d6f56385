package dev.plumb.core.source.sql;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order migration tools run files in, read from their names: Flyway's {@code V1_2__add_users.sql} and
 * numeric prefixes ({@code 001_core.sql}, {@code 20240101120000_add_users.sql}) by version, compared number by
 * number ({@code 1.10} after {@code 1.9}, {@code V2} equal to {@code V002}); every other file after the
 * versioned ones, by name. Ties go by the whole path, so the order never depends on the file system.
 */
public final class MigrationOrder {

  private static final Pattern FLYWAY = Pattern.compile("[Vv](\\d+(?:[._]\\d+)*)__.*");
  private static final Pattern NUMERIC_PREFIX = Pattern.compile("(\\d+(?:\\.\\d+)*)(?:[_\\-.].*)?");

  private static final Comparator<Path> ORDER = Comparator
      .comparing((Path path) -> version(path).isEmpty())
      .thenComparing(MigrationOrder::version, Comparator.comparing(
          (Optional<List<BigInteger>> v) -> v.orElse(List.of()), MigrationOrder::compareVersions))
      .thenComparing(path -> fileName(path))
      .thenComparing(Path::toString);

  private MigrationOrder() {
  }

  public static Comparator<Path> comparator() {
    return ORDER;
  }

  public static List<Path> sort(Collection<Path> files) {
    List<Path> sorted = new ArrayList<>(requireNonNull(files, "no files given"));
    sorted.sort(ORDER);
    return sorted;
  }

  /** The version in the file's name, as numbers; empty for a file without one. */
  static Optional<List<BigInteger>> version(Path path) {
    String name = fileName(path);
    Matcher flyway = FLYWAY.matcher(name);
    if (flyway.matches()) {
      return Optional.of(numbers(flyway.group(1)));
    }
    Matcher numeric = NUMERIC_PREFIX.matcher(name);
    return numeric.matches() ? Optional.of(numbers(numeric.group(1))) : Optional.empty();
  }

  private static List<BigInteger> numbers(String version) {
    return List.of(version.split("[._]")).stream().map(BigInteger::new).toList();
  }

  /** Part by part; missing parts count as zero, so 1 and 1.0 are the same version. */
  private static int compareVersions(List<BigInteger> left, List<BigInteger> right) {
    for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
      BigInteger a = i < left.size() ? left.get(i) : BigInteger.ZERO;
      BigInteger b = i < right.size() ? right.get(i) : BigInteger.ZERO;
      int compared = a.compareTo(b);
      if (compared != 0) {
        return compared;
      }
    }
    return 0;
  }

  private static String fileName(Path path) {
    Path name = path.getFileName();
    return name == null ? path.toString() : name.toString();
  }
}
