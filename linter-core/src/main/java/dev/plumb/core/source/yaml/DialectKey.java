package dev.plumb.core.source.yaml;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.source.InputException;
import java.util.Optional;

/** Reads the {@code dialect:} key that both the expected schema and plumb.yml have. */
public final class DialectKey {

  private DialectKey() {
  }

  public static Optional<Dialect> read(YamlMapping mapping) throws InputException {
    Optional<YamlScalar> written = mapping.text("dialect");
    if (written.isEmpty()) {
      return Optional.empty();
    }
    Optional<Dialect> dialect = Dialect.fromId(written.get().text());
    if (dialect.isEmpty()) {
      throw new InputException(written.get().span(),
          "unknown dialect " + written.get().describe() + "; known dialects are " + Dialect.knownIds());
    }
    return dialect;
  }
}
