package dev.plumb.core.source.migration;

import dev.plumb.core.model.migration.MigrationKind;
import java.util.List;
import java.util.Optional;

/**
 * Gives each migration of a Flyway or Drizzle set the checksum its tool records when it applies it, so that the
 * live rules can tell a file edited after it was applied. Other tools record none.
 */
final class MigrationChecksums {

  private MigrationChecksums() {
  }

  static List<MigrationSource> added(String layout, List<MigrationSource> migrations) {
    return switch (layout) {
      case "flyway" -> migrations.stream()
          .map(m -> with(m, m.migration().kind() == MigrationKind.UNVERSIONED ? Optional.empty()
              : Optional.of(Integer.toString(FlywayChecksum.of(m.up().content())))))
          .toList();
      case "drizzle" -> migrations.stream()
          .map(m -> with(m, m.migration().kind() == MigrationKind.VERSIONED
              ? Optional.of(DrizzleHash.of(m.up().content())) : Optional.empty()))
          .toList();
      default -> migrations;
    };
  }

  private static MigrationSource with(MigrationSource source, Optional<String> checksum) {
    return new MigrationSource(source.migration().withChecksum(checksum), source.up(), source.down());
  }
}
