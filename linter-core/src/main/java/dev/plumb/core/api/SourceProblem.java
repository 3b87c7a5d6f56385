package dev.plumb.core.api;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.SourceSpan;

/**
 * Something a source could not make sense of, such as a statement the SQL parser rejected. Sources collect
 * these instead of failing, so the run goes on and a rule turns each into a finding.
 *
 * @param kind what went wrong, e.g. {@code sql-parse-error}
 * @param statementSpan the whole statement the problem is in, so rules can tell which objects it touched
 */
public record SourceProblem(String kind, String message, SourceSpan span, SourceSpan statementSpan) {

  public static final String SQL_PARSE_ERROR = "sql-parse-error";
  /** A file the migration layout cannot place: a down without its up, a journal that does not read, ... */
  public static final String MIGRATION_LAYOUT = "migration-layout";
  /** Something a live database would not show (a catalog the user may not read): the result is partial. */
  public static final String LIVE_DATABASE_NOTE = "live-database-note";

  public SourceProblem {
    requireNonNull(kind, "no kind given");
    requireNonNull(message, "no message given");
    requireNonNull(span, "no span given");
    requireNonNull(statementSpan, "no statement span given");
  }
}
