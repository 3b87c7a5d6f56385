package dev.plumb.core.model.expected;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.Dialect;
import java.util.List;
import java.util.Optional;

/**
 * What the application expects the database to have, as declared in an expected-schema YAML file.
 * Unlike {@link dev.plumb.core.model.Schema} it says what is required, what is optional and what may be left
 * unsaid (an attribute that is absent here is not checked).
 *
 * @param file the YAML file it was read from, as given on the command line
 */
public record ExpectedSchema(String file, Dialect dialect, List<ExpectedTable> tables) {

  public ExpectedSchema {
    requireNonNull(file, "no file given");
    requireNonNull(dialect, "no dialect given");
    tables = List.copyOf(requireNonNull(tables, "no tables given"));
  }

  public Optional<ExpectedTable> table(dev.plumb.core.model.ObjectPath path) {
    return tables.stream().filter(t -> t.path().equals(path)).findFirst();
  }
}
