package dev.plumb.core.engine;

import dev.plumb.core.source.TextFiles;
import static java.util.Objects.requireNonNull;

import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.source.InputException;
import dev.plumb.core.source.Suggestions;
import dev.plumb.core.source.migration.MigrationLayouts;
import dev.plumb.core.source.yaml.PositionedYaml;
import dev.plumb.core.source.yaml.DialectKey;
import dev.plumb.core.source.yaml.YamlMapping;
import dev.plumb.core.source.yaml.YamlNode;
import dev.plumb.core.source.yaml.YamlScalar;
import dev.plumb.core.source.yaml.YamlSequence;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/**
 * Reads plumb.yml (format: docs/schema/plumb-config.schema.json). It checks the file's shape and words, not
 * which rules exist: the engine does that with the spans kept here.
 */
public final class PlumbConfigLoader {

  /** Held equal to the JSON Schema's properties by a test, like the expected-schema keys. */
  static final List<String> TOP_KEYS = List.of("dialect", "expected", "failOn", "exclude", "layout",
      "postgresVersion", "assumeInTransaction", "requireSuppressionReason", "rules");
  static final List<String> RULE_KEYS = List.of("severity", "options");

  private static final List<String> LEVELS = List.of("off", "error", "warning", "note");

  public PlumbConfig load(Path file, String displayName) throws InputException {
    requireNonNull(file, "no file given");
    return parse(TextFiles.readText(file, displayName), displayName);
  }

  /** An empty file is a config that sets nothing. */
  public PlumbConfig parse(String content, String displayName) throws InputException {
    requireNonNull(content, "no content given");
    requireNonNull(displayName, "no display name given");
    Optional<YamlNode> root = PositionedYaml.parse(content, displayName);
    if (root.isEmpty()) {
      return new PlumbConfig(Optional.of(displayName), Optional.empty(), Optional.empty(), Optional.empty(),
          List.of(), Optional.empty(), Map.of());
    }
    if (!(root.get() instanceof YamlMapping top)) {
      throw new InputException(root.get().span(),
          "expected a mapping of settings at the top level, got " + root.get().describe());
    }
    top.requireKnownKeys(TOP_KEYS, "at the top level");
    return new PlumbConfig(Optional.of(displayName), DialectKey.read(top), expected(top), failOn(top), exclude(top),
        layout(top), rules(top), postgresVersion(top), top.bool("assumeInTransaction"),
        top.bool("requireSuppressionReason").orElse(false));
  }

  private static Optional<String> expected(YamlMapping top) throws InputException {
    Optional<YamlScalar> written = top.text("expected");
    if (written.isPresent() && written.get().text().isBlank()) {
      throw new InputException(written.get().span(), "'expected' must not be empty");
    }
    return written.map(YamlScalar::text);
  }

  private static Optional<FailOn> failOn(YamlMapping top) throws InputException {
    Optional<YamlScalar> written = top.text("failOn");
    if (written.isEmpty()) {
      return Optional.empty();
    }
    Optional<FailOn> failOn = FailOn.fromId(written.get().text());
    if (failOn.isEmpty()) {
      throw new InputException(written.get().span(),
          "'failOn' must be error, warning, note or never, got " + written.get().describe()
              + didYouMean(written.get().text(), FailOn.ids()));
    }
    return failOn;
  }

  private static Optional<String> layout(YamlMapping top) throws InputException {
    Optional<YamlScalar> written = top.text("layout");
    if (written.isPresent() && !MigrationLayouts.isKnown(written.get().text())) {
      throw new InputException(written.get().span(), "unknown layout " + written.get().describe() + "; known "
          + "layouts are " + String.join(", ", MigrationLayouts.ids()) + didYouMean(written.get().text(),
          MigrationLayouts.ids()));
    }
    return written.map(YamlScalar::text);
  }

  /** A YAML number ({@code 16}, {@code 16.2}) or text ({@code "16"}); only the major version is kept. */
  private static Optional<Integer> postgresVersion(YamlMapping top) throws InputException {
    Optional<YamlNode> written = top.get("postgresVersion");
    if (written.isEmpty()) {
      return Optional.empty();
    }
    Optional<Integer> major = written.get() instanceof YamlScalar scalar ? PostgresVersion.major(scalar.text())
        : Optional.empty();
    if (major.isEmpty()) {
      throw new InputException(written.get().span(), "'postgresVersion' must be " + PostgresVersion.EXPECTED
          + ", got " + written.get().describe());
    }
    return major;
  }

