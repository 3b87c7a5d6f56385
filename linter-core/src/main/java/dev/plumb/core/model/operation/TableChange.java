package dev.plumb.core.model.operation;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.DataType;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import java.util.List;
import java.util.Optional;

/** One change of an {@code ALTER TABLE}, in the dialect's words; column names as the dialect stores them. */
public sealed interface TableChange {

  /** Where the change is written inside the ALTER TABLE. */
  SourceSpan span();

  record AddColumn(ColumnDefinition column, boolean ifNotExists, SourceSpan span) implements TableChange {

    public AddColumn {
      requireNonNull(column, "no column given");
      requireNonNull(span, "no span given");
    }
  }

  record DropColumn(String column, boolean ifExists, boolean cascade, SourceSpan span) implements TableChange {

    public DropColumn {
      requireNonNull(column, "no column given");
      requireNonNull(span, "no span given");
    }
  }

  /**
   * PostgreSQL {@code ALTER COLUMN c [SET DATA] TYPE t [USING e]}.
   *
   * @param typeSpan where the new type is written
   */
  record AlterColumnType(String column, String typeText, Optional<DataType> type,
                         Optional<String> using, SourceSpan typeSpan, SourceSpan span) implements TableChange {

    public AlterColumnType {
      requireNonNull(column, "no column given");
      requireNonNull(typeText, "no type text given");
      requireNonNull(type, "type is Optional, not null");
      requireNonNull(using, "using is Optional, not null");
      requireNonNull(typeSpan, "no type span given");
      requireNonNull(span, "no span given");
    }
  }

  /**
   * MySQL {@code MODIFY [COLUMN] c definition} or {@code CHANGE [COLUMN] old new definition}: the column is
   * written anew, type, nullability and default together.
   */
  record RedefineColumn(String column, ColumnDefinition definition, SourceSpan span) implements TableChange {

    public RedefineColumn {
      requireNonNull(column, "no column given");
      requireNonNull(definition, "no definition given");
      requireNonNull(span, "no span given");
    }
  }

  record SetNotNull(String column, SourceSpan span) implements TableChange {

    public SetNotNull {
      requireNonNull(column, "no column given");
      requireNonNull(span, "no span given");
    }
  }

  record DropNotNull(String column, SourceSpan span) implements TableChange {

    public DropNotNull {
      requireNonNull(column, "no column given");
      requireNonNull(span, "no span given");
    }
  }

  /** {@code ALTER COLUMN c SET DEFAULT e}; empty expression for {@code DROP DEFAULT}. */
  record ChangeDefault(String column, Optional<String> expression, SourceSpan span) implements TableChange {

    public ChangeDefault {
      requireNonNull(column, "no column given");
      requireNonNull(expression, "expression is Optional, not null");
      requireNonNull(span, "no span given");
    }
  }

  record AddConstraint(ConstraintDefinition constraint, SourceSpan span) implements TableChange {

    public AddConstraint {
      requireNonNull(constraint, "no constraint given");
      requireNonNull(span, "no span given");
    }
  }

  record ValidateConstraint(String name, SourceSpan span) implements TableChange {

    public ValidateConstraint {
      requireNonNull(name, "no name given");
      requireNonNull(span, "no span given");
    }
  }

  /** {@code DROP CONSTRAINT}, and MySQL's {@code DROP PRIMARY KEY / FOREIGN KEY / CHECK}. */
  record DropConstraint(String name, boolean ifExists, SourceSpan span) implements TableChange {

    public DropConstraint {
      requireNonNull(name, "no name given");
      requireNonNull(span, "no span given");
    }
  }

  /**
   * MySQL {@code ADD [UNIQUE|FULLTEXT|SPATIAL] INDEX|KEY name (cols)}: an index built inside ALTER TABLE.
   *
   * @param kind upper case: INDEX, UNIQUE, FULLTEXT or SPATIAL
   */
  record AddIndex(Optional<String> name, String kind, List<String> columns, SourceSpan span)
      implements TableChange {

    public AddIndex {
      requireNonNull(name, "name is Optional, not null");
      requireNonNull(kind, "no kind given");
      columns = List.copyOf(requireNonNull(columns, "no columns given"));
      requireNonNull(span, "no span given");
    }
  }

  /** MySQL {@code DROP INDEX|KEY name}. */
  record DropIndex(String name, SourceSpan span) implements TableChange {

    public DropIndex {
      requireNonNull(name, "no name given");
      requireNonNull(span, "no span given");
    }
  }

  record RenameColumn(String from, String to, SourceSpan span) implements TableChange {

    public RenameColumn {
      requireNonNull(from, "no old name given");
      requireNonNull(to, "no new name given");
      requireNonNull(span, "no span given");
    }
  }

  record RenameTable(ObjectPath to, SourceSpan span) implements TableChange {

    public RenameTable {
      requireNonNull(to, "no new name given");
      requireNonNull(span, "no span given");
    }
  }

  /** {@code SET LOGGED} ({@code logged} true) or {@code SET UNLOGGED}. */
  record SetLogged(boolean logged, SourceSpan span) implements TableChange {

    public SetLogged {
      requireNonNull(span, "no span given");
    }
  }

  /**
   * {@code ATTACH PARTITION p ...} ({@code attach} true) or {@code DETACH PARTITION p [CONCURRENTLY|FINALIZE]};
   * {@code concurrently} is true for FINALIZE too, which ends a concurrent detach under the same light lock.
   */
  record Partition(boolean attach, ObjectPath partition, boolean concurrently, SourceSpan span)
      implements TableChange {

    public Partition {
      requireNonNull(partition, "no partition given");
      requireNonNull(span, "no span given");
    }
  }

  /**
   * MySQL {@code [DEFAULT] CHARACTER SET x} or {@code CONVERT TO CHARACTER SET x}.
   *
   * @param convert true for CONVERT TO, which rewrites every text column
   * @param charsetSpan where the charset name is written
   * @param collation a {@code COLLATE x} written after it, lower case
   * @param collationSpan where that collation name is written
   */
  record SetCharset(String charset, boolean convert, SourceSpan charsetSpan, Optional<String> collation,
                    Optional<SourceSpan> collationSpan, SourceSpan span) implements TableChange {

    public SetCharset {
      requireNonNull(charset, "no charset given");
      requireNonNull(charsetSpan, "no charset span given");
      requireNonNull(collation, "collation is Optional, not null");
      requireNonNull(collationSpan, "collationSpan is Optional, not null");
      requireNonNull(span, "no span given");
    }

    /** A charset written without a collation. */
    public SetCharset(String charset, boolean convert, SourceSpan charsetSpan, SourceSpan span) {
      this(charset, convert, charsetSpan, Optional.empty(), Optional.empty(), span);
    }
  }

  /** Any other change (OWNER TO, ENABLE TRIGGER, SET (storage options), ...), as written. */
  record Other(String text, SourceSpan span) implements TableChange {

    public Other {
      requireNonNull(text, "no text given");
      requireNonNull(span, "no span given");
    }
  }
}
