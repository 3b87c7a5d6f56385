package dev.plumb.core.source.live;

import dev.plumb.core.model.Column;
import dev.plumb.core.model.ForeignKey;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.ReferentialAction;
import dev.plumb.core.model.Table;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A MariaDB table reduced to what a replay and a live database must agree on, with the differences that are no
 * difference in MariaDB made equal:
 * <ul>
 *   <li>a UNIQUE KEY in CREATE TABLE and a CREATE UNIQUE INDEX are the same object to the server, so unique
 *       constraints and unique indexes are compared as one set;</li>
 *   <li>InnoDB treats RESTRICT and NO ACTION alike and reports an action left out as RESTRICT;</li>
 *   <li>defaults are compared as the server means them: {@code DEFAULT NULL} is no default, {@code FALSE} is 0,
 *       {@code CURRENT_TIMESTAMP} is {@code current_timestamp()}; case and spacing aside;</li>
 *   <li>check and generation expressions are compared without case and spacing (the server drops blanks after
 *       commas); an inline check's name is the column's on the server and none in the replay, so names are left
 *       out of checks.</li>
 * </ul>
 */
record ComparableTable(List<String> columns, List<String> primaryKey, Set<String> uniqueKeys, Set<String> foreignKeys,
                       Set<String> indexes, Set<String> checks) {

  static ComparableTable of(Table table) {
    return new ComparableTable(
        table.columns().stream().map(ComparableTable::column).toList(),
        table.primaryKey().map(pk -> pk.columns()).orElse(List.of()),
        sorted(Stream.concat(
            table.uniqueConstraints().stream().map(u -> u.name().orElse("?") + u.columns()),
            table.indexes().stream().filter(Index::unique).map(i -> i.name() + i.columnNames()))),
        sorted(table.foreignKeys().stream().map(ComparableTable::foreignKey)),
        sorted(table.indexes().stream().filter(i -> !i.unique()).map(i -> i.name() + i.keys() + i.method())),
        sorted(table.checks().stream().map(c -> compact(c.expression()))));
  }

  private static String column(Column column) {
    return column.name() + " " + column.type().toSql() + (column.nullable() ? " null" : " not null")
        + " default=" + column.defaultExpression().map(ComparableTable::defaultValue).orElse("")
        + " " + column.generation() + column.generationExpression().map(e -> " as " + compact(e)).orElse("");
  }

  private static String defaultValue(String text) {
    String value = compact(text);
    return switch (value) {
      case "null" -> "";
      case "false" -> "0";
      case "true" -> "1";
      case "current_timestamp", "now()" -> "current_timestamp()";
      default -> value;
    };
  }

  private static String foreignKey(ForeignKey key) {
    return key.name().orElse("?") + key.columns() + "->" + key.referencedTable() + key.referencedColumns()
        + " delete " + innodb(key.onDelete()) + " update " + innodb(key.onUpdate());
  }

  private static ReferentialAction innodb(ReferentialAction action) {
    return action == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : action;
  }

  private static String compact(String text) {
    return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }

  private static Set<String> sorted(Stream<String> items) {
    return items.collect(Collectors.toCollection(TreeSet::new));
  }
}
