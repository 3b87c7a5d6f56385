package dev.plumb.core.source.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.migration.Migration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Flyway's and Drizzle's checksums. The expected values were computed apart from this code, with Python:
 * {@code zlib.crc32} fed each line's UTF-8 bytes (lines split at \r\n, \r and \n, a leading BOM dropped), the
 * result read as a signed 32-bit number; and {@code hashlib.sha256(text.encode()).hexdigest()}.
 */
class FlywayChecksumTest {

  private static final String CREATE = "CREATE TABLE users (id bigint PRIMARY KEY);";

  @Test
  void lineEndingsAndAFinalNewlineDoNotChangeTheChecksum() {
    assertThat(FlywayChecksum.of(CREATE + "\n")).isEqualTo(1812668543);
    assertThat(FlywayChecksum.of(CREATE)).isEqualTo(1812668543);
    assertThat(FlywayChecksum.of(CREATE + "\r\n")).isEqualTo(1812668543);
    assertThat(FlywayChecksum.of("CREATE TABLE t (a int);\nINSERT INTO t VALUES (1);\n")).isEqualTo(1088367297);
    assertThat(FlywayChecksum.of("CREATE TABLE t (a int);\r\nINSERT INTO t VALUES (1);\r\n")).isEqualTo(1088367297);
  }

  @Test
  void aByteOrderMarkIsDropped() {
    assertThat(FlywayChecksum.of("\uFEFF" + CREATE + "\n")).isEqualTo(1812668543);
  }

  @Test
  void nonAsciiTextCountsAsUtf8AndLargeValuesAreNegative() {
    assertThat(FlywayChecksum.of("-- café\nSELECT 'ü';\n")).isEqualTo(703018013);
    assertThat(FlywayChecksum.of("a\n\nb")).isEqualTo(-1635563411);
    assertThat(FlywayChecksum.of("")).isZero();
  }

  @Test
  void drizzleHashesTheWholeTextLineEndingsIncluded() {
    assertThat(DrizzleHash.of(CREATE + "\n"))
        .isEqualTo("3456c330330e5584db1ea42d855fe843569a61c7c200bd34b52f8f9c03b28f0d");
    assertThat(DrizzleHash.of(CREATE + "\r\n"))
        .isEqualTo("1e354ecc79cd44336b514a06571bbe133dedcd525674d7c81bfca52e0dca5379");
    assertThat(DrizzleHash.of("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void flywayAndDrizzleSetsCarryTheirChecksumsOtherLayoutsNone() {
    List<Migration> flyway = migrations(List.of(new MigrationFile("db/V1__users.sql", CREATE + "\n", false),
        new MigrationFile("db/R__views.sql", "a\n\nb", false)), Optional.empty());
    assertThat(flyway).extracting(Migration::checksum)
        .containsExactly(Optional.of("1812668543"), Optional.of("-1635563411"));

    List<Migration> drizzle = migrations(List.of(
        new MigrationFile("drizzle/meta/_journal.json", """
            {"version": "7", "dialect": "postgresql", "entries": [
              {"idx": 0, "version": "7", "when": 1700000000000, "tag": "0000_users", "breakpoints": true}]}
            """, false),
        new MigrationFile("drizzle/0000_users.sql", CREATE + "\n", false)), Optional.empty());
    assertThat(drizzle).extracting(Migration::checksum)
        .containsExactly(Optional.of("3456c330330e5584db1ea42d855fe843569a61c7c200bd34b52f8f9c03b28f0d"));

    List<Migration> golang = migrations(List.of(new MigrationFile("m/1_users.up.sql", CREATE, false)),
        Optional.empty());
    assertThat(golang).extracting(Migration::checksum).containsExactly(Optional.empty());
  }

  private static List<Migration> migrations(List<MigrationFile> files, Optional<String> layout) {
    return MigrationLayouts.read(files, layout).migrations().stream().map(MigrationSource::migration).toList();
  }
}
