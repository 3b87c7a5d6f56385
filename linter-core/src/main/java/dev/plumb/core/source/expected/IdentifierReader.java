package dev.plumb.core.source.expected;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.source.InputException;
import dev.plumb.core.source.yaml.YamlMapping;
import dev.plumb.core.source.yaml.YamlNode;
import dev.plumb.core.source.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;

/** Turns names written in the YAML into catalog names the way the dialect folds them. */
final class IdentifierReader {

  private final Dialect dialect;

  IdentifierReader(Dialect dialect) {
    this.dialect = dialect;
  }

  String identifier(YamlScalar written, String key) throws InputException {
    String name = dialect.normalizeIdentifier(written.text());
    if (name.isBlank()) {
      throw new InputException(written.span(), "'" + key + "' must not be empty");
    }
    return name;
  }

  /** A required, non-empty list of column names without repeats under {@code key}. */
  List<String> columns(YamlMapping mapping, String key, String where) throws InputException {
    return columns(mapping.require(key, where), key);
  }

  /** The list of column names {@code node}, written under {@code key}. */
  List<String> columns(YamlNode node, String key) throws InputException {
    List<YamlScalar> written = node.asSequence("'" + key + "'").texts("'" + key + "'");
    if (written.isEmpty()) {
      throw new InputException(node.span(), "'" + key + "' must name at least one column");
    }
    List<String> names = new ArrayList<>(written.size());
    for (YamlScalar item : written) {
      String name = identifier(item, key);
      if (names.contains(name)) {
        throw new InputException(item.span(), "column '" + name + "' is listed twice in '" + key + "'");
      }
      names.add(name);
    }
    return names;
  }

  /** {@code table} or {@code schema.table}, split at dots outside quotes, each part folded. */
  List<String> qualifiedName(YamlScalar written, String key) throws InputException {
    List<String> parts = new ArrayList<>();
    String text = written.text();
    StringBuilder part = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote == 0 && c == '.') {
        parts.add(part.toString());
        part.setLength(0);
        continue;
      }
      if (quote == 0 && (c == '"' || c == '`')) {
        quote = c;
      } else if (c == quote) {
        quote = 0;
      }
      part.append(c);
    }
    parts.add(part.toString());
    if (parts.size() > 2) {
      throw new InputException(written.span(), "'" + key + "' must be a table or schema.table, got '" + text + "'");
    }
    List<String> names = new ArrayList<>(parts.size());
    for (String each : parts) {
      names.add(identifier(new YamlScalar(each, written.kind(), written.span()), key));
    }
    return names;
  }
}
