package dev.plumb.core.source.sql;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Skips a statement that would create an object that exists already, the way an
 * {@code EXCEPTION WHEN duplicate_object THEN null} handler swallows its error. Knows the CREATE statements and
 * {@code ALTER TABLE ... ADD CONSTRAINT}; any other statement is applied as it is.
 */
final class DuplicateGuard {

  private DuplicateGuard() {
  }

  static UnaryOperator<Schema> skippingDuplicates(SqlStatement statement, UnaryOperator<Schema> change,
      Names names) {
    TokenCursor t = TokenCursor.of(statement.text(), new SqlSyntax(names.dialect()));
    Optional<Predicate<Schema>> exists = created(t, names);
    return exists.<UnaryOperator<Schema>>map(e -> schema -> e.test(schema) ? schema : change.apply(schema))
        .orElse(change);
  }

  /** Whether the object the statement creates is in a schema, for the statements whose object is known. */
  private static Optional<Predicate<Schema>> created(TokenCursor t, Names names) {
    if (t.accept("ALTER", "TABLE")) {
      t.accept("IF", "EXISTS");
      t.accept("ONLY");
      Optional<ObjectPath> table = t.qualifiedName().map(names::qualified);
      if (table.isEmpty() || !t.accept("ADD", "CONSTRAINT")) {
        return Optional.empty();
      }
      return t.name().map(names::identifier).map(constraint -> schema -> schema.table(table.get())
          .filter(tbl -> ConstraintEdits.names(tbl).contains(constraint)).isPresent());
    }
    if (!t.accept("CREATE")) {
      return Optional.empty();
    }
    t.acceptAny("UNIQUE", "UNLOGGED", "TEMP", "TEMPORARY");
    String kind = t.acceptAny("TYPE", "DOMAIN", "TABLE", "INDEX", "SEQUENCE", "SCHEMA", "EXTENSION").orElse("");
    if (kind.equals("INDEX")) {
      t.accept("CONCURRENTLY");
    }
    Optional<String> name = kind.isEmpty() ? Optional.empty() : t.qualifiedName();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    ObjectPath path = names.qualified(name.get());
    String simple = path.name();
    return Optional.of(switch (kind) {
      case "TYPE" -> schema -> schema.enumTypes().containsKey(path) || schema.domains().containsKey(path);
      case "DOMAIN" -> schema -> schema.domains().containsKey(path) || schema.enumTypes().containsKey(path);
      case "TABLE" -> schema -> schema.table(path).isPresent();
      case "INDEX" -> schema -> schema.index(path).isPresent();
      case "SEQUENCE" -> schema -> schema.sequences().containsKey(path);
      case "SCHEMA" -> schema -> schema.namespaces().contains(simple);
      default -> schema -> schema.extensions().containsKey(simple);
    });
  }
}
