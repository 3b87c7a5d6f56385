package dev.plumb.core.source.sql;

import dev.plumb.core.ddl.DefaultNames;
import dev.plumb.core.model.CheckConstraint;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ForeignKey;
import dev.plumb.core.model.PrimaryKey;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Adds, drops, renames and validates a table's constraints, naming unnamed ones the way the database would. */
final class ConstraintEdits {

  private ConstraintEdits() {
  }

  /** Adds a column with the constraints written on it. */
  static Table withDeclaration(Table table, ColumnDeclaration declaration, Dialect dialect) {
    Table result = table.withColumn(declaration.column());
    if (declaration.primaryKey().isPresent()) {
      result = withPrimaryKey(result, declaration.primaryKey().get(), dialect);
    }
    for (UniqueConstraint unique : declaration.uniques()) {
      result = withUnique(result, unique, dialect);
    }
    for (ForeignKey foreignKey : declaration.foreignKeys()) {
      result = withForeignKey(result, foreignKey, dialect);
    }
    for (CheckConstraint check : declaration.checks()) {
      result = withCheck(result, check, Optional.of(declaration.column().name()), dialect);
    }
    return result;
  }

  /** Sets the primary key; its columns become NOT NULL, as the database makes them. */
  static Table withPrimaryKey(Table table, PrimaryKey key, Dialect dialect) {
    PrimaryKey named = key.name().isPresent() ? key
        : new PrimaryKey(Optional.of(DefaultNames.primaryKey(dialect, table.name())), key.columns(), key.span());
    Table result = table.withPrimaryKey(Optional.of(named));
    for (String column : key.columns()) {
      result = result.updateColumn(column, c -> c.withNullable(false));
    }
    return result;
  }

  static Table withUnique(Table table, UniqueConstraint unique, Dialect dialect) {
    UniqueConstraint named = unique.name().isPresent() ? unique : new UniqueConstraint(
        Optional.of(DefaultNames.unique(dialect, table.name(), unique.columns(), names(table))), unique.columns(),
        unique.span());
    List<UniqueConstraint> uniques = new ArrayList<>(table.uniqueConstraints());
    uniques.add(named);
    return table.withUniqueConstraints(uniques);
  }

  static Table withForeignKey(Table table, ForeignKey key, Dialect dialect) {
    ForeignKey named = key.name().isPresent() ? key
        : renamed(key, DefaultNames.foreignKey(dialect, table.name(), key.columns(), names(table)));
    List<ForeignKey> keys = new ArrayList<>(table.foreignKeys());
    keys.add(named);
    return table.withForeignKeys(keys);
  }

  /** {@code soleColumn} is the one column the check reads, where it reads exactly one (it names the check). */
  static Table withCheck(Table table, CheckConstraint check, Optional<String> soleColumn, Dialect dialect) {
    CheckConstraint named = check.name().isPresent() ? check : new CheckConstraint(
        Optional.of(DefaultNames.check(dialect, table.name(), soleColumn, names(table))), check.expression(),
        check.valid(), check.span());
    List<CheckConstraint> checks = new ArrayList<>(table.checks());
    checks.add(named);
    return table.withChecks(checks);
  }

  static Table withoutConstraint(Table table, String name) {
    Optional<String> wanted = Optional.of(name);
    Table result = table;
    if (table.primaryKey().map(PrimaryKey::name).filter(wanted::equals).isPresent()) {
      result = result.withPrimaryKey(Optional.empty());
    }
    return result
        .withUniqueConstraints(table.uniqueConstraints().stream().filter(u -> !u.name().equals(wanted)).toList())
        .withForeignKeys(table.foreignKeys().stream().filter(f -> !f.name().equals(wanted)).toList())
        .withChecks(table.checks().stream().filter(c -> !c.name().equals(wanted)).toList());
  }

  /** Marks a constraint added NOT VALID as validated. */
  static Table validated(Table table, String name) {
    Optional<String> wanted = Optional.of(name);
    return table
        .withForeignKeys(table.foreignKeys().stream()
            .map(f -> f.name().equals(wanted) ? withValid(f) : f).toList())
        .withChecks(table.checks().stream()
            .map(c -> c.name().equals(wanted) ? new CheckConstraint(c.name(), c.expression(), true, c.span()) : c)
            .toList());
  }

  static Table renamedConstraint(Table table, String from, String to) {
    Optional<String> old = Optional.of(from);
    Optional<String> now = Optional.of(to);
    Table result = table.withPrimaryKey(table.primaryKey()
        .map(k -> k.name().equals(old) ? new PrimaryKey(now, k.columns(), k.span()) : k));
    return result
        .withUniqueConstraints(table.uniqueConstraints().stream()
            .map(u -> u.name().equals(old) ? new UniqueConstraint(now, u.columns(), u.span()) : u).toList())
        .withForeignKeys(table.foreignKeys().stream()
            .map(f -> f.name().equals(old) ? renamed(f, to) : f).toList())
        .withChecks(table.checks().stream()
            .map(c -> c.name().equals(old) ? new CheckConstraint(now, c.expression(), c.valid(), c.span()) : c)
            .toList());
  }

  static Set<String> names(Table table) {
    Set<String> names = new LinkedHashSet<>();
    table.primaryKey().flatMap(PrimaryKey::name).ifPresent(names::add);
    table.uniqueConstraints().forEach(u -> u.name().ifPresent(names::add));
    table.foreignKeys().forEach(f -> f.name().ifPresent(names::add));
    table.checks().forEach(c -> c.name().ifPresent(names::add));
    return names;
  }

  private static ForeignKey renamed(ForeignKey key, String name) {
    return new ForeignKey(Optional.of(name), key.columns(), key.referencedTable(), key.referencedColumns(),
        key.onDelete(), key.onUpdate(), key.valid(), key.span());
  }

  private static ForeignKey withValid(ForeignKey key) {
    return new ForeignKey(key.name(), key.columns(), key.referencedTable(), key.referencedColumns(), key.onDelete(),
        key.onUpdate(), true, key.span());
  }
}
