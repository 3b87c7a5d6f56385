package dev.plumb.core.source.live;

import static dev.plumb.core.source.live.CatalogQuery.IN_SCHEMAS;
import static dev.plumb.core.source.live.CatalogQuery.notFromExtension;

import dev.plumb.core.model.DataType;
import dev.plumb.core.model.DataTypes;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Sequence;
import dev.plumb.core.model.live.LiveFacts.SequenceUsage;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the sequences with the column each belongs to (serial and identity columns, through {@code pg_depend}),
 * then how far each has counted, from {@code pg_sequences}, in a second query that may be refused without
 * losing the first.
 */
final class PostgresSequences {

  private static final String SEQUENCES = """
      SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL) AS type, s.seqstart, s.seqincrement, s.seqmax,
             dn.nspname AS owner_schema, dc.relname AS owner_table, da.attname AS owner_column
      FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
        AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i')
      LEFT JOIN pg_class dc ON dc.oid = d.refobjid LEFT JOIN pg_namespace dn ON dn.oid = dc.relnamespace
      LEFT JOIN pg_attribute da ON da.attrelid = d.refobjid AND da.attnum = d.refobjsubid
      WHERE %s AND %s
      ORDER BY c.oid
      """.formatted(IN_SCHEMAS, notFromExtension("pg_class", "c.oid"));

  private static final String USAGE = """
      SELECT s.schemaname, s.sequencename, s.last_value, has_sequence_privilege(c.oid, 'SELECT,USAGE') AS readable
      FROM pg_sequences s JOIN pg_namespace n ON n.nspname = s.schemaname
      JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = s.sequencename
      WHERE %s
      """.formatted(IN_SCHEMAS);

  private static final Map<String, Long> INTEGER_MAXIMA = Map.of(
      "smallint", (long) Short.MAX_VALUE, "integer", (long) Integer.MAX_VALUE, "bigint", Long.MAX_VALUE);

  private PostgresSequences() {
  }

  /** The sequences by path, in creation order. */
  static Map<ObjectPath, Sequence> read(CatalogQuery query) throws SQLException {
    Map<ObjectPath, Sequence> sequences = new LinkedHashMap<>();
    query.forEachRow("pg_catalog.pg_sequence", "no sequences read", SEQUENCES, row -> {
      ObjectPath path = ObjectPath.of(row.getString("nspname"), row.getString("relname"));
      String ownerColumn = row.getString("owner_column");
      Optional<ObjectPath> owner = ownerColumn == null ? Optional.empty()
          : Optional.of(ObjectPath.of(row.getString("owner_schema"), row.getString("owner_table"), ownerColumn));
      sequences.put(path, new Sequence(path, Optional.of(DataTypes.of(row.getString("type"), Dialect.POSTGRESQL)),
          Optional.of(row.getLong("seqstart")), Optional.of(row.getLong("seqincrement")),
          Optional.of(row.getLong("seqmax")), owner, Optional.empty()));
    });
    return sequences;
  }

  /**
   * How far each sequence has counted towards the largest value it may hand out, bounded by its own type and
   * MAXVALUE and, for one that fills a column, by the column's type: a bigint sequence behind an integer column
   * fails at the integer's limit.
   */
  static List<SequenceUsage> usage(CatalogQuery query, Map<ObjectPath, Sequence> sequences,
                                   Map<ObjectPath, DataType> columnTypes, List<String> notes) throws SQLException {
    List<SequenceUsage> usage = new ArrayList<>();
    query.forEachRow("pg_catalog.pg_sequences", "sequence usage not checked", USAGE, row -> {
      ObjectPath path = ObjectPath.of(row.getString("schemaname"), row.getString("sequencename"));
      Sequence sequence = sequences.get(path);
      if (sequence == null) {
        return;
      }
      if (!row.getBoolean("readable")) {
        notes.add("no privilege to read sequence " + path + ": its usage is not checked");
        return;
      }
      long last = row.getLong("last_value");
      Optional<Long> lastValue = row.wasNull() ? Optional.empty() : Optional.of(last);
      String type = boundingType(sequence, columnTypes);
      long maxValue = Math.min(sequence.maxValue().orElse(Long.MAX_VALUE),
          INTEGER_MAXIMA.getOrDefault(type, Long.MAX_VALUE));
      usage.add(new SequenceUsage(path, type, lastValue, maxValue, sequence.ownedBy()));
    });
    return usage;
  }

  /** The narrower of the sequence's type and its column's, where the column has an integer type. */
  private static String boundingType(Sequence sequence, Map<ObjectPath, DataType> columnTypes) {
    String own = sequence.type().map(DataType::name).orElse("bigint");
    Optional<String> column = sequence.ownedBy().map(columnTypes::get).map(DataType::name)
        .filter(INTEGER_MAXIMA::containsKey);
    return column.filter(c -> INTEGER_MAXIMA.get(c) < INTEGER_MAXIMA.getOrDefault(own, Long.MAX_VALUE)).orElse(own);
  }
}
