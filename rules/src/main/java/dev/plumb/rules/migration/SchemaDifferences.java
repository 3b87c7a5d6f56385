package dev.plumb.rules.migration;

import dev.plumb.core.model.CheckConstraint;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.ForeignKey;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a schema after an up and its down has that the schema before the up had not ("left over"), and the other
 * way round ("missing"). Objects compare by name and definition; where they were written and comments do not
 * count, nor does the order of columns.
 */
final class SchemaDifferences {

  /** One difference, with where the object left over was created, if known. */
  record Difference(String text, Optional<SourceSpan> span) {
  }

  private final List<Difference> found = new ArrayList<>();

  private SchemaDifferences() {
  }

  static List<Difference> between(Schema before, Schema after) {
    SchemaDifferences differences = new SchemaDifferences();
    differences.compare(before, after);
    return differences.found;
  }

  private void compare(Schema before, Schema after) {
    for (String namespace : after.namespaces()) {
      if (!before.namespaces().contains(namespace)) {
        add("schema " + namespace + " is left over", Optional.empty());
      }
    }
    for (String namespace : before.namespaces()) {
      if (!after.namespaces().contains(namespace)) {
        add("schema " + namespace + " is missing", Optional.empty());
      }
    }
    sameKeys("table", before.tables(), after.tables(), Table::span);
    // Tables neither the up nor the down touched are the same objects: only the others need a look.
    after.tables().forEach((path, table) -> before.table(path).filter(old -> old != table)
        .ifPresent(old -> compareTables(old, table)));
    sameKeys("view", before.views(), after.views(), v -> v.span());
    changed("view", before.views(), after.views(), v -> v.definition().orElse("") + v.materialized());
    sameKeys("sequence", before.sequences(), after.sequences(), s -> s.span());
    sameKeys("type", before.enumTypes(), after.enumTypes(), t -> t.span());
    changed("type", before.enumTypes(), after.enumTypes(), t -> String.join(", ", t.values()));
    sameKeys("function", before.routines(), after.routines(), r -> r.span());
    sameKeys("trigger", before.triggers(), after.triggers(), t -> t.span());
    sameKeys("extension", before.extensions(), after.extensions(), e -> e.span());
  }

  private void compareTables(Table before, Table after) {
    ObjectPath table = after.path();
    sameKeys("column", byName(before.columns(), Column::path), byName(after.columns(), Column::path), Column::span);
    for (Column column : after.columns()) {
      before.column(column.name()).map(old -> columnChange(old, column))
          .filter(change -> !change.isEmpty())
          .ifPresent(change -> add("column " + column.path() + " " + change, Optional.empty()));
    }
    Optional<List<String>> keyBefore = before.primaryKey().map(k -> k.columns());
    Optional<List<String>> keyAfter = after.primaryKey().map(k -> k.columns());
    if (!keyBefore.equals(keyAfter)) {
      add("primary key of " + table + " is " + keyAfter.map(c -> "(" + String.join(", ", c) + ")").orElse("gone")
          + " instead of " + keyBefore.map(c -> "(" + String.join(", ", c) + ")").orElse("none"), Optional.empty());
    }
    sameKeys("unique constraint", named(table, before.uniqueConstraints(), UniqueConstraint::name,
        u -> u.columns().toString()), named(table, after.uniqueConstraints(), UniqueConstraint::name,
        u -> u.columns().toString()), u -> Optional.empty());
    sameKeys("foreign key", named(table, before.foreignKeys(), ForeignKey::name, SchemaDifferences::describe),
        named(table, after.foreignKeys(), ForeignKey::name, SchemaDifferences::describe), f -> Optional.empty());
    sameKeys("check", named(table, before.checks(), CheckConstraint::name, CheckConstraint::expression),
        named(table, after.checks(), CheckConstraint::name, CheckConstraint::expression), c -> Optional.empty());
    sameKeys("index", byName(before.indexes(), Index::path), byName(after.indexes(), Index::path), Index::span);
    changed("index", byName(before.indexes(), Index::path), byName(after.indexes(), Index::path),
        i -> i.keys() + " " + i.unique() + " " + i.predicate());
  }

  private static String columnChange(Column before, Column after) {
    List<String> changes = new ArrayList<>();
    if (!before.type().equals(after.type())) {
      changes.add("is " + after.type().toSql() + " instead of " + before.type().toSql());
    }
    if (before.nullable() != after.nullable()) {
      changes.add(after.nullable() ? "is nullable instead of NOT NULL" : "is NOT NULL instead of nullable");
    }
    if (!before.defaultExpression().equals(after.defaultExpression())
        || before.generation() != after.generation()) {
      changes.add("has default " + after.defaultExpression().orElse("none") + " instead of "
          + before.defaultExpression().orElse("none"));
    }
    return String.join(" and ", changes);
  }

  private static String describe(ForeignKey key) {
    return key.columns() + " " + key.referencedTable() + key.referencedColumns();
  }

  /** A constraint as compared: by name and what it says, shown by name. */
  private record ConstraintKey(String shown, String content) {

    @Override
    public String toString() {
      return shown;
    }
  }

  private static <T> Map<ConstraintKey, T> named(ObjectPath table, List<T> constraints,
                                                 Function<T, Optional<String>> name, Function<T, String> content) {
    Map<ConstraintKey, T> keyed = new LinkedHashMap<>();
    for (T constraint : constraints) {
      String shown = name.apply(constraint).map(n -> n + " on " + table)
          .orElseGet(() -> "on " + table + " " + content.apply(constraint));
      keyed.put(new ConstraintKey(shown, content.apply(constraint)), constraint);
    }
    return keyed;
  }

  private static <T> Map<ObjectPath, T> byName(List<T> objects, Function<T, ObjectPath> path) {
    Map<ObjectPath, T> keyed = new LinkedHashMap<>();
    objects.forEach(object -> keyed.put(path.apply(object), object));
    return keyed;
  }

  private <K, T> void sameKeys(String kind, Map<K, T> before, Map<K, T> after,
                               Function<T, Optional<SourceSpan>> span) {
    after.forEach((key, object) -> {
      if (!before.containsKey(key)) {
        add(kind + " " + key + " is left over", span.apply(object));
      }
    });
    before.forEach((key, object) -> {
      if (!after.containsKey(key)) {
        add(kind + " " + key + " is missing", Optional.empty());
      }
    });
  }

  private <K, T> void changed(String kind, Map<K, T> before, Map<K, T> after, Function<T, String> definition) {
    after.forEach((key, object) -> {
      T old = before.get(key);
      if (old != null && !definition.apply(old).equals(definition.apply(object))) {
        add(kind + " " + key + " is defined differently", Optional.empty());
      }
    });
  }

  private void add(String text, Optional<SourceSpan> span) {
    found.add(new Difference(text, span));
  }
}
