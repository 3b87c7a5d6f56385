package dev.plumb.core.source.yaml;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.source.InputException;
import dev.plumb.core.source.Suggestions;
import java.util.List;
import java.util.Optional;

/**
 * A YAML mapping with its keys in written order; keys are unique (the reader rejects duplicates).
 * The typed getters name the key in their messages ({@code 'required' must be true or false, got 'yes'}) and
 * point at the offending value.
 */
public record YamlMapping(List<Entry> entries, SourceSpan span) implements YamlNode {

  /** One {@code key: value} pair; the key's own position is where messages about the key point. */
  public record Entry(String key, SourceSpan keySpan, YamlNode value) {

    public Entry {
      requireNonNull(key, "no key given");
      requireNonNull(keySpan, "no key span given");
      requireNonNull(value, "no value given for key " + key);
    }
  }

  public YamlMapping {
    entries = List.copyOf(requireNonNull(entries, "no entries given"));
    requireNonNull(span, "no span given");
  }

  @Override
  public String describe() {
    return "a mapping";
  }

  public Optional<YamlNode> get(String key) {
    return entry(key).map(Entry::value);
  }

  public Optional<Entry> entry(String key) {
    return entries.stream().filter(e -> e.key().equals(key)).findFirst();
  }

  /**
   * Fails on the first key not in {@code known}, suggesting the nearest known key or listing them all.
   *
   * @param where how the mapping is named after the key, e.g. {@code "in column"}, {@code "at the top level"}
   */
  public void requireKnownKeys(List<String> known, String where) throws InputException {
    for (Entry entry : entries) {
      if (!known.contains(entry.key())) {
        String hint = Suggestions.nearest(entry.key(), known)
            .map(near -> "did you mean '" + near + "'?")
            .orElse("valid keys are " + String.join(", ", known));
        if (entry.key().endsWith(")") && !entry.key().contains("(")) {
          // {type: numeric(10,2)} splits at the comma: YAML flow mappings know nothing of parentheses.
          hint = "a comma inside { } separates entries, so quote a value that holds one, e.g. type: \"numeric(10,2)\"";
        }
        throw new InputException(entry.keySpan(), "unknown key '" + entry.key() + "' " + where + "; " + hint);
      }
    }
  }

  public YamlNode require(String key, String where) throws InputException {
    Optional<YamlNode> value = get(key);
    if (value.isEmpty()) {
      throw new InputException(span, "missing key '" + key + "' " + where);
    }
    return value.get();
  }

  public Optional<YamlScalar> text(String key) throws InputException {
    Optional<YamlNode> value = get(key);
    return value.isEmpty() ? Optional.empty() : Optional.of(value.get().asText(quoted(key)));
  }

  public YamlScalar requiredText(String key, String where) throws InputException {
    return require(key, where).asText(quoted(key));
  }

  public Optional<Boolean> bool(String key) throws InputException {
    Optional<YamlNode> value = get(key);
    return value.isEmpty() ? Optional.empty() : Optional.of(value.get().asBoolean(quoted(key)));
  }

  public Optional<YamlSequence> sequence(String key) throws InputException {
    Optional<YamlNode> value = get(key);
    return value.isEmpty() ? Optional.empty() : Optional.of(value.get().asSequence(quoted(key)));
  }

  public Optional<YamlMapping> mapping(String key) throws InputException {
    Optional<YamlNode> value = get(key);
    return value.isEmpty() ? Optional.empty() : Optional.of(value.get().asMapping(quoted(key)));
  }

  /** A list of text under {@code key}; an item that is not text fails at that item. */
  public Optional<List<YamlScalar>> texts(String key) throws InputException {
    Optional<YamlSequence> list = sequence(key);
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get().texts(quoted(key)));
  }

  private static String quoted(String key) {
    return "'" + key + "'";
  }
}
