package dev.plumb.core.engine;

import static dev.plumb.core.api.Severity.ERROR;
import static dev.plumb.core.api.Severity.NOTE;
import static dev.plumb.core.api.Severity.WARNING;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.RuleOption;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Small rules for engine tests, registered by hand (test sources are compiled without the rule index). Each
 * reports what its name says, at the span of the statement that made the object.
 */
final class SampleRules {

  static final RuleOption<Integer> MAX_COLUMNS = RuleOption.integer("max-columns", 2, "Most columns a table may have");
  static final RuleOption<List<String>> IGNORED = RuleOption.stringList("ignored-tables", List.of(), "Tables to skip");

  private SampleRules() {
  }

  /** Reports the tables last first, so the engine has something to sort. */
  @RuleInfo(id = "every-table", severity = WARNING, summary = "Reports every table", description = "Test rule.",
      remediation = "None.", category = "test")
  static final class EveryTable implements SchemaRule {
    @Override
    public void check(RuleContext context) {
      List<Table> tables = new ArrayList<>(context.actual().allTables());
      for (int i = tables.size() - 1; i >= 0; i--) {
        Table table = tables.get(i);
        context.report(Location.of(table.span(), table.path()), "table " + table.path());
      }
    }
  }

  @RuleInfo(id = "every-column", severity = NOTE, summary = "Reports every column", description = "Test rule.",
      remediation = "None.", category = "test")
  static final class EveryColumn implements SchemaRule {
    @Override
    public void check(RuleContext context) {
      for (Table table : context.actual().allTables()) {
        for (Column column : table.columns()) {
          context.report(Location.of(column.span(), column.path()), "column " + column.path());
        }
      }
    }
  }

  /** Tables named tmp_* are reported one step lower than the rule's severity. */
  @RuleInfo(id = "temporary-table", severity = ERROR, summary = "Reports tmp_ tables", description = "Test rule.",
      remediation = "None.", category = "test")
  static final class TemporaryTable implements SchemaRule {
    @Override
    public void check(RuleContext context) {
      for (Table table : context.actual().allTables()) {
        if (table.name().startsWith("tmp_")) {
          context.report(Location.of(table.span(), table.path()), "temporary " + table.path())
              .severity(context.severity().lower());
        }
      }
    }
  }

  @RuleInfo(id = "about-the-schema", severity = NOTE, summary = "Reports the schema as a whole",
      description = "Test rule.", remediation = "None.", category = "test")
  static final class AboutTheSchema implements SchemaRule {
    @Override
    public void check(RuleContext context) {
      context.report(Location.of(Optional.empty(), ObjectPath.of("public")), "the whole schema");
    }
  }

  @RuleInfo(id = "always-fails", severity = ERROR, summary = "Throws", description = "Test rule.",
      remediation = "None.", category = "test")
  static final class AlwaysFails implements SchemaRule {
    @Override
    public void check(RuleContext context) {
      context.report(Location.of(Optional.empty(), ObjectPath.of("public")), "reported before failing");
      throw new IllegalStateException("broken on purpose");
    }
  }

  @RuleInfo(id = "wide-table", severity = WARNING, summary = "Reports wide tables", description = "Test rule.",
      remediation = "None.", category = "test", enabledByDefault = false)
  static final class WideTable implements SchemaRule {
    @Override
    public List<RuleOption<?>> options() {
      return List.of(MAX_COLUMNS, IGNORED);
    }

    @Override
    public void check(RuleContext context) {
      for (Table table : context.actual().allTables()) {
        if (table.columns().size() > context.option(MAX_COLUMNS) && !context.option(IGNORED).contains(table.name())) {
          context.report(Location.of(table.span(), table.path()), "wide " + table.path());
        }
      }
    }
  }

  @RuleInfo(id = "Not_Kebab", severity = NOTE, summary = "Badly named", description = "Test rule.",
      remediation = "None.", category = "test")
  static final class NotKebab implements SchemaRule {
    @Override
    public void check(RuleContext context) {
    }
  }

  /** Takes the id of {@link EveryTable}. */
  @RuleInfo(id = "every-table", severity = NOTE, summary = "Clashes", description = "Test rule.",
      remediation = "None.", category = "test")
  static final class SameIdAsEveryTable implements SchemaRule {
    @Override
    public void check(RuleContext context) {
    }
  }
}
