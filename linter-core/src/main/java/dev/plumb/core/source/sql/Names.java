package dev.plumb.core.source.sql;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.schema.Table;

/** Turns names as JSqlParser returns them (quotes kept) into catalog names and object paths for the dialect. */
final class Names {

  private final Dialect dialect;

  Names(Dialect dialect) {
    this.dialect = requireNonNull(dialect, "no dialect given");
  }

  Dialect dialect() {
    return dialect;
  }

  String identifier(String written) {
    String raw = written.strip();
    // SQLite takes a string where it expects a name: CREATE TABLE 'notes' (...) creates notes.
    if (dialect == Dialect.SQLITE && raw.length() >= 2 && raw.startsWith("'") && raw.endsWith("'")) {
      return raw.substring(1, raw.length() - 1).replace("''", "'");
    }
    return dialect.normalizeIdentifier(written);
  }

  List<String> identifiers(List<String> written) {
    return written == null ? List.of() : written.stream().map(this::identifier).toList();
  }

  /** The path of a table-like object (table, view, sequence, index) named by JSqlParser. */
  ObjectPath path(Table table) {
    return inSchema(Optional.ofNullable(table.getSchemaName()), table.getName());
  }

  ObjectPath inSchema(Optional<String> writtenSchema, String writtenName) {
    String schema = writtenSchema.filter(s -> !s.isBlank()).map(this::identifier).orElse(dialect.defaultSchema());
    return ObjectPath.of(schema, identifier(writtenName));
  }

  /** The path of a possibly schema-qualified name written as one string, such as {@code app."Mood"}. */
  ObjectPath qualified(String written) {
    List<String> parts = splitDotted(written.strip());
    String name = parts.get(parts.size() - 1);
    Optional<String> schema = parts.size() > 1 ? Optional.of(parts.get(parts.size() - 2)) : Optional.empty();
    return inSchema(schema, name);
  }

  /** Splits on dots outside quoted parts. */
  static List<String> splitDotted(String written) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    char quote = 0;
    for (char c : written.toCharArray()) {
      if (quote != 0) {
        if (c == quote || (quote == '[' && c == ']')) {
          quote = 0;
        }
      } else if (c == '"' || c == '`' || c == '[') {
        quote = c;
      } else if (c == '.') {
        parts.add(part.toString());
        part.setLength(0);
        continue;
      }
      part.append(c);
    }
    parts.add(part.toString());
    return parts;
  }
}
