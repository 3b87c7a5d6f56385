package dev.plumb.core.source.sql;

import dev.plumb.core.model.CheckConstraint;
import dev.plumb.core.model.ColumnGeneration;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.PrimaryKey;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.UniqueConstraint;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One ALTER TABLE action of the kinds JSqlParser 5.4 has no grammar for. Storage, security, replication,
 * partition-attachment and table-option actions leave the model as it is; dropping a MySQL foreign key or check,
 * adding a MySQL check, turning a unique index into a constraint, renaming an H2 column and dropping a generation
 * expression change it. The cursor reads one action, from its first token.
 */
final class AlterTableActions {

  private static final String[] MYSQL_TABLE_OPTIONS = {"ENGINE", "ROW_FORMAT", "KEY_BLOCK_SIZE", "AUTO_INCREMENT",
      "COMMENT", "ALGORITHM", "LOCK", "STATS_PERSISTENT", "STATS_AUTO_RECALC", "STATS_SAMPLE_PAGES", "PACK_KEYS",
      "CHECKSUM", "DELAY_KEY_WRITE", "AVG_ROW_LENGTH", "MAX_ROWS", "MIN_ROWS", "COMPRESSION", "ENCRYPTION",
      "INSERT_METHOD", "PAGE_CHECKSUM", "TRANSACTIONAL", "CHARSET", "COLLATE", "TABLESPACE", "PAGE_COMPRESSED"};
  private static final String[] PARTITION_ACTIONS = {"ADD", "DROP", "TRUNCATE", "COALESCE", "REORGANIZE",
      "EXCHANGE", "ANALYZE", "CHECK", "OPTIMIZE", "REBUILD", "REPAIR", "DISCARD", "IMPORT"};

  private final Names names;
  private final Dialect dialect;

  AlterTableActions(Names names) {
    this.names = names;
    this.dialect = names.dialect();
  }

  /** The action's change to the schema, or empty if it is not one of these (the caller checks it was all read). */
  Optional<UnaryOperator<Schema>> read(TokenCursor t, ObjectPath table, Optional<SourceSpan> span) {
    if (unchanged(t)) {
      return Optional.of(UnaryOperator.identity());
    }
    t.reset(0);
    if (dialect.isMysqlFamily()) {
      return mysql(t, table, span);
    }
    if (dialect == Dialect.H2 && t.accept("ALTER", "COLUMN")) {
      Optional<String> from = t.name().map(names::identifier);
      if (from.isPresent() && t.accept("RENAME", "TO")) {
        return t.name().map(names::identifier).map(to -> schema -> SchemaEdits.renameColumn(schema, table,
            from.get(), to));
      }
      if (from.isPresent() && t.accept("SET", "NULL")) {
        return Optional.of(schema -> schema.updateTable(table, tbl -> tbl.updateColumn(from.get(),
            c -> c.withNullable(true))));
      }
      return Optional.empty();
    }
    if (dialect == Dialect.POSTGRESQL) {
      return postgres(t, table);
    }
    return Optional.empty();
  }

  /** PostgreSQL's SET SCHEMA: the table moves with its indexes, and what refers to it follows. */
  private Optional<UnaryOperator<Schema>> setSchema(TokenCursor t, ObjectPath table) {
    return t.name().map(names::identifier).map(namespace -> schema -> SchemaEdits.renameTable(schema, table,
        ObjectPath.of(namespace, table.name())));
  }

  /** Whether the action, read from the cursor to its end, leaves the model as it is. */
  boolean unchanged(TokenCursor t) {
    return switch (dialect) {
      case POSTGRESQL -> postgresUnchanged(t);
      case MYSQL, MARIADB -> mysqlUnchanged(t);
      case H2 -> StatementGrammar.wholeStatement(t,
          a -> a.accept("SET", "REFERENTIAL_INTEGRITY") && a.value()
              && (a.atEnd() || a.acceptAny("CHECK", "NOCHECK").isPresent()),
          a -> a.accept("ALTER", "COLUMN") && a.name().isPresent() && (a.accept("SELECTIVITY") && a.number()
              || a.accept("SET") && a.acceptAny("VISIBLE", "INVISIBLE").isPresent()));
      case SQLITE -> false;
    };
  }

