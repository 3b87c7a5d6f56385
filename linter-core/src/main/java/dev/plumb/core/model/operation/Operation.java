package dev.plumb.core.model.operation;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * One thing a statement asks the database to do, as safety rules need to know it: which object, and the
 * options that decide the lock it takes (CONCURRENTLY, NOT VALID, ALGORITHM=...). Names are as the dialect
 * stores them; paths are schema-qualified with the dialect's default schema where none is written. Statements
 * that matter to no safety rule have no operation.
 */
public sealed interface Operation {

  /** Where the statement (or the part of it this operation covers) is written. */
  SourceSpan span();

  /**
   * {@code CREATE [UNLOGGED|TEMPORARY] TABLE}; one made by {@code AS SELECT}, {@code PARTITION OF} or
   * {@code LIKE} has no columns listed.
   *
   * @param charset MySQL's {@code [DEFAULT] CHARSET=x} table option, lower case
   * @param charsetSpan where that charset name is written
   * @param collation MySQL's {@code [DEFAULT] COLLATE=x} table option, lower case
   * @param collationSpan where that collation name is written
   */
  record CreateTable(ObjectPath table, boolean ifNotExists, boolean temporary, List<ColumnDefinition> columns,
                     List<ConstraintDefinition> constraints, Optional<String> charset,
                     Optional<SourceSpan> charsetSpan, Optional<String> collation,
                     Optional<SourceSpan> collationSpan, SourceSpan span) implements Operation {

    public CreateTable {
      requireNonNull(table, "no table given");
      columns = List.copyOf(requireNonNull(columns, "no columns given"));
      constraints = List.copyOf(requireNonNull(constraints, "no constraints given"));
      requireNonNull(charset, "charset is Optional, not null");
      requireNonNull(charsetSpan, "charsetSpan is Optional, not null");
      requireNonNull(collation, "collation is Optional, not null");
      requireNonNull(collationSpan, "collationSpan is Optional, not null");
      requireNonNull(span, "no span given");
    }

    /** A table without a collation option. */
    public CreateTable(ObjectPath table, boolean ifNotExists, boolean temporary, List<ColumnDefinition> columns,
                       List<ConstraintDefinition> constraints, Optional<String> charset,
                       Optional<SourceSpan> charsetSpan, SourceSpan span) {
      this(table, ifNotExists, temporary, columns, constraints, charset, charsetSpan, Optional.empty(),
          Optional.empty(), span);
    }
  }

  /**
   * {@code ALTER TABLE} with its changes in order; MySQL's {@code RENAME TABLE a TO b} is one with a single
   * {@link TableChange.RenameTable}.
   *
   * @param algorithm MySQL {@code ALGORITHM=} as written, upper case
   * @param lock MySQL {@code LOCK=} as written, upper case
   * @param lockSpan where the {@code LOCK=} value is written, for a fix that changes it
   */
  record AlterTable(ObjectPath table, boolean ifExists, List<TableChange> changes, Optional<String> algorithm,
                    Optional<String> lock, Optional<SourceSpan> lockSpan, SourceSpan span) implements Operation {

    public AlterTable {
      requireNonNull(table, "no table given");
      changes = List.copyOf(requireNonNull(changes, "no changes given"));
      requireNonNull(algorithm, "algorithm is Optional, not null");
      requireNonNull(lock, "lock is Optional, not null");
      requireNonNull(lockSpan, "lockSpan is Optional, not null");
      requireNonNull(span, "no span given");
    }

    /** An ALTER TABLE whose LOCK= value has no known place. */
    public AlterTable(ObjectPath table, boolean ifExists, List<TableChange> changes, Optional<String> algorithm,
                      Optional<String> lock, SourceSpan span) {
      this(table, ifExists, changes, algorithm, lock, Optional.empty(), span);
    }
  }

