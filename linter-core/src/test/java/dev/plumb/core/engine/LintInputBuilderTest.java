package dev.plumb.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.migration.Migration;
import dev.plumb.core.model.migration.MigrationTrace;
import dev.plumb.core.model.migration.ReplayStep;
import dev.plumb.core.source.InputException;
import dev.plumb.core.source.migration.MigrationFile;
import dev.plumb.core.source.migration.MigrationLayouts;
import dev.plumb.core.source.migration.MigrationSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LintInputBuilderTest {

  private final LintInputBuilder builder = new LintInputBuilder(Optional.of(Dialect.POSTGRESQL), Path.of("/p"));

  @Test
  void theUpsBuildTheSchema_theDownsAreNotReplayed() {
    MigrationSet set = MigrationLayouts.read(List.of(
        new MigrationFile("m/1_users.up.sql", "CREATE TABLE users (id int);", true),
        new MigrationFile("m/1_users.down.sql", "DROP TABLE users;", true),
        new MigrationFile("m/2_orders.up.sql", "CREATE TABLE orders (id int);", true),
        new MigrationFile("m/3_gone.down.sql", "DROP TABLE gone;", true)), Optional.empty());

    LintInput input = builder.migrations(set).build();

    assertThat(input.actual().table(ObjectPath.of("public", "users"))).isPresent();
    assertThat(input.actual().table(ObjectPath.of("public", "orders"))).isPresent();
    assertThat(input.stats().files()).isEqualTo(3);
    assertThat(input.problems()).extracting(p -> p.kind() + " " + p.span().file())
        .containsExactly("migration-layout m/3_gone.down.sql");
  }

  @Test
  void theTraceHoldsTheLayoutTheMigrationsTheirStepsAndDowns() {
    MigrationSet set = MigrationLayouts.read(List.of(
        new MigrationFile("V1__users.sql", "CREATE TABLE users (id int);", true),
        new MigrationFile("U1__users.sql", "DROP TABLE users;", true)), Optional.empty());

    MigrationTrace trace = builder.migrations(set).build().trace().orElseThrow();

    assertThat(trace.layout()).isEqualTo("flyway");
    assertThat(trace.hasDowns()).isTrue();
    assertThat(trace.migrations()).extracting(Migration::name, Migration::downFile)
        .containsExactly(tuple("V1__users.sql", Optional.of("U1__users.sql")));
    assertThat(trace.steps()).extracting(ReplayStep::verb).containsExactly("CREATE TABLE");
    assertThat(trace.downs()).singleElement().satisfies(down -> assertThat(down.afterDown().tables()).isEmpty());
  }

  @Test
  void sqlAddedOneByOneIsAFilesSetInTheOrderAdded() {
    LintInput input = builder.sql("b.sql", "CREATE TABLE b (id int);").sql("a.sql", "CREATE TABLE a (id int);")
        .build();

    MigrationTrace trace = input.trace().orElseThrow();
    assertThat(trace.layout()).isEqualTo("files");
    assertThat(trace.migrations()).extracting(Migration::upFile).containsExactly("b.sql", "a.sql");
    assertThat(input.fallbackAnchor().file()).isEqualTo("b.sql");
  }

  @Test
  void withoutSqlThereIsNoTrace() {
    assertThat(builder.build().trace()).isEmpty();
  }

  @Test
  void aSetAndLooseFilesDoNotMix() {
    builder.sql("a.sql", "SELECT 1;");
    assertThatThrownBy(() -> builder.migrations(new MigrationSet("files", false, List.of(), List.of())))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anExpectedSchemaReadDuringTheReplayGivesTheSameInput() throws Exception {
    String yaml = "dialect: postgresql\ntables:\n  - { name: users }\n";
    LintInput during = new LintInputBuilder(Optional.empty(), Path.of("/project"))
        .expectedDuringReplay("schema.yml", yaml).sql("V1__u.sql", "CREATE TABLE users (id int);").buildChecked();
    LintInput before = new LintInputBuilder(Optional.empty(), Path.of("/project"))
        .expected("schema.yml", yaml).sql("V1__u.sql", "CREATE TABLE users (id int);").build();

    assertThat(during.expected()).isEqualTo(before.expected());
    assertThat(during.actual()).isEqualTo(before.actual());
    assertThat(during.stats()).isEqualTo(before.stats());
    assertThat(during.fallbackAnchor()).isEqualTo(before.fallbackAnchor());
  }

  @Test
  void aDialectTheFirstLookMissesReplaysAgainInTheRightOne() throws Exception {
    LintInput input = new LintInputBuilder(Optional.empty(), Path.of("/project"))
        .expectedDuringReplay("schema.yml", "{ dialect: mysql, tables: [ { name: t } ] }\n")
        .sql("V1__t.sql", "CREATE TABLE t (id int) ENGINE=InnoDB;").buildChecked();

    assertThat(input.actual().dialect()).isEqualTo(Dialect.MYSQL);
    assertThat(input.problems()).isEmpty();
  }

  @Test
  void aBrokenExpectedSchemaStillStopsTheRun() {
    LintInputBuilder builder = new LintInputBuilder(Optional.empty(), Path.of("/project"))
        .expectedDuringReplay("schema.yml", "tables:\n  - name: t\n    colums: []\n")
        .sql("V1__t.sql", "CREATE TABLE t (id int);");

    assertThatThrownBy(builder::buildChecked).isInstanceOf(InputException.class)
        .hasMessageStartingWith("schema.yml:3:5: unknown key 'colums'");
  }
}
