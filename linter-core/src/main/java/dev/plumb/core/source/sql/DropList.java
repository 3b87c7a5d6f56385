package dev.plumb.core.source.sql;

import dev.plumb.core.model.ObjectPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The object list of a DROP read by a grammar: {@code name [, name]... [CASCADE | RESTRICT]}. */
final class DropList {

  private DropList() {
  }

  /** The names, qualified in the default schema where written bare; empty if a name is missing. */
  static Optional<List<ObjectPath>> read(TokenCursor t, Names names) {
    List<ObjectPath> dropped = new ArrayList<>();
    do {
      Optional<String> name = t.qualifiedName();
      if (name.isEmpty()) {
        return Optional.empty();
      }
      dropped.add(names.qualified(name.get()));
    } while (t.acceptSymbol(','));
    t.acceptAny("CASCADE", "RESTRICT");
    return Optional.of(dropped);
  }
}
