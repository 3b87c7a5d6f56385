package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationOrderTest {

  @Test
  void flywayVersions_compareNumericallyPartByPart() {
    List<Path> sorted = MigrationOrder.sort(paths(
        "V2__orders.sql", "V1.10__tenth.sql", "V1__init.sql", "V1.9__ninth.sql", "V1_1__underscore.sql",
        "V10__later.sql"));

    assertThat(sorted).containsExactlyElementsOf(paths(
        "V1__init.sql", "V1_1__underscore.sql", "V1.9__ninth.sql", "V1.10__tenth.sql", "V2__orders.sql",
        "V10__later.sql"));
  }

  @Test
  void leadingZeros_doNotChangeAVersion() {
    assertThat(MigrationOrder.version(Path.of("V2__a.sql"))).isEqualTo(MigrationOrder.version(Path.of("V002__b.sql")));
    assertThat(MigrationOrder.sort(paths("V3__c.sql", "V2__b.sql", "V002__a.sql")))
        .containsExactlyElementsOf(paths("V002__a.sql", "V2__b.sql", "V3__c.sql"));
  }

  @Test
  void numericPrefixesAndTimestamps_areVersionsToo() {
    List<Path> sorted = MigrationOrder.sort(paths(
        "20240101120000_add_users.sql", "010_indexes.sql", "002_users.sql", "001_core.sql", "9_late.sql"));

    assertThat(sorted).containsExactlyElementsOf(paths(
        "001_core.sql", "002_users.sql", "9_late.sql", "010_indexes.sql", "20240101120000_add_users.sql"));
    assertThat(MigrationOrder.version(Path.of("20240101120000_add_users.sql")))
        .contains(List.of(new BigInteger("20240101120000")));
  }

  @Test
  void unversionedFiles_comeAfterVersionedOnes_byName() {
    List<Path> sorted = MigrationOrder.sort(paths(
        "seed.sql", "R__views.sql", "V2__b.sql", "afterMigrate.sql", "001_core.sql"));

    assertThat(sorted).containsExactlyElementsOf(paths(
        "001_core.sql", "V2__b.sql", "R__views.sql", "afterMigrate.sql", "seed.sql"));
    assertThat(MigrationOrder.version(Path.of("R__views.sql"))).isEmpty();
  }

  @Test
  void folders_doNotChangeTheOrder_andTiesGoByWholePath() {
    List<Path> sorted = MigrationOrder.sort(List.of(
        Path.of("b", "V1__init.sql"), Path.of("a", "V2__next.sql"), Path.of("a", "V1__init.sql")));

    assertThat(sorted).containsExactly(
        Path.of("a", "V1__init.sql"), Path.of("b", "V1__init.sql"), Path.of("a", "V2__next.sql"));
  }

  private static List<Path> paths(String... names) {
    return List.of(names).stream().map(Path::of).toList();
  }
}
