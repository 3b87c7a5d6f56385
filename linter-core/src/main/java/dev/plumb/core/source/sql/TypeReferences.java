package dev.plumb.core.source.sql;

import dev.plumb.core.model.Column;
import dev.plumb.core.model.DataType;
import dev.plumb.core.model.DataTypes;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.migration.ObjectKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a column of a user-defined type that does not exist yet. Only PostgreSQL is checked: MySQL, MariaDB and
 * SQLite have no user-defined types (SQLite takes any type name), and H2's list of types is long enough that a
 * guess would do more harm than good. Types of extensions cannot be known, so once any extension was created
 * nothing is reported, and the types of the common extensions count as built in even without one: they are
 * often installed outside the migrations.
 */
final class TypeReferences {

  /** PostgreSQL's own types by their canonical names (as {@code DataTypes} spells them) and other spellings. */
  private static final Set<String> POSTGRES = Set.of(
      "smallint", "integer", "bigint", "numeric", "real", "double precision", "money", "boolean",
      "character", "character varying", "text", "name", "\"char\"", "char", "bytea", "bit", "bit varying",
      "date", "time without time zone", "time with time zone", "timestamp without time zone",
      "timestamp with time zone", "interval", "uuid", "json", "jsonb", "jsonpath", "xml",
      "inet", "cidr", "macaddr", "macaddr8", "point", "line", "lseg", "box", "path", "polygon", "circle",
      "tsvector", "tsquery", "int4range", "int8range", "numrange", "tsrange", "tstzrange", "daterange",
      "int4multirange", "int8multirange", "nummultirange", "tsmultirange", "tstzmultirange", "datemultirange",
      "oid", "regclass", "regconfig", "regdictionary", "regnamespace", "regoper", "regoperator", "regproc",
      "regprocedure", "regrole", "regtype", "regcollation", "xid", "xid8", "cid", "tid", "pg_lsn", "pg_snapshot",
      "txid_snapshot", "record", "void", "trigger", "event_trigger", "anyelement", "anyarray", "anyenum",
      "anyrange", "anynonarray", "cstring", "internal", "unknown", "aclitem", "int2vector", "oidvector",
      "float", "varchar", "int", "timestamptz", "timetz", "bool", "decimal",
      // Types of extensions that are often installed outside the migrations.
      "citext", "hstore", "ltree", "lquery", "ltxtquery", "cube", "seg", "isbn", "isbn13", "issn", "ean13", "upc",
      "geometry", "geography", "box2d", "box3d", "raster", "vector", "halfvec", "sparsevec", "earth");

  /** Words a built-in type name can start with and continue with qualifiers ({@code interval year to month}). */
  private static final Set<String> QUALIFIED_STARTS = Set.of("interval", "timestamp", "time");

  private final Names names;

  TypeReferences(Names names) {
    this.names = names;
  }

  /** Reports the column's type if it is neither built in nor declared; {@code span} is the column definition. */
  void check(Schema schema, Column column, Optional<SourceSpan> span, WrittenStatement written,
             StatementEvents events) {
    if (names.dialect() != Dialect.POSTGRESQL || !schema.extensions().isEmpty()) {
      return;
    }
    DataType type = column.type();
    List<String> parts = Names.splitDotted(type.name());
    if (builtIn(parts.get(parts.size() - 1))) {
      return;
    }
    ObjectPath path = names.qualified(type.name());
    boolean known = parts.size() == 1 ? events.types().existsAnywhere(path.name(), schema)
        : events.types().exists(path, schema);
    if (!known) {
      Optional<SourceSpan> at = written.nameSpan(path.name(), span, Optional.empty(), 1).or(() -> span);
      events.unresolved(ObjectKind.TYPE, path, at, "used as the type of column " + column.path());
    }
  }

  /** {@code name} is the type's name without schema, as {@code DataTypes} spells it. */
  private static boolean builtIn(String name) {
    if (POSTGRES.contains(name)) {
      return true;
    }
    String canonical = DataTypes.of(name, Dialect.POSTGRESQL).name();
    int blank = canonical.indexOf(' ');
    return POSTGRES.contains(canonical) || (blank > 0 && QUALIFIED_STARTS.contains(canonical.substring(0, blank)));
  }
}
