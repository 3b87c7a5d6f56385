package dev.plumb.rules.safety;

import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.TableChange;

/** Switching a table between logged and unlogged writes all of it anew while nobody may use it. */
@RuleInfo(
    id = "set-logged-rewrites-table",
    severity = Severity.WARNING,
    category = "safety",
    summary = "SET LOGGED or SET UNLOGGED rewrites the whole table under ACCESS EXCLUSIVE",
    description = "`ALTER TABLE ... SET LOGGED` copies every row into a new file and writes all of it to the WAL "
        + "(so replicas receive the whole table too); `SET UNLOGGED` also rewrites the table. Both hold ACCESS "
        + "EXCLUSIVE until the copy is done, so every read and write waits. Tables created earlier in the same "
        + "migration are not reported.",
    remediation = "Run it while the table is small or traffic is low, with a short `lock_timeout`; for a large "
        + "table, create a new table of the wanted kind, copy the rows in batches, and swap the names.",
    lock = "ACCESS EXCLUSIVE on the table during the rewrite: blocks every read and write",
    badExample = "ALTER TABLE page_views SET LOGGED;",
    safeExample = """
        CREATE TABLE page_views_new (LIKE page_views INCLUDING ALL);
        -- copy in batches: INSERT INTO page_views_new SELECT * FROM page_views WHERE <a range of keys>;
        -- then, once writes go to both or are paused, in one transaction:
        ALTER TABLE page_views RENAME TO page_views_old;
        ALTER TABLE page_views_new RENAME TO page_views;""",
    equivalents = {"Atlas PG307"})
public final class SetLoggedRewritesTable implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    if (context.dialect() != Dialect.POSTGRESQL) {
      return;
    }
    for (ExistingTableChange site : ExistingTableChange.of(context)) {
      if (site.change() instanceof TableChange.SetLogged set) {
        report(context, site, set.logged());
      }
    }
  }

  private static void report(RuleContext context, ExistingTableChange site, boolean logged) {
    String table = site.tableSql();
    String copy = site.table().parent().child(site.table().name() + "_new").toString();
    String copySql = SqlNames.of(site.table().parent().child(site.table().name() + "_new"), site.dialect());
    String old = site.sql(site.table().name() + "_old");
    String newName = site.sql(site.table().name());
    context.report(site.location(), (logged ? "SET LOGGED" : "SET UNLOGGED") + " on existing table "
            + site.table() + " rewrites it" + (logged ? ", writing every row to the WAL," : "") + " under "
            + LockMode.ACCESS_EXCLUSIVE.describe() + ", until every row is copied")
        .remediation("Run it while the table is small or traffic is low, with a short lock_timeout so it gives up "
            + "rather than queue every query behind it")
        .remediation("For a large table, create a new " + (logged ? "" : "unlogged ") + "table " + copy
                + ", copy the rows in batches, and swap the names",
            "CREATE " + (logged ? "" : "UNLOGGED ") + "TABLE " + copySql + " (LIKE " + table + " INCLUDING ALL);\n"
                + "-- copy in batches: INSERT INTO " + copySql + " SELECT * FROM " + table + " WHERE "
                + SafeSql.KEY_RANGE + ";\n"
                + "-- then, once writes go to both or are paused, in one transaction:\n"
                + "ALTER TABLE " + table + " RENAME TO " + old + ";\n"
                + "ALTER TABLE " + copySql + " RENAME TO " + newName + ";\n");
  }
}
