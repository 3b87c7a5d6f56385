package dev.plumb.core.source.migration;

import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.migration.Migration;
import dev.plumb.core.model.migration.MigrationKind;
import dev.plumb.core.model.migration.MigrationVersion;
import dev.plumb.core.source.sql.SqlSourceFile;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the layouts share: versions from names, the apply order, and how a migration and a problem are made. */
final class Migrations {

  private Migrations() {
  }

  /** Reads {@code 1.10}, {@code 1_1}, {@code 002} or diesel's {@code 2017-12-01-000000}. */
  static MigrationVersion version(String text) {
    List<BigInteger> parts = new ArrayList<>();
    for (String part : text.split("[._-]")) {
      parts.add(new BigInteger(part));
    }
    return new MigrationVersion(parts, text);
  }

  /** How tools show a name's description part: {@code add_users} as {@code add users}. */
  static String description(String written) {
    return written == null ? "" : written.replace('_', ' ').strip();
  }

  static MigrationSource versioned(String name, MigrationVersion version, String description, MigrationFile up,
                                   Optional<MigrationFile> down) {
    Migration migration = new Migration(name, Optional.of(version), description, MigrationKind.VERSIONED,
        up.name(), down.map(MigrationFile::name));
    return new MigrationSource(migration, text(up), down.map(Migrations::text));
  }

  static MigrationSource unversioned(MigrationFile file, MigrationKind kind, String description) {
    Migration migration = new Migration(file.fileName(), Optional.empty(), description, kind, file.name(),
        Optional.empty());
    return new MigrationSource(migration, text(file), Optional.empty());
  }

  static SqlSourceFile text(MigrationFile file) {
    return new SqlSourceFile(file.name(), file.content());
  }

  /** A problem with a whole file. */
  static SourceProblem problem(String file, String message) {
    return problem(SourceSpan.fileStart(file), message);
  }

  static SourceProblem problem(SourceSpan where, String message) {
    return new SourceProblem(SourceProblem.MIGRATION_LAYOUT, message, where, where);
  }
}