  /**
   * {@code CREATE [UNIQUE] INDEX}.
   *
   * @param keys the key columns, or expressions as written
   * @param indexKeyword the {@code INDEX} keyword: {@code CONCURRENTLY} goes right after it
   * @param algorithm MySQL {@code ALGORITHM=} as written, upper case
   * @param lock MySQL {@code LOCK=} as written, upper case
   */
  record CreateIndex(ObjectPath table, Optional<String> name, boolean unique, boolean concurrently,
                     boolean ifNotExists, List<String> keys, boolean partial, SourceSpan indexKeyword,
                     SourceSpan span, Optional<String> algorithm, Optional<String> lock) implements Operation {

    public CreateIndex {
      requireNonNull(table, "no table given");
      requireNonNull(name, "name is Optional, not null");
      keys = List.copyOf(requireNonNull(keys, "no keys given"));
      requireNonNull(indexKeyword, "no index keyword span given");
      requireNonNull(span, "no span given");
      requireNonNull(algorithm, "algorithm is Optional, not null");
      requireNonNull(lock, "lock is Optional, not null");
    }

    /** An index written without MySQL's ALGORITHM and LOCK options. */
    public CreateIndex(ObjectPath table, Optional<String> name, boolean unique, boolean concurrently,
                       boolean ifNotExists, List<String> keys, boolean partial, SourceSpan indexKeyword,
                       SourceSpan span) {
      this(table, name, unique, concurrently, ifNotExists, keys, partial, indexKeyword, span, Optional.empty(),
          Optional.empty());
    }
  }

  /**
   * {@code DROP INDEX}.
   *
   * @param table MySQL's {@code ON table}
   * @param indexKeyword the {@code INDEX} keyword: {@code CONCURRENTLY} goes right after it
   * @param cascade written with CASCADE, which PostgreSQL does not allow with CONCURRENTLY
   */
  record DropIndex(List<ObjectPath> indexes, Optional<ObjectPath> table, boolean concurrently, boolean ifExists,
                   SourceSpan indexKeyword, SourceSpan span, boolean cascade) implements Operation {

    public DropIndex {
      indexes = List.copyOf(requireNonNull(indexes, "no indexes given"));
      requireNonNull(table, "table is Optional, not null");
      requireNonNull(indexKeyword, "no index keyword span given");
      requireNonNull(span, "no span given");
    }

    /** A drop without CASCADE. */
    public DropIndex(List<ObjectPath> indexes, Optional<ObjectPath> table, boolean concurrently, boolean ifExists,
                     SourceSpan indexKeyword, SourceSpan span) {
      this(indexes, table, concurrently, ifExists, indexKeyword, span, false);
    }
  }

  /**
   * {@code REINDEX {INDEX|TABLE|SCHEMA|DATABASE|SYSTEM} [CONCURRENTLY] name}.
   *
   * @param target what is rebuilt, upper case: INDEX, TABLE, SCHEMA, DATABASE or SYSTEM
   * @param name the index, table, schema or database; for an unnamed DATABASE or SYSTEM (the current
   *     database, PostgreSQL 16 and later) a path with one empty part
   * @param targetKeyword the target keyword: {@code CONCURRENTLY} goes right after it
   */
  record Reindex(String target, ObjectPath name, boolean concurrently, SourceSpan targetKeyword, SourceSpan span)
      implements Operation {

    public Reindex {
      requireNonNull(target, "no target given");
      requireNonNull(name, "no name given");
      requireNonNull(targetKeyword, "no target keyword span given");
      requireNonNull(span, "no span given");
    }
  }

  /**
   * {@code DROP TABLE|VIEW|SCHEMA|DATABASE|...} other than DROP INDEX.
   *
   * @param objectType what is dropped, upper case as written: TABLE, SCHEMA, DATABASE, MATERIALIZED VIEW, ...
   */
  record Drop(String objectType, List<ObjectPath> names, boolean ifExists, boolean cascade, SourceSpan span)
      implements Operation {

    public Drop {
      requireNonNull(objectType, "no object type given");
      names = List.copyOf(requireNonNull(names, "no names given"));
      requireNonNull(span, "no span given");
    }
  }

  /** {@code TRUNCATE [TABLE] a, b [CASCADE]}. */
  record Truncate(List<ObjectPath> tables, boolean cascade, SourceSpan span) implements Operation {

    public Truncate {
      tables = List.copyOf(requireNonNull(tables, "no tables given"));
      requireNonNull(span, "no span given");
    }
  }

