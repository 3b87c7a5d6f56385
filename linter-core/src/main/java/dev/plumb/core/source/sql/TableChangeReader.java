package dev.plumb.core.source.sql;

import dev.plumb.core.model.DataType;
import dev.plumb.core.model.DataTypes;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.operation.ColumnDefinition;
import dev.plumb.core.model.operation.TableChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads one comma-separated change of an ALTER TABLE into {@link TableChange}s. */
final class TableChangeReader {

  private static final Set<String> CONSTRAINT_STARTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK",
      "EXCLUDE");
  private static final Set<String> INDEX_STARTS = Set.of("INDEX", "KEY", "FULLTEXT", "SPATIAL");

  private final OperationSource source;
  private final ObjectPath table;
  private final ColumnDefinitionReader columns;
  private final ConstraintReader constraints;

  TableChangeReader(OperationSource source, ObjectPath table) {
    this.source = source;
    this.table = table;
    this.columns = new ColumnDefinitionReader(source);
    this.constraints = new ConstraintReader(source);
  }

  /** The changes written in tokens {@code [from, to)}: one, or several for MySQL's {@code ADD (a int, b int)}. */
  List<TableChange> read(int from, int to) {
    BoundedTokens t = new BoundedTokens(source.tokens(), from, to);
    Optional<TableChange> change;
    if (t.accept("ADD")) {
      return add(t, from, to);
    } else if (t.accept("DROP")) {
      change = drop(t, from, to);
    } else if (t.accept("ALTER")) {
      change = alterColumn(t, from, to);
    } else if (t.accept("MODIFY")) {
      t.accept("COLUMN");
      change = redefine(t, from, to, false);
    } else if (t.accept("CHANGE")) {
      t.accept("COLUMN");
      change = redefine(t, from, to, true);
    } else if (t.accept("RENAME")) {
      change = rename(t, from, to);
    } else if (t.accept("VALIDATE", "CONSTRAINT")) {
      change = t.name().map(n -> new TableChange.ValidateConstraint(source.identifier(n), source.span(from, to)));
    } else if (t.accept("SET", "LOGGED")) {
      change = Optional.of(new TableChange.SetLogged(true, source.span(from, to)));
    } else if (t.accept("SET", "UNLOGGED")) {
      change = Optional.of(new TableChange.SetLogged(false, source.span(from, to)));
    } else if (t.peek("ATTACH", "PARTITION") || t.peek("DETACH", "PARTITION")) {
      change = partition(t, from, to);
    } else {
      change = charset(t, from, to);
    }
    return List.of(change.orElseGet(() -> new TableChange.Other(source.text(from, to), source.span(from, to))));
  }

  private List<TableChange> add(BoundedTokens t, int from, int to) {
    boolean column = t.accept("COLUMN");
    boolean ifNotExists = t.accept("IF", "NOT", "EXISTS");
    int at = t.position();
    TokenCursor tokens = source.tokens();
    if (!column && at < to && CONSTRAINT_STARTS.stream().anyMatch(w -> tokens.isWord(at, w))) {
      return constraints.read(at, to).<List<TableChange>>map(c -> List.of(new TableChange.AddConstraint(c,
          source.span(from, to)))).orElseGet(() -> List.of(other(from, to)));
    }
    if (!column && at < to && INDEX_STARTS.stream().anyMatch(w -> tokens.isWord(at, w))) {
      return List.of(addIndex(t, from, to));
    }
    if (!column && tokens.isSymbol(at, '(')) {
      // MySQL: ADD (a int, b int).
      int close = tokens.closing(at);
      List<TableChange> added = new ArrayList<>();
      for (int[] part : BoundedTokens.parts(tokens, at + 1, close < 0 ? to : close)) {
        columns.read(part[0], part[1]).ifPresent(c -> added.add(new TableChange.AddColumn(c, false,
            source.span(part[0], part[1]))));
      }
      return added.isEmpty() ? List.of(other(from, to)) : added;
    }
    return columns.read(at, to).<List<TableChange>>map(c -> List.of(new TableChange.AddColumn(c, ifNotExists,
        source.span(from, to)))).orElseGet(() -> List.of(other(from, to)));
  }

  private TableChange addIndex(BoundedTokens t, int from, int to) {
    String kind = "INDEX";
    if (t.accept("FULLTEXT")) {
      kind = "FULLTEXT";
    } else if (t.accept("SPATIAL")) {
      kind = "SPATIAL";
    }
    t.accept("INDEX");
    t.accept("KEY");
    Optional<String> name = t.peekSymbol('(') ? Optional.empty() : t.name().map(source::identifier);
    if (t.accept("USING")) {
      t.next();
    }
    List<String> keyColumns = ConstraintReader.keyColumns(t.nameList(), source);
    return new TableChange.AddIndex(name, kind, keyColumns, source.span(from, to));
  }

  private Optional<TableChange> drop(BoundedTokens t, int from, int to) {
    if (t.accept("CONSTRAINT") || t.accept("FOREIGN", "KEY") || t.accept("CHECK")) {
      boolean ifExists = t.accept("IF", "EXISTS");
      return t.name().map(n -> new TableChange.DropConstraint(source.identifier(n), ifExists,
          source.span(from, to)));
    }
    if (t.accept("PRIMARY", "KEY")) {
      return Optional.of(new TableChange.DropConstraint("PRIMARY", false, source.span(from, to)));
    }
    if (t.accept("INDEX") || t.accept("KEY")) {
      t.accept("IF", "EXISTS");
      return t.name().map(n -> new TableChange.DropIndex(source.identifier(n), source.span(from, to)));
    }
    if (t.peek("DEFAULT") || t.peek("PARTITION") || t.peek("SYSTEM")) {
      return Optional.empty();
    }
    t.accept("COLUMN");
    boolean ifExists = t.accept("IF", "EXISTS");
    Optional<String> column = t.name();
    boolean cascade = false;
    while (!t.atEnd()) {
      cascade |= t.accept("CASCADE");
      t.next();
    }
    boolean cascaded = cascade;
    return column.map(c -> new TableChange.DropColumn(source.identifier(c), ifExists, cascaded,
        source.span(from, to)));
  }

  /** {@code ALTER [COLUMN] c ...}: type, nullability, default; other column changes stay {@code Other}. */
  private Optional<TableChange> alterColumn(BoundedTokens t, int from, int to) {
    if (t.peek("CONSTRAINT") || t.peek("INDEX") || t.peek("CHECK")) {
      return Optional.empty();
    }
    t.accept("COLUMN");
    Optional<String> written = t.name();
    if (written.isEmpty()) {
      return Optional.empty();
    }
    String column = source.identifier(written.get());
    if (t.accept("SET", "DATA", "TYPE") || t.accept("TYPE")) {
      int typeStart = t.position();
      t.skipUntil(Set.of("USING", "COLLATE"));
      int typeEnd = t.position();
      String typeText = source.text(typeStart, typeEnd);
      while (t.accept("COLLATE")) {
        t.next();
      }
      Optional<String> using = t.accept("USING") ? Optional.of(source.text(t.position(), to)) : Optional.empty();
      return Optional.of(new TableChange.AlterColumnType(column, typeText, type(typeText),
          using, source.span(typeStart, typeEnd), source.span(from, to)));
    }
    if (t.accept("SET", "NOT", "NULL")) {
      return Optional.of(new TableChange.SetNotNull(column, source.span(from, to)));
    }
    if (t.accept("DROP", "NOT", "NULL")) {
      return Optional.of(new TableChange.DropNotNull(column, source.span(from, to)));
    }
    if (t.accept("SET", "DEFAULT")) {
      return Optional.of(new TableChange.ChangeDefault(column, Optional.of(source.text(t.position(), to)),
          source.span(from, to)));
    }
    if (t.accept("DROP", "DEFAULT")) {
      return Optional.of(new TableChange.ChangeDefault(column, Optional.empty(), source.span(from, to)));
    }
    return Optional.empty();
  }

  /** MySQL {@code MODIFY c definition} or {@code CHANGE old new definition}. */
  private Optional<TableChange> redefine(BoundedTokens t, int from, int to, boolean renames) {
    int at = t.position();
    Optional<String> old = t.name();
    if (old.isEmpty()) {
      return Optional.empty();
    }
    int definitionStart = renames ? t.position() : at;
    Optional<ColumnDefinition> definition = columns.read(definitionStart, to);
    return definition.map(d -> new TableChange.RedefineColumn(source.identifier(old.get()), d,
        source.span(from, to)));
  }

  /** {@code RENAME [COLUMN] a TO b}, {@code RENAME TO t}, MySQL {@code RENAME [TO|AS] t}. */
  private Optional<TableChange> rename(BoundedTokens t, int from, int to) {
    if (t.accept("CONSTRAINT") || t.accept("INDEX") || t.accept("KEY")) {
      return Optional.empty();
    }
    if (t.accept("TO") || t.accept("AS")) {
      return t.qualifiedName().map(n -> new TableChange.RenameTable(renamed(n), source.span(from, to)));
    }
    boolean column = t.accept("COLUMN");
    Optional<String> old = t.qualifiedName();
    if (old.isEmpty()) {
      return Optional.empty();
    }
    if (!t.accept("TO")) {
      // MySQL: RENAME t2 renames the table.
      return column ? Optional.empty()
          : Optional.of(new TableChange.RenameTable(renamed(old.get()), source.span(from, to)));
    }
    return t.name().map(n -> new TableChange.RenameColumn(source.identifier(old.get()), source.identifier(n),
        source.span(from, to)));
  }

  /**
   * The table's new path. PostgreSQL, SQLite and H2 rename within the table's schema; MySQL puts an unqualified
   * new name in the current database, as it does for any unqualified name.
   */
  private ObjectPath renamed(String written) {
    ObjectPath path = source.path(written);
    boolean qualified = Names.splitDotted(written.strip()).size() > 1;
    return qualified || source.dialect().isMysqlFamily() ? path : table.parent().child(path.name());
  }

  private Optional<TableChange> partition(BoundedTokens t, int from, int to) {
    boolean attach = t.accept("ATTACH", "PARTITION");
    if (!attach) {
      t.accept("DETACH", "PARTITION");
    }
    Optional<String> partition = t.qualifiedName();
    boolean concurrently = false;
    while (!t.atEnd()) {
      // FINALIZE completes a detach begun CONCURRENTLY, under the same light lock.
      concurrently |= t.accept("CONCURRENTLY") || t.accept("FINALIZE");
      t.next();
    }
    boolean concurrent = concurrently;
    return partition.map(p -> new TableChange.Partition(attach, source.path(p), concurrent,
        source.span(from, to)));
  }

  /** MySQL {@code [DEFAULT] CHARACTER SET [=] x} and {@code CONVERT TO CHARACTER SET x}. */
  private Optional<TableChange> charset(BoundedTokens t, int from, int to) {
    boolean convert = t.accept("CONVERT", "TO");
    t.accept("DEFAULT");
    if (!(t.accept("CHARACTER", "SET") || t.accept("CHARSET"))) {
      return Optional.empty();
    }
    t.acceptSymbol('=');
    int at = t.position();
    Optional<String> charset = t.next().map(c -> c.toLowerCase(Locale.ROOT));
    Optional<String> collation = Optional.empty();
    Optional<SourceSpan> collationSpan = Optional.empty();
    if (t.accept("COLLATE")) {
      t.acceptSymbol('=');
      collationSpan = Optional.of(source.tokenSpan(t.position()));
      collation = t.next().map(c -> c.toLowerCase(Locale.ROOT));
    }
    Optional<String> collated = collation;
    Optional<SourceSpan> collatedAt = collationSpan;
    return charset.map(c -> new TableChange.SetCharset(c, convert, source.tokenSpan(at), collated, collatedAt,
        source.span(from, to)));
  }

  private Optional<DataType> type(String typeText) {
    try {
      return typeText.isBlank() ? Optional.empty() : Optional.of(DataTypes.parse(typeText, source.dialect()).type());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private TableChange other(int from, int to) {
    return new TableChange.Other(source.text(from, to), source.span(from, to));
  }
}