  private static boolean postgresUnchanged(TokenCursor t) {
    return StatementGrammar.wholeStatement(t,
        a -> a.accept("ALTER", "CONSTRAINT") && a.name().isPresent() && constraintTiming(a),
        a -> (a.accept("ENABLE") || a.accept("DISABLE") || a.accept("FORCE") || a.accept("NO", "FORCE"))
            && a.accept("ROW", "LEVEL", "SECURITY"),
        a -> a.accept("REPLICA", "IDENTITY") && (a.acceptAny("DEFAULT", "FULL", "NOTHING").isPresent()
            || a.accept("USING", "INDEX") && a.name().isPresent()),
        a -> (a.accept("SET") || a.accept("RESET")) && a.group(),
        a -> a.accept("SET") && (a.acceptAny("LOGGED", "UNLOGGED").isPresent() || a.accept("WITHOUT", "CLUSTER")
            || a.accept("WITHOUT", "OIDS") || (a.accept("TABLESPACE") || a.accept("ACCESS", "METHOD"))
            && a.name().isPresent()),
        a -> (a.accept("CLUSTER", "ON") || a.accept("OWNER", "TO") || a.accept("INHERIT") || a.accept("NO", "INHERIT")
            || a.accept("OF")) && a.qualifiedName().isPresent(),
        a -> a.accept("NOT", "OF"),
        a -> triggerOrRule(a),
        a -> a.accept("ATTACH", "PARTITION") && a.qualifiedName().isPresent() && partitionBound(a),
        a -> a.accept("DETACH", "PARTITION") && a.qualifiedName().isPresent()
            && (a.atEnd() || a.acceptAny("CONCURRENTLY", "FINALIZE").isPresent()),
        a -> a.accept("ALTER") && columnStorage(a));
  }

  /** [[NOT] DEFERRABLE] [INITIALLY DEFERRED | IMMEDIATE] [[NO] INHERIT], in any order. */
  private static boolean constraintTiming(TokenCursor t) {
    while (!t.atEnd()) {
      boolean clause = t.accept("NOT", "DEFERRABLE") || t.accept("DEFERRABLE")
          || t.accept("INITIALLY") && t.acceptAny("DEFERRED", "IMMEDIATE").isPresent()
          || t.accept("NO", "INHERIT") || t.accept("INHERIT") || t.accept("NOT", "ENFORCED") || t.accept("ENFORCED");
      if (!clause) {
        return false;
      }
    }
    return true;
  }

  private static boolean triggerOrRule(TokenCursor t) {
    if (t.accept("ENABLE")) {
      t.acceptAny("REPLICA", "ALWAYS");
    } else if (!t.accept("DISABLE")) {
      return false;
    }
    if (t.accept("RULE")) {
      return t.name().isPresent();
    }
    return t.accept("TRIGGER") && (t.acceptAny("ALL", "USER").isPresent() || t.name().isPresent());
  }

  /** FOR VALUES FROM (...) TO (...) | IN (...) | WITH (...), or DEFAULT. */
  private static boolean partitionBound(TokenCursor t) {
    if (t.accept("DEFAULT")) {
      return true;
    }
    if (!t.accept("FOR", "VALUES")) {
      return false;
    }
    if (t.accept("FROM")) {
      return t.group() && t.accept("TO") && t.group();
    }
    return t.acceptAny("IN", "WITH").isPresent() && t.group();
  }

  /** [COLUMN] c SET STATISTICS n | SET STORAGE x | SET COMPRESSION x | SET (...) | RESET (...). */
  private static boolean columnStorage(TokenCursor t) {
    t.accept("COLUMN");
    if (t.name().isEmpty()) {
      return false;
    }
    if (t.accept("SET", "STATISTICS")) {
      return t.value();
    }
    if (t.accept("SET", "STORAGE") || t.accept("SET", "COMPRESSION")) {
      return t.name().isPresent();
    }
    return (t.accept("SET") || t.accept("RESET")) && t.group();
  }

  private Optional<UnaryOperator<Schema>> postgres(TokenCursor t, ObjectPath table) {
    if (t.accept("SET", "SCHEMA")) {
      return setSchema(t, table);
    }
    if (t.accept("ALTER")) {
      t.accept("COLUMN");
      Optional<String> column = t.name().map(names::identifier);
      if (column.isEmpty() || !t.accept("DROP", "EXPRESSION")) {
        return Optional.empty();
      }
      t.accept("IF", "EXISTS");
      return Optional.of(schema -> schema.updateTable(table, tbl -> tbl.updateColumn(column.get(),
          c -> c.withGeneration(ColumnGeneration.NONE, Optional.empty()))));
    }
    if (!t.accept("ADD", "CONSTRAINT")) {
      return Optional.empty();
    }
    Optional<String> name = t.name().map(names::identifier);
    boolean primary = t.accept("PRIMARY", "KEY");
    if (name.isEmpty() || !primary && !t.accept("UNIQUE") || !t.accept("USING", "INDEX")) {
      return Optional.empty();
    }
    Optional<String> index = t.name().map(names::identifier);
    if (index.isEmpty() || !constraintTiming(t)) {
      return Optional.empty();
    }
    return Optional.of(schema -> schema.updateTable(table, tbl -> usingIndex(tbl, name.get(), index.get(), primary)));
  }

