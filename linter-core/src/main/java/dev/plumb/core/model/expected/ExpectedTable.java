package dev.plumb.core.model.expected;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * A table the application expects.
 *
 * @param required whether its absence is an error (true) or a warning (false)
 * @param span where the table's entry starts in the YAML file
 */
public record ExpectedTable(ObjectPath path, boolean required, List<ExpectedColumn> columns,
                            Optional<ExpectedPrimaryKey> primaryKey, List<ExpectedIndex> indexes,
                            List<ExpectedForeignKey> foreignKeys, ExtraColumns extraColumns, SourceSpan span) {

  public ExpectedTable {
    requireNonNull(path, "no table path given");
    columns = List.copyOf(requireNonNull(columns, "no columns given"));
    requireNonNull(primaryKey, "primaryKey is Optional, not null");
    indexes = List.copyOf(requireNonNull(indexes, "no indexes given"));
    foreignKeys = List.copyOf(requireNonNull(foreignKeys, "no foreign keys given"));
    requireNonNull(extraColumns, "no extraColumns policy given");
    requireNonNull(span, "no span given for table " + path);
  }

  public String name() {
    return path.name();
  }

  public Optional<ExpectedColumn> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
