package dev.plumb.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.migration.Migration;
import dev.plumb.core.model.migration.MigrationKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MigrationSettingsTest {

  private static final Migration SAYS_NOTHING = migration(Optional.empty());
  private static final Migration OUTSIDE = migration(Optional.of(false));
  private static final Migration INSIDE = migration(Optional.of(true));

  @Test
  void withoutASettingEachLayoutFollowsItsToolsHabit() {
    List<String> layouts = List.of("flyway", "dbmate", "drizzle", "golang-migrate", "folder-per-migration",
        "numbered", "files");

    assertThat(layouts).filteredOn(layout -> MigrationSettings.DEFAULT.inTransaction(SAYS_NOTHING, layout))
        .containsExactly("flyway", "dbmate", "drizzle", "golang-migrate", "folder-per-migration");
  }

  @Test
  void theSettingReplacesTheHabit() {
    assertThat(MigrationSettings.DEFAULT.withAssumeInTransaction(false).inTransaction(SAYS_NOTHING, "flyway"))
        .isFalse();
    assertThat(MigrationSettings.DEFAULT.withAssumeInTransaction(true).inTransaction(SAYS_NOTHING, "numbered"))
        .isTrue();
  }

  @Test
  void whatAMigrationSaysOfItselfWinsOverTheSettingAndTheHabit() {
    assertThat(MigrationSettings.DEFAULT.inTransaction(OUTSIDE, "dbmate")).isFalse();
    assertThat(MigrationSettings.DEFAULT.withAssumeInTransaction(true).inTransaction(OUTSIDE, "flyway")).isFalse();
    assertThat(MigrationSettings.DEFAULT.withAssumeInTransaction(false).inTransaction(INSIDE, "files")).isTrue();
  }

  @Test
  void theOldConstructorSaysNothingAboutTransactions() {
    Migration old = new Migration("V1__a.sql", Optional.empty(), "a", MigrationKind.VERSIONED, "db/V1__a.sql",
        Optional.empty());

    assertThat(old.transactional()).isEmpty();
    assertThat(old.withTransactional(Optional.of(false))).isEqualTo(OUTSIDE);
  }

  private static Migration migration(Optional<Boolean> transactional) {
    return new Migration("V1__a.sql", Optional.empty(), "a", MigrationKind.VERSIONED, "db/V1__a.sql",
        Optional.empty(), transactional);
  }
}
