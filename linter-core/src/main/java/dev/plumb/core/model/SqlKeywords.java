package dev.plumb.core.model;

import java.util.Locale;
import java.util.Set;

/** Words that cannot stand bare as identifiers in the SQL Plumb writes, so they get quoted. */
final class SqlKeywords {

  // The reserved words shared by PostgreSQL and SQL:2016; a name outside this list is written bare.
  private static final Set<String> RESERVED = Set.of(
      "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case", "cast",
      "check", "collate", "column", "constraint", "create", "current_catalog", "current_date", "current_role",
      "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do",
      "else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant", "group", "having", "in",
      "initially", "intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp", "not",
      "null", "offset", "on", "only", "or", "order", "placing", "primary", "references", "returning", "select",
      "session_user", "some", "symmetric", "table", "then", "to", "trailing", "true", "union", "unique", "user",
      "using", "variadic", "when", "where", "window", "with", "key", "index");

  private SqlKeywords() {
  }

  static boolean isReserved(String name) {
    return RESERVED.contains(name.toLowerCase(Locale.ROOT));
  }
}
