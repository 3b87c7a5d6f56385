package dev.plumb.rules.migration;

import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.RuleOption;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.migration.ObjectKind;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** A statement about a table that does not exist yet fails, and with it the deploy. */
@RuleInfo(
    id = "unknown-table-reference",
    severity = Severity.ERROR,
    category = "migration",
    summary = "A statement refers to a table that does not exist at that point",
    description = "Replaying the migrations in order, the statement names a table (or view) that no earlier "
        + "statement created: CREATE INDEX, a foreign key's REFERENCES, ALTER TABLE, COMMENT ON, a view's query, "
        + "CREATE TRIGGER, INSERT or UPDATE. The database rejects it. Often the table is created later, in the "
        + "same file or a later migration, and the statements are in the wrong order; the finding says where. "
        + "Nothing is reported about a table that a statement Plumb could not parse may have created.",
    remediation = "Move the statement after the one that creates the table, or create the table first; if the "
        + "name is wrong, correct it. A table that exists outside the migrations (made by the platform or "
        + "another service) goes into the `external` option.")
public final class UnknownTableReference implements SchemaRule {

  static final RuleOption<List<String>> EXTERNAL = RuleOption.stringList("external",
      List.of("auth\\..*", "storage\\..*", "realtime\\..*", "cron\\..*"),
      "Regular expressions for tables (schema.table) that exist outside the migrations and are never reported; "
          + "by default the schemas Supabase and pg_cron manage.");

  @Override
  public List<RuleOption<?>> options() {
    return List.of(EXTERNAL);
  }

  @Override
  public void check(RuleContext context) {
    List<Pattern> external = context.option(EXTERNAL).stream().map(UnknownTableReference::compile).toList();
    UnresolvedReferences.report(context, Set.of(ObjectKind.TABLE, ObjectKind.VIEW),
        table -> external.stream().noneMatch(p -> p.matcher(table.toString()).matches()));
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
