package dev.plumb.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.RuleDescriptor;
import dev.plumb.core.api.Severity;
import dev.plumb.core.engine.RuleSelection.Setting;
import dev.plumb.core.engine.SampleRules.AboutTheSchema;
import dev.plumb.core.engine.SampleRules.AlwaysFails;
import dev.plumb.core.engine.SampleRules.EveryColumn;
import dev.plumb.core.engine.SampleRules.EveryTable;
import dev.plumb.core.engine.SampleRules.TemporaryTable;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.report.LintReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LintEngineTest {

  private static final String USERS = """
      CREATE TABLE users (id int, email text);
      CREATE TABLE tmp_import (raw text);
      """;
  private static final String ORDERS = """
      CREATE TABLE orders (id int);
      CREATE TABLE items (id int);
      """;

  private final List<String> failures = new ArrayList<>();

  @Test
  void sortsFindingsByFileLineColumnAndRule() {
    LintReport report = run(RuleSelection.all(RuleRegistry.of(List.of(new TemporaryTable(), new EveryTable(),
        new EveryColumn()))), input(USERS, ORDERS));

    assertThat(describe(report)).containsExactly(
        "V1__users.sql:1:1 every-table warning: table public.users",
        "V1__users.sql:1:21 every-column note: column public.users.id",
        "V1__users.sql:1:29 every-column note: column public.users.email",
        "V1__users.sql:2:1 every-table warning: table public.tmp_import",
        "V1__users.sql:2:1 temporary-table warning: temporary public.tmp_import",
        "V1__users.sql:2:26 every-column note: column public.tmp_import.raw",
        "V2__orders.sql:1:1 every-table warning: table public.orders",
        "V2__orders.sql:1:22 every-column note: column public.orders.id",
        "V2__orders.sql:2:1 every-table warning: table public.items",
        "V2__orders.sql:2:21 every-column note: column public.items.id");
    assertThat(failures).isEmpty();
  }

  @Test
  void aRuleThatThrowsIsReportedAndTheOthersStillRun() {
    LintReport report = run(RuleSelection.all(RuleRegistry.of(List.of(new AlwaysFails(), new EveryTable()))),
        input("CREATE TABLE users (id int);\n", ""));

    assertThat(failures).containsExactly(
        "rule always-fails failed and was skipped: java.lang.IllegalStateException: broken on purpose");
    assertThat(describe(report)).containsExactly("V1__users.sql:1:1 every-table warning: table public.users");
    assertThat(report.rules()).extracting(RuleDescriptor::id).containsExactly("always-fails", "every-table");
  }

  @Test
  void aFindingWithoutASpanIsAnchoredAtTheFallback() {
    LintReport report = run(RuleSelection.all(RuleRegistry.of(List.of(new AboutTheSchema()))), input("", ORDERS));

    Finding finding = report.findings().get(0);
    assertThat(describe(report)).containsExactly("V1__users.sql:1:1 about-the-schema note: the whole schema");
    assertThat(finding.location().object()).hasValueSatisfying(o -> assertThat(o).hasToString("public"));
  }

  @Test
  void suppressedFindingsAreDropped() {
    String orders = """
        -- plumb:ignore every-table, every-column kept for the importer
        CREATE TABLE orders (id int); CREATE TABLE items (id int);
        """;
    LintReport report = run(RuleSelection.all(RuleRegistry.of(List.of(new EveryTable(), new EveryColumn()))),
        input("", orders));

    assertThat(describe(report)).containsExactly(
        "V2__orders.sql:2:31 every-table warning: table public.items",
        "V2__orders.sql:2:51 every-column note: column public.items.id");
  }

  @Test
  void theConfiguredSeverityAppliesAndARuleCanStillReportLower() {
    RuleRegistry registry = RuleRegistry.of(List.of(new EveryTable(), new TemporaryTable()));
    RuleSelection selection = RuleSelection.configured(registry, Map.of(
        "every-table", new Setting(false, Optional.of(Severity.ERROR), Map.of()),
        "temporary-table", new Setting(false, Optional.of(Severity.WARNING), Map.of())));

    LintReport report = run(selection, input(USERS, ""));

    assertThat(describe(report)).containsExactly(
        "V1__users.sql:1:1 every-table error: table public.users",
        "V1__users.sql:2:1 every-table error: table public.tmp_import",
        "V1__users.sql:2:1 temporary-table note: temporary public.tmp_import");
    assertThat(report.rules()).extracting(r -> r.id() + " " + r.defaultSeverity().id())
        .containsExactly("every-table error", "temporary-table warning");
  }

  private LintReport run(RuleSelection selection, LintInput input) {
    return new LintEngine(selection, "1.2.3", failures::add).run(input);
  }

  private static LintInput input(String users, String orders) {
    return new LintInputBuilder(Optional.of(Dialect.POSTGRESQL), Path.of("/project"))
        .sql("V1__users.sql", users)
        .sql("V2__orders.sql", orders)
        .build();
  }

  private static List<String> describe(LintReport report) {
    return report.findings().stream().map(f -> f.location().span().orElseThrow() + " " + f.ruleId() + " "
        + f.severity().id() + ": " + f.message()).toList();
  }
}