  /** Globs are compiled once here so that a broken one is reported at its line, not when files are walked. */
  private static List<String> exclude(YamlMapping top) throws InputException {
    List<String> globs = new ArrayList<>();
    for (YamlScalar glob : top.texts("exclude").orElse(List.of())) {
      if (glob.text().isBlank()) {
        throw new InputException(glob.span(), "an 'exclude' glob must not be empty");
      }
      try {
        FileSystems.getDefault().getPathMatcher("glob:" + glob.text());
      } catch (PatternSyntaxException e) {
        throw new InputException(glob.span(), "cannot read glob '" + glob.text() + "': " + e.getDescription());
      }
      globs.add(glob.text());
    }
    return globs;
  }

  private static Map<String, RuleSetting> rules(YamlMapping top) throws InputException {
    Map<String, RuleSetting> rules = new LinkedHashMap<>();
    Optional<YamlMapping> written = top.mapping("rules");
    if (written.isPresent()) {
      for (YamlMapping.Entry entry : written.get().entries()) {
        rules.put(entry.key(), rule(entry));
      }
    }
    return rules;
  }

  private static RuleSetting rule(YamlMapping.Entry entry) throws InputException {
    String id = entry.key();
    if (id.isBlank()) {
      throw new InputException(entry.keySpan(), "a rule id must not be empty");
    }
    if (entry.value() instanceof YamlMapping setting) {
      setting.requireKnownKeys(RULE_KEYS, "in rule '" + id + "'");
      Optional<YamlScalar> level = setting.text("severity");
      Optional<String> word = level.isPresent() ? Optional.of(level(level.get(), "'severity'")) : Optional.empty();
      Map<String, OptionValue> options = new LinkedHashMap<>();
      Optional<YamlMapping> written = setting.mapping("options");
      if (written.isPresent()) {
        for (YamlMapping.Entry option : written.get().entries()) {
          options.put(option.key(), option(id, option));
        }
      }
      return setting(id, word, options, entry);
    }
    if (entry.value() instanceof YamlScalar scalar && scalar.kind() != YamlScalar.Kind.NULL) {
      return setting(id, Optional.of(level(scalar, "rule '" + id + "'")), Map.of(), entry);
    }
    throw new InputException(entry.value().span(), "rule '" + id + "' must be off, error, warning, note or a mapping"
        + " with 'severity' and 'options', got " + entry.value().describe());
  }

  private static RuleSetting setting(String id, Optional<String> level, Map<String, OptionValue> options,
                                     YamlMapping.Entry entry) {
    boolean off = level.equals(Optional.of("off"));
    Optional<Severity> severity = off ? Optional.empty() : level.flatMap(Severity::fromId);
    return new RuleSetting(id, severity, off, options, entry.keySpan());
  }

  /** One of off, error, warning, note, lower-cased. */
  private static String level(YamlScalar written, String what) throws InputException {
    String word = written.text().strip().toLowerCase(Locale.ROOT);
    if (!LEVELS.contains(word)) {
      throw new InputException(written.span(), what + " must be off, error, warning or note, got "
          + written.describe() + didYouMean(word, LEVELS));
    }
    return word;
  }

  private static OptionValue option(String ruleId, YamlMapping.Entry option) throws InputException {
    String what = "option '" + option.key() + "' of rule '" + ruleId + "'";
    YamlNode value = option.value();
    if (value instanceof YamlSequence list) {
      List<String> texts = new ArrayList<>();
      for (YamlScalar item : list.texts(what)) {
        texts.add(item.text());
      }
      return new OptionValue(option.key(), texts, option.keySpan());
    }
    if (value instanceof YamlScalar scalar) {
      Object typed = switch (scalar.kind()) {
        case BOOLEAN -> Boolean.valueOf(scalar.text());
        case INTEGER -> wholeNumber(scalar, what);
        case STRING -> scalar.text();
        case FLOAT, NULL -> null;
      };
      if (typed != null) {
        return new OptionValue(option.key(), typed, option.keySpan());
      }
    }
    throw new InputException(value.span(), what + " must be true or false, a whole number, text or a list of text, got "
        + value.describe());
  }

  private static Integer wholeNumber(YamlScalar scalar, String what) throws InputException {
    try {
      return Integer.valueOf(scalar.text().replace("_", ""));
    } catch (NumberFormatException e) {
      throw new InputException(scalar.span(), what + " must be a whole number between "
          + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE + ", got " + scalar.describe());
    }
  }

  private static String didYouMean(String given, List<String> words) {
    return Suggestions.nearest(given, words).map(near -> "; did you mean '" + near + "'?").orElse("");
  }
}
