package dev.plumb.rules.live;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.live.AppliedMigration;
import dev.plumb.core.model.live.AppliedMigration.Kind;
import dev.plumb.core.model.live.MigrationTool;
import dev.plumb.core.model.migration.Migration;
import dev.plumb.core.model.migration.MigrationKind;
import dev.plumb.core.model.migration.MigrationTrace;
import dev.plumb.core.model.migration.MigrationVersion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A live database's migration history held against the migration files, as the tool that wrote the history would
 * match them: Flyway, Rails/dbmate and goose by version (Flyway's repeatables by script), golang-migrate by the one
 * version it keeps (everything up to it counts as applied), Drizzle by position, its rows being in journal order.
 *
 * <p>Only one tool's history is compared: the one the files' layout belongs to, or the only one the database has.
 *
 * @param pending files the history does not have
 * @param missingFiles history rows no file stands for
 * @param mismatches files changed since they were applied
 * @param failed history rows of migrations that failed, with their file where there is one
 */
record HistoryComparison(Optional<MigrationTool> tool, List<Migration> pending, List<AppliedMigration> missingFiles,
                         List<Mismatch> mismatches, List<Failed> failed) {

  private static final Map<String, MigrationTool> TOOL_OF_LAYOUT = Map.of(
      "flyway", MigrationTool.FLYWAY, "golang-migrate", MigrationTool.GOLANG_MIGRATE,
      "dbmate", MigrationTool.RAILS, "drizzle", MigrationTool.DRIZZLE);

  /** A file whose checksum is not the one recorded when it was applied. */
  record Mismatch(Migration file, AppliedMigration applied) {
  }

  /** A migration the tool recorded as failed (Flyway) or left dirty (golang-migrate). */
  record Failed(AppliedMigration applied, Optional<Migration> file) {
  }

  static HistoryComparison of(List<AppliedMigration> history, MigrationTrace trace) {
    requireNonNull(history, "no history given");
    requireNonNull(trace, "no trace given");
    Optional<MigrationTool> tool = toolFor(history, trace.layout());
    if (tool.isEmpty()) {
      return new HistoryComparison(tool, List.of(), List.of(), List.of(), List.of());
    }
    List<AppliedMigration> rows = history.stream().filter(a -> a.tool() == tool.get()).toList();
    Builder builder = new Builder(tool);
    switch (tool.get()) {
      case GOLANG_MIGRATE -> builder.upTo(rows, trace.migrations());
      case DRIZZLE -> builder.byPosition(rows, trace.migrations());
      default -> builder.byVersion(rows, trace.migrations());
    }
    return builder.build();
  }

  private static Optional<MigrationTool> toolFor(List<AppliedMigration> history, String layout) {
    Set<MigrationTool> present = new HashSet<>();
    history.forEach(a -> present.add(a.tool()));
    MigrationTool preferred = TOOL_OF_LAYOUT.get(layout);
    if (preferred != null && present.contains(preferred)) {
      return Optional.of(preferred);
    }
    return present.size() == 1 ? present.stream().findFirst() : Optional.empty();
  }

  private static final class Builder {

    private final Optional<MigrationTool> tool;
    private final List<Migration> pending = new ArrayList<>();
    private final List<AppliedMigration> missing = new ArrayList<>();
    private final List<Mismatch> mismatches = new ArrayList<>();
    private final List<Failed> failed = new ArrayList<>();

    Builder(Optional<MigrationTool> tool) {
      this.tool = tool;
    }

    HistoryComparison build() {
      return new HistoryComparison(tool, pending, missing, mismatches, failed);
    }

    void byVersion(List<AppliedMigration> rows, List<Migration> files) {
      Optional<MigrationVersion> baseline = rows.stream().filter(r -> r.kind() == Kind.BASELINE)
          .flatMap(r -> version(r).stream()).max(MigrationVersion::compareTo);
      Set<Migration> matched = new HashSet<>();
      for (AppliedMigration row : rows) {
        if (row.kind() == Kind.BASELINE) {
          continue;
        }
        Optional<Migration> file = files.stream().filter(f -> matches(row, f)).findFirst();
        file.ifPresent(matched::add);
        compare(row, file);
      }
      for (Migration file : files) {
        boolean belowBaseline = baseline.isPresent() && file.version().isPresent()
            && file.version().get().compareTo(baseline.get()) <= 0;
        if (!matched.contains(file) && file.kind() != MigrationKind.UNVERSIONED && !belowBaseline) {
          pending.add(file);
        }
      }
    }

    /** golang-migrate's one row is the version the database is at: every file up to it is applied. */
    void upTo(List<AppliedMigration> rows, List<Migration> files) {
      for (AppliedMigration row : rows) {
        Optional<MigrationVersion> at = version(row);
        Optional<Migration> file = files.stream().filter(f -> matches(row, f)).findFirst();
        compare(row, file);
        files.stream()
            .filter(f -> f.version().isPresent() && at.isPresent() && f.version().get().compareTo(at.get()) > 0)
            .forEach(pending::add);
      }
    }

    /** Drizzle applies its journal in order and records each in order: the n-th row is the n-th file. */
    void byPosition(List<AppliedMigration> rows, List<Migration> files) {
      List<Migration> versioned = files.stream().filter(f -> f.kind() == MigrationKind.VERSIONED).toList();
      for (int i = 0; i < rows.size(); i++) {
        compare(rows.get(i), i < versioned.size() ? Optional.of(versioned.get(i)) : Optional.empty());
      }
      pending.addAll(versioned.subList(Math.min(rows.size(), versioned.size()), versioned.size()));
    }

    private void compare(AppliedMigration row, Optional<Migration> file) {
      if (!row.success()) {
        failed.add(new Failed(row, file));
        return;
      }
      if (file.isEmpty()) {
        missing.add(row);
        return;
      }
      // A repeatable migration whose checksum changed is applied again: that is how it is meant to be used.
      boolean repeatable = row.kind() == Kind.REPEATABLE;
      if (!repeatable && row.checksum().isPresent() && file.get().checksum().isPresent()
          && !row.checksum().equals(file.get().checksum())) {
        mismatches.add(new Mismatch(file.get(), row));
      }
    }
  }

  private static boolean matches(AppliedMigration row, Migration file) {
    if (row.kind() == Kind.REPEATABLE) {
      return file.kind() == MigrationKind.REPEATABLE && row.script().map(HistoryComparison::lastPart)
          .filter(s -> s.equals(lastPart(file.upFile()))).isPresent();
    }
    Optional<MigrationVersion> version = version(row);
    return file.kind() == MigrationKind.VERSIONED && version.isPresent() && file.version().isPresent()
        && version.get().sameAs(file.version().get());
  }

  private static Optional<MigrationVersion> version(AppliedMigration row) {
    try {
      return row.version().map(MigrationVersion::parse);
    } catch (IllegalArgumentException e) {
      // A version the files could not have (letters in it) matches no file.
      return Optional.empty();
    }
  }

  private static String lastPart(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
