package dev.plumb.rules.live;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.ObjectPath;
import java.util.Optional;

/** A corrupt page or a dangling foreign key in SQLite goes unnoticed until a query returns wrong rows. */
@RuleInfo(
    id = "sqlite-integrity",
    severity = Severity.ERROR,
    category = "live",
    summary = "SQLite's integrity or foreign key check reports a problem",
    description = "SQLite checks little by itself: foreign keys only when `PRAGMA foreign_keys = ON` was set on "
        + "the connection that wrote, and a file damaged by a crash or a copy taken mid-write is read as it is. "
        + "For a live SQLite database Plumb runs `PRAGMA integrity_check` (malformed pages, rows missing from an "
        + "index, NOT NULL and CHECK violations) and `PRAGMA foreign_key_check` (rows whose parent is gone); "
        + "each line they return is one finding.",
    remediation = "For a damaged file restore a backup, or rebuild it with `sqlite3 app.db .recover | sqlite3 "
        + "new.db`; for an index that misses rows run REINDEX; for rows that break a foreign key, delete them or "
        + "insert their parents, and turn on `PRAGMA foreign_keys = ON` in the application.")
public final class SqliteIntegrity implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    // The problems are lines of text about the whole database file, so the finding is about the database.
    ObjectPath database = ObjectPath.of("main");
    for (String problem : context.liveFacts().integrityProblems()) {
      context.report(new Location(Optional.empty(), Optional.of(database)), "Integrity check: " + problem);
    }
  }
}
