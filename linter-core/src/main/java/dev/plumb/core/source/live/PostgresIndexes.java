package dev.plumb.core.source.live;

import static dev.plumb.core.source.live.CatalogQuery.IN_SCHEMAS;
import static dev.plumb.core.source.live.CatalogQuery.booleans;
import static dev.plumb.core.source.live.CatalogQuery.strings;

import dev.plumb.core.model.Index;
import dev.plumb.core.model.IndexKey;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.live.LiveFacts.InvalidIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the indexes in one query, and which are invalid. Indexes that back a primary key, unique or exclusion
 * constraint are left out, as the SQL replay keeps those as constraints only. The method is left empty for
 * btree, PostgreSQL's default, as the model keeps a method only where one was named; INCLUDE columns are not
 * keys and are left out too.
 */
final class PostgresIndexes {

  private static final String INDEXES = """
      SELECT n.nspname, t.relname AS table_name, ic.relname AS index_name, i.indisunique, i.indisvalid,
             am.amname, pg_get_expr(i.indpred, i.indrelid, true) AS predicate,
             ARRAY(SELECT CASE WHEN i.indkey[k - 1] = 0 THEN pg_get_indexdef(i.indexrelid, k, true)
                          ELSE (SELECT a.attname FROM pg_attribute a
                                WHERE a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1]) END
                   FROM generate_series(1, i.indnkeyatts) k ORDER BY k) AS keys,
             ARRAY(SELECT i.indkey[k - 1] = 0 FROM generate_series(1, i.indnkeyatts) k ORDER BY k) AS expressions,
             ARRAY(SELECT (i.indoption[k - 1] & 1) = 1 FROM generate_series(1, i.indnkeyatts) k ORDER BY k)
               AS descending
      FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace JOIN pg_am am ON am.oid = ic.relam
      WHERE t.relkind IN ('r', 'p') AND %s
        AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid
                        AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x'))
      ORDER BY t.oid, ic.oid
      """.formatted(IN_SCHEMAS);

  private PostgresIndexes() {
  }

  /** Adds the indexes to the tables read, and the invalid ones to the list. */
  static void read(CatalogQuery query, Map<ObjectPath, Table> tables, List<InvalidIndex> invalid)
      throws java.sql.SQLException {
    query.forEachRow("pg_catalog.pg_index", "no indexes read", INDEXES, row -> {
      ObjectPath tablePath = ObjectPath.of(row.getString("nspname"), row.getString("table_name"));
      Table table = tables.get(tablePath);
      if (table == null) {
        return;
      }
      ObjectPath path = ObjectPath.of(row.getString("nspname"), row.getString("index_name"));
      List<String> texts = strings(row, "keys");
      List<Boolean> expressions = booleans(row, "expressions");
      List<Boolean> descending = booleans(row, "descending");
      List<IndexKey> keys = new ArrayList<>();
      for (int k = 0; k < texts.size(); k++) {
        keys.add(new IndexKey(texts.get(k), expressions.get(k), descending.get(k)));
      }
      String method = row.getString("amname");
      boolean valid = row.getBoolean("indisvalid");
      Index index = new Index(path, tablePath, keys, row.getBoolean("indisunique"),
          Optional.ofNullable(row.getString("predicate")), Optional.of(method).filter(m -> !m.equals("btree")),
          valid, Optional.empty());
      List<Index> indexes = new ArrayList<>(table.indexes());
      indexes.add(index);
      tables.put(tablePath, table.withIndexes(indexes));
      if (!valid) {
        invalid.add(new InvalidIndex(path, tablePath));
      }
    });
  }
}
