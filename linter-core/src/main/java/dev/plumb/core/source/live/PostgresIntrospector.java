package dev.plumb.core.source.live;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.DataType;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.Sequence;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.live.LiveFacts;
import dev.plumb.core.model.live.LiveFacts.InvalidIndex;
import dev.plumb.core.model.live.LiveFacts.UnvalidatedConstraint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a PostgreSQL (12 or later) database from {@code pg_catalog}, one set-based query per kind of object, so
 * the number of queries does not grow with the number of tables. Types, defaults and check expressions come out
 * in the form the SQL replay gives for the same DDL where the catalog's differs ({@code nextval('s')}, not
 * {@code nextval('s'::regclass)}), so a live schema and a replayed one compare equal.
 *
 * <p>The model has no place for exclusion constraints or for comments on objects other than tables, views and
 * columns; they are not read. Sequences' current values go to the {@link LiveFacts}. Domains are not read yet.
 */
public final class PostgresIntrospector implements Introspector {

  @Override
  public LiveDatabase read(Connection connection, String displayUrl, List<String> schemas) throws SQLException {
    requireNonNull(connection, "no connection given");
    requireNonNull(displayUrl, "no URL given");
    List<String> notes = new ArrayList<>();
    CatalogQuery query = new CatalogQuery(connection, requireNonNull(schemas, "no schemas given"), notes);

    Map<ObjectPath, Table> tables = PostgresTables.read(query);
    List<UnvalidatedConstraint> unvalidated = new ArrayList<>();
    PostgresConstraints.read(query, tables, unvalidated);
    List<InvalidIndex> invalid = new ArrayList<>();
    PostgresIndexes.read(query, tables, invalid);
    Map<ObjectPath, Sequence> sequences = PostgresSequences.read(query);
    var usage = PostgresSequences.usage(query, sequences, ownerTypes(sequences, tables), notes);

    PostgresObjects objects = new PostgresObjects(query);
    Schema schema = objects.namespaces(Schema.empty(Dialect.POSTGRESQL));
    for (Table table : tables.values()) {
      schema = schema.withTable(table);
    }
    for (Sequence sequence : sequences.values()) {
      schema = schema.withSequence(sequence);
    }
    schema = objects.extensions(objects.triggers(objects.routines(objects.enumTypes(objects.views(schema)))));
    LiveFacts facts = new LiveFacts(invalid, unvalidated, usage, List.of());
    return new LiveDatabase(Dialect.POSTGRESQL, displayUrl, schema, facts, notes);
  }

  /** The type of each column a sequence fills, found through its table rather than by indexing every column. */
  private static Map<ObjectPath, DataType> ownerTypes(Map<ObjectPath, Sequence> sequences,
                                                      Map<ObjectPath, Table> tables) {
    Map<ObjectPath, DataType> types = new HashMap<>();
    for (Sequence sequence : sequences.values()) {
      sequence.ownedBy().ifPresent(owner -> Optional.ofNullable(tables.get(owner.parent()))
          .flatMap(table -> table.column(owner.name()))
          .ifPresent(column -> types.put(owner, column.type())));
    }
    return types;
  }
}
