package dev.plumb.core.source.sql;

import dev.plumb.core.model.Column;
import dev.plumb.core.model.ColumnGeneration;
import dev.plumb.core.model.ForeignKey;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.migration.ObjectKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.statement.LikeClause;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.create.table.TableElement;

/**
 * CREATE TABLE. Columns come first and constraints after them, whatever the order written, so that a
 * table-level PRIMARY KEY can make its columns NOT NULL. {@code LIKE} and {@code PARTITION OF} copy the source
 * table's columns when it is known; {@code CREATE TABLE ... AS SELECT} gives a table without columns, and such a
 * table's name is uncertain from then on. The table is placed at the whole statement, each column and constraint
 * at its own element.
 */
final class CreateTableReplay {

  private static final Set<String> CONSTRAINT_STARTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK",
      "KEY", "INDEX", "FULLTEXT", "SPATIAL", "EXCLUDE");

  private final Names names;

  CreateTableReplay(Names names) {
    this.names = names;
  }

  Schema apply(Schema schema, CreateTable create, WrittenStatement written, StatementEvents events) {
    Optional<SourceSpan> span = written.span();
    ObjectPath path = names.path(create.getTable());
    boolean existed = schema.table(path).isPresent();
    events.created(ObjectKind.TABLE, path, span, create.isIfNotExists(), existed);
    if (create.isIfNotExists() && existed) {
      return schema;
    }
    // Columns copied from a table the replay does not know, or from a query, are unknown to it.
    boolean columnsKnown = create.getSelect() == null && create.getOfType() == null
        && sources(create, written, schema, events);
    Table table = Table.empty(path, span);
    boolean listed = create.getTableElements() != null && !create.getTableElements().isEmpty();
    if (create.getLikeTable() != null && !listed) {
      // MySQL's CREATE TABLE a LIKE b: b's columns, keys and indexes, not its foreign keys.
      Optional<Table> source = schema.table(names.path(create.getLikeTable()));
      if (source.isPresent()) {
        table = table.withColumns(moved(source.get().columns(), path, true, true, span))
            .withPrimaryKey(source.get().primaryKey())
            .withUniqueConstraints(source.get().uniqueConstraints())
            .withChecks(source.get().checks());
      }
    }
    if (create.getPartitionOf() != null) {
      Optional<Table> parent = schema.table(names.path(create.getPartitionOf()));
      if (parent.isPresent()) {
        table = table.withColumns(moved(parent.get().columns(), path, true, true, span));
        table = table.withPrimaryKey(parent.get().primaryKey());
      }
    }
    List<TableElement> elements = create.getTableElements() == null ? List.of() : create.getTableElements();
    List<WrittenElement> places = ElementLayout.pair(written, ElementLayout.tableElements(written), elements,
        (element, range) -> startsAs(element, written, range.from()));
    ColumnReader columns = new ColumnReader(names);
    TypeReferences types = new TypeReferences(names);
    Schema result = schema;
    for (int k = 0; k < elements.size(); k++) {
      TableElement element = elements.get(k);
      if (element instanceof ColumnDefinition definition) {
        ColumnDeclaration declaration = columns.read(path, definition, places.get(k));
        table = ConstraintEdits.withDeclaration(table, declaration, names.dialect());
        if (declaration.sequence().isPresent()) {
          result = result.withSequence(declaration.sequence().get());
        }
        Column column = declaration.column();
        events.created(ObjectKind.COLUMN, column.path(), places.get(k).span(), false, false);
        types.check(schema, column, places.get(k).span(), written, events);
      } else if (element instanceof LikeClause like) {
        Optional<Table> source = schema.table(names.path(like.getTable()));
        if (source.isPresent()) {
          boolean all = including(like, LikeClause.OptionKind.ALL);
          List<Column> copied = moved(source.get().columns(), path,
              all || including(like, LikeClause.OptionKind.DEFAULTS),
              all || including(like, LikeClause.OptionKind.IDENTITY)
                  || including(like, LikeClause.OptionKind.GENERATED), places.get(k).span());
          for (Column column : copied) {
            table = table.withColumn(column);
          }
        }
      }
    }
    TableElements constraints = new TableElements(names);
    Set<String> indexNames = IndexReplay.indexNames(result, path.parent().name());
    for (int k = 0; k < elements.size(); k++) {
      if (elements.get(k) instanceof Index index) {
        table = constraints.add(table, index, places.get(k), true, indexNames);
      }
    }
    if (columnsKnown) {
      References.added(result, Optional.empty(), table, written, events);
    } else {
      events.uncertain(path.name());
      for (ForeignKey key : table.foreignKeys()) {
        References.referenced(result, table, key, written, events);
      }
    }
    return result.withTable(table);
  }

  /**
   * Checks the tables the new one takes columns from ({@code LIKE}, {@code PARTITION OF}, {@code INHERITS});
   * true if the replay knows all the columns it gets from them. Inherited columns it does not copy.
   */
  private boolean sources(CreateTable create, WrittenStatement written, Schema schema, StatementEvents events) {
    boolean known = true;
    Set<ObjectPath> copied = new LinkedHashSet<>();
    Optional.ofNullable(create.getPartitionOf()).map(names::path).ifPresent(copied::add);
    Optional.ofNullable(create.getLikeTable()).map(names::path).ifPresent(copied::add);
    boolean likeElements = false;
    for (TableElement element : create.getTableElements() == null ? List.<TableElement>of()
        : create.getTableElements()) {
      if (element instanceof LikeClause like) {
        copied.add(names.path(like.getTable()));
        likeElements = true;
      }
    }
    for (ObjectPath source : copied) {
      known &= References.relation(schema, source, create.getPartitionOf() != null ? "OF" : "LIKE", written,
          "copied into table " + names.path(create.getTable()), events);
    }
    List<ObjectPath> parents = inherited(create);
    for (ObjectPath parent : parents) {
      References.relation(schema, parent, "INHERITS", written, "inherited by table "
          + names.path(create.getTable()), events);
    }
    // MySQL's CREATE TABLE t LIKE s: the replay does not copy the columns.
    return known && parents.isEmpty() && (create.getLikeTable() == null || likeElements);
  }

  /** The parents of {@code INHERITS (a, b)}, which JSqlParser keeps as option words. */
  private List<ObjectPath> inherited(CreateTable create) {
    List<String> options = create.getTableOptionsStrings();
    int at = options == null ? -1 : options.stream().map(o -> o.toUpperCase(Locale.ROOT)).toList()
        .indexOf("INHERITS");
    if (at < 0 || at + 1 >= options.size()) {
      return List.of();
    }
    String list = options.get(at + 1).strip();
    list = list.startsWith("(") && list.endsWith(")") ? list.substring(1, list.length() - 1) : list;
    return List.of(list.split(",")).stream().map(String::strip).filter(p -> !p.isEmpty())
        .map(names::qualified).toList();
  }

  /** Whether the written element starting at token {@code first} can be the parsed one. */
  private boolean startsAs(TableElement element, WrittenStatement written, int first) {
    if (element instanceof ColumnDefinition definition) {
      return names.identifier(written.tokenText(first)).equals(names.identifier(definition.getColumnName()));
    }
    if (element instanceof LikeClause) {
      return written.isWord(first, "LIKE");
    }
    return CONSTRAINT_STARTS.stream().anyMatch(word -> written.isWord(first, word));
  }

  /** The columns re-homed under another table, with or without their defaults and generation. */
  private static List<Column> moved(List<Column> columns, ObjectPath table, boolean defaults, boolean generation,
                                    Optional<SourceSpan> span) {
    return columns.stream().map(c -> {
      Column copy = c.withPath(table.child(c.name())).withComment(Optional.empty()).withSpan(span);
      copy = defaults ? copy : copy.withDefault(Optional.empty());
      return generation ? copy : copy.withGeneration(ColumnGeneration.NONE, Optional.empty());
    }).toList();
  }

  private static boolean including(LikeClause like, LikeClause.OptionKind kind) {
    return like.getOptions() != null
        && like.getOptions().stream().anyMatch(o -> o.getKind() == kind && o.isIncluding());
  }
}
