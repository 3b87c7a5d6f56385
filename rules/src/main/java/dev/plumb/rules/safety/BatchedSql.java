package dev.plumb.rules.safety;

import dev.plumb.core.model.Column;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.Table;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The batched form of a whole-table UPDATE or DELETE, for remediations: short transactions, each locking a few
 * thousand rows, instead of one that locks them all. Where the table has a single integer primary key the batches
 * walk it in ranges (keyset batching, no rescans); otherwise each batch picks rows not yet done with LIMIT.
 */
final class BatchedSql {

  static final int BATCH_SIZE = 10_000;

  private static final Set<String> INTEGER_TYPES = Set.of("smallint", "integer", "int", "bigint", "mediumint",
      "tinyint");

  private final Dialect dialect;
  private final String name;
  private final Optional<String> key;
  private final boolean integerKey;

  private BatchedSql(ObjectPath table, Schema schema, Dialect dialect) {
    this.dialect = dialect;
    this.name = SqlNames.of(table, dialect);
    Optional<Table> known = schema.table(table);
    Optional<String> single = known.flatMap(Table::primaryKey).filter(k -> k.columns().size() == 1)
        .map(k -> k.columns().get(0));
    this.key = single;
    this.integerKey = single.flatMap(k -> known.flatMap(t -> t.column(k))).map(BatchedSql::isInteger)
        .orElse(false);
  }

  /** The batched statements for a table as the schema knows it (its primary key decides the form). */
  static BatchedSql of(ObjectPath table, Schema schema, Dialect dialect) {
    return new BatchedSql(table, schema, dialect);
  }

  /** {@code a = ..., b = ...}: the assignments of an UPDATE whose values are not known here. */
  String assignments(List<String> columns) {
    return columns.isEmpty() ? "..." : columns.stream().distinct()
        .map(c -> SqlNames.of(c, dialect) + " = ...").collect(Collectors.joining(", "));
  }

  /**
   * UPDATE in batches.
   *
   * @param assignments what the statement sets, as SQL
   * @param condition the original statement's WHERE, as a placeholder for the reader to fill in
   * @param pending the condition that selects rows not yet updated, where batches are picked by LIMIT
   * @param postgresVersion a DO block may COMMIT between batches from PostgreSQL 11 on
   */
  String update(String assignments, Optional<String> condition, Optional<String> pending, int postgresVersion) {
    String update = "UPDATE " + name + " SET " + assignments;
    if (integerKey) {
      String k = SqlNames.of(key.get(), dialect);
      String also = condition.map(c -> " AND (" + c + ")").orElse("");
      if (dialect == Dialect.POSTGRESQL && postgresVersion >= 11) {
        return doBlock(update + " WHERE " + k + " > batch_from AND " + k + " <= batch_from + " + BATCH_SIZE
            + also + ";", k);
      }
      String from = dialect == Dialect.POSTGRESQL ? ":batch_from" : "@batch_from";
      return "-- run from a job, one transaction per batch, with " + from + " starting below the smallest " + k
          + " and growing by " + BATCH_SIZE + " until it passes the largest:\n"
          + update + " WHERE " + k + " > " + from + " AND " + k + " <= " + from + " + " + BATCH_SIZE + also + ";";
    }
    String notYet = pending.orElse("<rows not yet updated>");
    String selected = condition.map(c -> "(" + c + ") AND " + notYet).orElse(notYet);
    return "-- repeat from a job, one transaction per batch, until it updates no rows:\n"
        + update + " WHERE " + limited(selected) + ";";
  }

  /** DELETE in batches, with the original statement's WHERE as a placeholder if it had one. */
  String delete(Optional<String> condition) {
    String where = condition.map(c -> " WHERE " + c).orElse("");
    String order = key.map(k -> " ORDER BY " + SqlNames.of(k, dialect)).orElse("");
    String statement;
    if (dialect.isMysqlFamily()) {
      statement = "DELETE FROM " + name + where + order + " LIMIT " + BATCH_SIZE + ";";
    } else {
      statement = "DELETE FROM " + name + " WHERE " + limited(condition.orElse("")) + ";";
    }
    return "-- repeat from a job, one transaction per batch, until it deletes no rows:\n" + statement;
  }

  /** {@code id IN (SELECT id FROM t WHERE c ORDER BY id LIMIT n)}; MySQL takes LIMIT on the statement itself. */
  private String limited(String condition) {
    if (dialect.isMysqlFamily()) {
      return condition + key.map(k -> " ORDER BY " + SqlNames.of(k, dialect)).orElse("") + " LIMIT " + BATCH_SIZE;
    }
    // ctid names a row version in PostgreSQL where no single-column key is known.
    String k = key.map(c -> SqlNames.of(c, dialect)).orElse("ctid");
    String where = condition.isEmpty() ? "" : " WHERE " + condition;
    String order = key.isPresent() ? " ORDER BY " + k : "";
    return k + " IN (SELECT " + k + " FROM " + name + where + order + " LIMIT " + BATCH_SIZE + ")";
  }

  /** A DO block that walks the key in ranges and commits after each: PostgreSQL 11+, outside a transaction. */
  private String doBlock(String statement, String k) {
    return """
        -- in a migration that runs outside a transaction (the DO block commits after every batch):
        DO $$
        DECLARE
          batch_from bigint;
          batch_max bigint;
        BEGIN
          SELECT min(%1$s) - 1, max(%1$s) INTO batch_from, batch_max FROM %2$s;
          WHILE batch_from < batch_max LOOP
            %3$s
            batch_from := batch_from + %4$d;
            COMMIT;
          END LOOP;
        END $$;""".formatted(k, name, statement, BATCH_SIZE);
  }

  private static boolean isInteger(Column column) {
    String type = column.type().name();
    String base = type.endsWith(" unsigned") ? type.substring(0, type.length() - " unsigned".length()) : type;
    return column.type().arrayDimensions() == 0 && INTEGER_TYPES.contains(base);
  }
}
