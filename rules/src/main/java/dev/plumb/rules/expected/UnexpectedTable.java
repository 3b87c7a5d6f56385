package dev.plumb.rules.expected;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.RuleOption;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Table;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Tables no code expects are drift or dead weight; teams that keep their expected schema complete want to know. */
@RuleInfo(
    id = "unexpected-table",
    severity = Severity.WARNING,
    category = "expected",
    enabledByDefault = false,
    summary = "A table exists that the expected schema does not list",
    description = "Off by default, since most expected schemas list only what one application uses. Switch it on "
        + "where the expected schema is meant to be complete. Migration-tool bookkeeping tables are ignored "
        + "(the `ignore` option holds regular expressions matched against the table name).",
    remediation = "List the table in the expected schema, or drop it in a new migration once nothing uses it.")
public final class UnexpectedTable implements SchemaRule {

  static final RuleOption<List<String>> IGNORE = RuleOption.stringList("ignore",
      List.of("flyway_schema_history", "schema_migrations", "goose_db_version", "__drizzle_migrations",
          "databasechangelog", "databasechangeloglock"),
      "Regular expressions for table names never reported.");

  @Override
  public List<RuleOption<?>> options() {
    return List.of(IGNORE);
  }

  @Override
  public void check(RuleContext context) {
    if (context.expected().isEmpty()) {
      return;
    }
    List<Pattern> ignored = context.option(IGNORE).stream().map(UnexpectedTable::compile).toList();
    for (Table table : context.actual().allTables()) {
      boolean listed = context.expected().get().table(table.path()).isPresent();
      boolean skip = ignored.stream().anyMatch(p -> p.matcher(table.name()).matches());
      if (listed || skip) {
        continue;
      }
      FindingBuilder finding = context.report(Location.of(table.span(), table.path()),
          "Table " + table.path() + " is not in the expected schema");
      finding.remediation("Add the table to the expected schema, or drop it once nothing uses it:",
          "DROP TABLE " + ExpectedColumnSql.ddl(context.dialect()).tableName(table.path()) + ";");
    }
  }

  private static Pattern compile(String regex) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      // A bad pattern matches its own text literally rather than stopping the run.
      return Pattern.compile(Pattern.quote(regex));
    }
  }
}
