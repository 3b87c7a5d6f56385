package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Replays the migration sets under {@code src/test/resources/corpus/<dialect>/<project>/} (written in the style
 * of Rails, Django, Flyway, golang-migrate, Prisma, Drizzle, Supabase, dbmate, mysqldump, Liquibase-free plain SQL,
 * goose, sqlx, refinery and Hibernate) and measures how many statements Plumb understands. Each project is
 * replayed on its own, its files in migration order. Prints the figures the README quotes; on failure the message
 * lists every statement not understood, with its place and the parser's reason.
 */
class ParseCoverageTest {

  private static final double REQUIRED = 0.995;

  @ParameterizedTest
  @CsvSource({"postgresql, 600", "mysql, 250", "mariadb, 140", "sqlite, 250", "h2, 250"})
  void atLeast995PerMilleOfTheCorpusStatementsAreUnderstood(String dialectId, int minimumStatements)
      throws IOException {
    Dialect dialect = Dialect.fromId(dialectId).orElseThrow();
    Path corpus = corpus().resolve(dialectId);
    int statements = 0;
    int understood = 0;
    List<String> notUnderstood = new ArrayList<>();
    try (Stream<Path> projects = Files.list(corpus)) {
      for (Path project : projects.filter(Files::isDirectory).sorted().toList()) {
        ReplayResult result = new SqlReplayer(dialect).replay(files(corpus, project));
        statements += result.statements();
        understood += result.understood();
        for (SourceProblem problem : result.problems()) {
          notUnderstood.add(problem.span() + ": " + problem.message());
        }
      }
    }
    double ratio = statements == 0 ? 0 : (double) understood / statements;
    System.out.printf(Locale.ROOT, "parse coverage %-10s %4d statements, %4d understood (%.1f%%)%n", dialectId,
        statements, understood, 100 * ratio);

    assertThat(statements).as("statements in the %s corpus", dialectId).isGreaterThanOrEqualTo(minimumStatements);
    assertThat(ratio).as("understood share of the %s corpus; not understood:%n%s", dialectId,
        String.join(System.lineSeparator(), notUnderstood)).isGreaterThanOrEqualTo(REQUIRED);
  }

  private static List<SqlSourceFile> files(Path corpus, Path project) throws IOException {
    try (Stream<Path> walk = Files.walk(project)) {
      List<Path> sql = walk.filter(p -> p.toString().endsWith(".sql")).toList();
      return sql.stream().sorted(NATURAL_ORDER).map(p -> new SqlSourceFile(
          corpus.relativize(p).toString().replace('\\', '/'), read(p))).toList();
    }
  }

  /** File names in version order: runs of digits compare as numbers (V2 before V10), the rest as text. */
  private static final java.util.Comparator<Path> NATURAL_ORDER = (a, b) -> {
    String[] left = a.toString().split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
    String[] right = b.toString().split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      boolean numbers = left[i].matches("\\d+") && right[i].matches("\\d+");
      int order = numbers ? new java.math.BigInteger(left[i]).compareTo(new java.math.BigInteger(right[i]))
          : left[i].compareTo(right[i]);
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(left.length, right.length);
  };

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path corpus() {
    try {
      return Path.of(ParseCoverageTest.class.getResource("/corpus").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
