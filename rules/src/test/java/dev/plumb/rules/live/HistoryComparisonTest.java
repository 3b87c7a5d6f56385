package dev.plumb.rules.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.live.AppliedMigration;
import dev.plumb.core.model.live.AppliedMigration.Kind;
import dev.plumb.core.model.live.MigrationTool;
import dev.plumb.core.model.migration.Migration;
import dev.plumb.core.model.migration.MigrationKind;
import dev.plumb.core.model.migration.MigrationTrace;
import dev.plumb.core.model.migration.MigrationVersion;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryComparisonTest {

  private static Migration file(String version, String name, String checksum) {
    return new Migration(name, Optional.of(MigrationVersion.parse(version)), "", MigrationKind.VERSIONED,
        "db/" + name, Optional.empty(), Optional.empty(), Optional.ofNullable(checksum));
  }

  private static Migration repeatable(String name, String checksum) {
    return new Migration(name, Optional.empty(), "", MigrationKind.REPEATABLE, "db/" + name, Optional.empty(),
        Optional.empty(), Optional.of(checksum));
  }

  private static AppliedMigration flyway(String version, String script, String checksum, boolean success) {
    return new AppliedMigration(Optional.ofNullable(version), "", Optional.of(script), Optional.ofNullable(checksum),
        success, Optional.empty(), MigrationTool.FLYWAY, version == null ? Kind.REPEATABLE : Kind.VERSIONED);
  }

  private static MigrationTrace trace(String layout, Migration... files) {
    return new MigrationTrace(layout, false, List.of(files), List.of(), List.of());
  }

  @Test
  void flywayMatchesByVersionAndComparesChecksums() {
    Migration v1 = file("1", "V1__a.sql", "10");
    Migration v2 = file("2", "V2__b.sql", "20");
    Migration v3 = file("3", "V3__c.sql", "30");
    Migration views = repeatable("R__views.sql", "99");
    AppliedMigration row1 = flyway("1", "V1__a.sql", "10", true);
    AppliedMigration row2 = flyway("2", "V2__b.sql", "21", true);
    AppliedMigration gone = flyway("1.5", "V1_5__gone.sql", "15", true);
    AppliedMigration oldViews = flyway(null, "R__views.sql", "98", true);

    HistoryComparison comparison = HistoryComparison.of(List.of(row1, gone, row2, oldViews),
        trace("flyway", v1, v2, v3, views));

    assertThat(comparison.tool()).contains(MigrationTool.FLYWAY);
    assertThat(comparison.pending()).containsExactly(v3);
    assertThat(comparison.missingFiles()).containsExactly(gone);
    assertThat(comparison.mismatches()).containsExactly(new HistoryComparison.Mismatch(v2, row2));
    assertThat(comparison.failed()).isEmpty();
  }

  @Test
  void flywayBaselineCoversEarlierFilesAndFailedRowsAreFailures() {
    Migration v1 = file("1", "V1__a.sql", "10");
    Migration v2 = file("2", "V2__b.sql", "20");
    AppliedMigration baseline = new AppliedMigration(Optional.of("1"), "<< Flyway Baseline >>", Optional.empty(),
        Optional.empty(), true, Optional.empty(), MigrationTool.FLYWAY, Kind.BASELINE);
    AppliedMigration failed = flyway("2", "V2__b.sql", "20", false);

    HistoryComparison comparison = HistoryComparison.of(List.of(baseline, failed), trace("flyway", v1, v2));

    assertThat(comparison.pending()).isEmpty();
    assertThat(comparison.missingFiles()).isEmpty();
    assertThat(comparison.failed()).containsExactly(new HistoryComparison.Failed(failed, Optional.of(v2)));
  }

  @Test
  void golangMigrateCountsEverythingUpToItsVersionAsApplied() {
    Migration v1 = file("1", "1_a.up.sql", null);
    Migration v2 = file("2", "2_b.up.sql", null);
    Migration v3 = file("3", "3_c.up.sql", null);
    AppliedMigration at2 = AppliedMigration.versionOnly("2", MigrationTool.GOLANG_MIGRATE);

    HistoryComparison comparison = HistoryComparison.of(List.of(at2), trace("golang-migrate", v1, v2, v3));

    assertThat(comparison.pending()).containsExactly(v3);
    assertThat(comparison.missingFiles()).isEmpty();
    assertThat(comparison.failed()).isEmpty();

    AppliedMigration dirty = new AppliedMigration(Optional.of("4"), "", Optional.empty(), Optional.empty(), false,
        Optional.empty(), MigrationTool.GOLANG_MIGRATE, Kind.VERSIONED);
    HistoryComparison atDirty = HistoryComparison.of(List.of(dirty), trace("golang-migrate", v1, v2, v3));
    assertThat(atDirty.failed()).containsExactly(new HistoryComparison.Failed(dirty, Optional.empty()));
    assertThat(atDirty.pending()).isEmpty();
  }

  @Test
  void drizzleRowsMatchTheJournalInOrder() {
    Migration first = file("0", "0000_a.sql", "aa");
    Migration second = file("1", "0001_b.sql", "bb");
    Migration third = file("2", "0002_c.sql", "cc");
    AppliedMigration row1 = drizzle("aa");
    AppliedMigration row2 = drizzle("b0");

    HistoryComparison comparison = HistoryComparison.of(List.of(row1, row2), trace("drizzle", first, second, third));

    assertThat(comparison.mismatches()).containsExactly(new HistoryComparison.Mismatch(second, row2));
    assertThat(comparison.pending()).containsExactly(third);
    assertThat(HistoryComparison.of(List.of(row1, row2, drizzle("cc"), drizzle("dd")),
        trace("drizzle", first, second, third)).missingFiles()).hasSize(1);
  }

  @Test
  void versionsWrittenDifferentlyStillMatchAndAnotherToolsHistoryIsLeftAlone() {
    Migration goose = file("00001", "00001_a.sql", null);
    AppliedMigration row = AppliedMigration.versionOnly("1", MigrationTool.GOOSE);

    HistoryComparison comparison = HistoryComparison.of(List.of(row), trace("numbered", goose));
    assertThat(comparison.pending()).isEmpty();
    assertThat(comparison.missingFiles()).isEmpty();

    HistoryComparison twoTools = HistoryComparison.of(List.of(row, AppliedMigration.versionOnly("5",
        MigrationTool.RAILS)), trace("numbered", goose));
    assertThat(twoTools.tool()).isEmpty();
    assertThat(twoTools.missingFiles()).isEmpty();
  }

  private static AppliedMigration drizzle(String hash) {
    return new AppliedMigration(Optional.empty(), "", Optional.empty(), Optional.of(hash), true, Optional.empty(),
        MigrationTool.DRIZZLE, Kind.VERSIONED);
  }
}