  /** The index becomes the constraint's (PostgreSQL renames it to the constraint's name). */
  private Table usingIndex(Table table, String constraint, String indexName, boolean primary) {
    Optional<Index> index = table.index(indexName);
    if (index.isEmpty()) {
      return table;
    }
    Table result = table.withIndexes(table.indexes().stream().filter(i -> !i.name().equals(indexName)).toList());
    if (primary) {
      return ConstraintEdits.withPrimaryKey(result, new PrimaryKey(Optional.of(constraint),
          index.get().columnNames(), index.get().span()), dialect);
    }
    return ConstraintEdits.withUnique(result, new UniqueConstraint(Optional.of(constraint),
        index.get().columnNames(), index.get().span()), dialect);
  }

  private static boolean mysqlUnchanged(TokenCursor t) {
    return StatementGrammar.wholeStatement(t,
        AlterTableActions::tableOptions,
        a -> a.accept("CONVERT", "TO") && (a.accept("CHARACTER", "SET") || a.accept("CHARSET"))
            && a.name().isPresent() && (!a.accept("COLLATE") || a.name().isPresent()),
        a -> a.acceptAny("ENABLE", "DISABLE").isPresent() && a.accept("KEYS"),
        a -> a.accept("FORCE"),
        a -> a.acceptAny(PARTITION_ACTIONS).isPresent() && a.accept("PARTITION") && a.skipRest(),
        a -> a.accept("REMOVE", "PARTITIONING"),
        a -> a.accept("ALTER", "INDEX") && a.name().isPresent()
            && (a.acceptAny("VISIBLE", "INVISIBLE", "IGNORED").isPresent() || a.accept("NOT", "IGNORED")),
        a -> a.accept("ALTER", "CHECK") && a.name().isPresent() && (a.accept("NOT", "ENFORCED")
            || a.accept("ENFORCED")),
        a -> a.acceptAny("ADD", "DROP").isPresent() && a.accept("SYSTEM", "VERSIONING"),
        a -> a.accept("ORDER", "BY") && a.name().isPresent());
  }

  /** ENGINE=InnoDB ROW_FORMAT=COMPRESSED ... : options separated by blanks, each with an optional '='. */
  private static boolean tableOptions(TokenCursor t) {
    boolean any = false;
    while (!t.atEnd()) {
      t.accept("DEFAULT");
      boolean named = t.accept("CHARACTER", "SET") || t.acceptAny(MYSQL_TABLE_OPTIONS).isPresent();
      if (!named) {
        return false;
      }
      t.acceptSymbol('=');
      if (!t.value()) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private Optional<UnaryOperator<Schema>> mysql(TokenCursor t, ObjectPath table, Optional<SourceSpan> span) {
    if (t.accept("DROP")) {
      if (!t.accept("FOREIGN", "KEY") && !t.accept("CHECK") && !t.accept("CONSTRAINT")) {
        return Optional.empty();
      }
      t.accept("IF", "EXISTS");
      return t.name().map(names::identifier).map(name -> schema -> schema.updateTable(table,
          tbl -> ConstraintEdits.withoutConstraint(tbl, name)));
    }
    if (!t.accept("ADD")) {
      return Optional.empty();
    }
    Optional<String> name = Optional.empty();
    if (t.accept("CONSTRAINT")) {
      name = t.peek("CHECK") ? Optional.empty() : t.name().map(names::identifier);
    }
    if (!t.accept("CHECK")) {
      return Optional.empty();
    }
    Optional<String> written = t.groupText();
    if (written.isEmpty()) {
      return Optional.empty();
    }
    String expression = written.get();
    boolean enforced = !t.accept("NOT", "ENFORCED");
    t.accept("ENFORCED");
    CheckConstraint check = new CheckConstraint(name, expression, enforced, span);
    return Optional.of(schema -> schema.updateTable(table,
        tbl -> ConstraintEdits.withCheck(tbl, check, Optional.empty(), dialect)));
  }
}