  /**
   * A session setting: {@code SET [SESSION|LOCAL] name = value}, MySQL {@code SET [SESSION] name = value}, or
   * PostgreSQL's {@code SELECT set_config('name', 'value', is_local)}.
   *
   * @param name lower case, without quotes or {@code @@session.}: {@code lock_timeout}, {@code lock_wait_timeout}
   * @param value as written, quotes removed
   */
  record SetSetting(String name, String value, SettingScope scope, SourceSpan span) implements Operation {

    public SetSetting {
      requireNonNull(name, "no name given");
      requireNonNull(value, "no value given");
      requireNonNull(scope, "no scope given");
      requireNonNull(span, "no span given");
    }
  }

  /** {@code BEGIN}, {@code COMMIT}, {@code SAVEPOINT x} and the like. */
  record Transaction(TransactionControl control, SourceSpan span) implements Operation {

    public Transaction {
      requireNonNull(control, "no control given");
      requireNonNull(span, "no span given");
    }
  }

  /**
   * {@code VACUUM [FULL]}, {@code CLUSTER}, MySQL {@code OPTIMIZE TABLE}.
   *
   * @param command upper case: VACUUM FULL, VACUUM, CLUSTER, OPTIMIZE
   * @param tables empty where the command covers the whole database
   */
  record Maintenance(String command, List<ObjectPath> tables, SourceSpan span) implements Operation {

    public Maintenance {
      requireNonNull(command, "no command given");
      tables = List.copyOf(requireNonNull(tables, "no tables given"));
      requireNonNull(span, "no span given");
    }
  }

  /**
   * {@code ALTER TYPE t ADD VALUE [IF NOT EXISTS] 'v' [BEFORE|AFTER 'w']}.
   *
   * @param position {@code BEFORE 'w'} or {@code AFTER 'w'} as written, empty when the value goes last
   * @param valueSpan the new value's literal: a position clause goes right after it
   */
  record AddEnumValue(ObjectPath type, String value, Optional<String> position, boolean ifNotExists,
                      SourceSpan valueSpan, SourceSpan span) implements Operation {

    public AddEnumValue {
      requireNonNull(type, "no type given");
      requireNonNull(value, "no value given");
      requireNonNull(position, "position is Optional, not null");
      requireNonNull(valueSpan, "no value span given");
      requireNonNull(span, "no span given");
    }
  }

  /**
   * {@code CREATE DOMAIN} or {@code ALTER DOMAIN ... ADD CONSTRAINT}, with whether it carries a CHECK.
   *
   * @param created true for CREATE DOMAIN, false for ALTER DOMAIN
   */
  record DomainConstraint(ObjectPath domain, boolean created, boolean hasCheck, boolean notValid, SourceSpan span)
      implements Operation {

    public DomainConstraint {
      requireNonNull(domain, "no domain given");
      requireNonNull(span, "no span given");
    }
  }

  /** {@code CREATE [OR REPLACE] TRIGGER name ... ON table}. */
  record CreateTrigger(String name, ObjectPath table, SourceSpan span) implements Operation {

    public CreateTrigger {
      requireNonNull(name, "no name given");
      requireNonNull(table, "no table given");
      requireNonNull(span, "no span given");
    }
  }

  /**
   * {@code INSERT}, {@code UPDATE} or {@code DELETE} of one table.
   *
   * @param command upper case: INSERT, UPDATE, DELETE
   * @param filtered whether it has a WHERE clause (INSERT: always false)
   * @param assignedColumns the columns SET or listed for INSERT, in order, repeats kept
   */
  record DataChange(String command, ObjectPath table, boolean filtered, List<String> assignedColumns,
                    SourceSpan span) implements Operation {

    public DataChange {
      requireNonNull(command, "no command given");
      requireNonNull(table, "no table given");
      assignedColumns = List.copyOf(requireNonNull(assignedColumns, "no assigned columns given"));
      requireNonNull(span, "no span given");
    }
  }

  /** How long a setting lasts: the session, the transaction ({@code SET LOCAL}), or the server. */
  enum SettingScope { SESSION, LOCAL, GLOBAL }

  /** Transaction control statements, by what they do. */
  enum TransactionControl { BEGIN, COMMIT, ROLLBACK, SAVEPOINT, RELEASE_SAVEPOINT, ROLLBACK_TO_SAVEPOINT }
}
