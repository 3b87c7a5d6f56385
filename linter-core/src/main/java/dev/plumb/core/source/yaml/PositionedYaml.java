package dev.plumb.core.source.yaml;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.source.InputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML document into {@link YamlNode}s that keep the line and column of every mapping, list and
 * scalar. Jackson's tree model drops positions, so the tree is built here from the parser's tokens.
 */
public final class PositionedYaml {

  private static final YAMLFactory FACTORY = new YAMLFactory();

  private final String file;

  private PositionedYaml(String file) {
    this.file = file;
  }

  /**
   * The document's root, or empty for a document with no content (nothing, only comments, or a bare null).
   *
   * @param displayName the file name put into spans and messages
   */
  public static Optional<YamlNode> parse(String content, String displayName) throws InputException {
    requireNonNull(content, "no content given");
    requireNonNull(displayName, "no display name given");
    return new PositionedYaml(displayName).parseDocument(content);
  }

  private Optional<YamlNode> parseDocument(String content) throws InputException {
    try (JsonParser parser = FACTORY.createParser(content)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return Optional.empty();
      }
      YamlNode root = read(parser, first);
      JsonToken after = parser.nextToken();
      if (after != null) {
        throw new InputException(spanOf(parser), "only one YAML document is allowed per file; remove the '---' and what follows");
      }
      return root instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.NULL
          ? Optional.empty() : Optional.of(root);
    } catch (JsonProcessingException e) {
      throw syntaxError(e);
    } catch (IOException e) {
      // The content is already in memory; a Jackson I/O failure here can only be a parse failure.
      throw new InputException(SourceSpan.fileStart(file), "invalid YAML: " + oneLine(e.getMessage()));
    }
  }

  private YamlNode read(JsonParser parser, JsonToken token) throws IOException, InputException {
    SourceSpan at = spanOf(parser);
    return switch (token) {
      case START_OBJECT -> readMapping(parser, at);
      case START_ARRAY -> readSequence(parser, at);
      default -> readScalar(parser, token, at);
    };
  }

  private YamlMapping readMapping(JsonParser parser, SourceSpan at) throws IOException, InputException {
    List<YamlMapping.Entry> entries = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      SourceSpan keySpan = spanOf(parser);
      for (YamlMapping.Entry earlier : entries) {
        if (earlier.key().equals(key)) {
          throw new InputException(keySpan, "duplicate key '" + key + "'; first given at line " + earlier.keySpan().line());
        }
      }
      entries.add(new YamlMapping.Entry(key, keySpan, read(parser, parser.nextToken())));
    }
    if (token != JsonToken.END_OBJECT) {
      throw new InputException(spanOf(parser), "invalid YAML: unexpected " + token + " in a mapping");
    }
    return new YamlMapping(entries, at);
  }

  private YamlSequence readSequence(JsonParser parser, SourceSpan at) throws IOException, InputException {
    List<YamlNode> items = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        throw new InputException(spanOf(parser), "invalid YAML: the list does not end");
      }
      items.add(read(parser, token));
    }
    return new YamlSequence(items, at);
  }

  private YamlScalar readScalar(JsonParser parser, JsonToken token, SourceSpan at) throws IOException, InputException {
    String text = parser.getText();
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      throw new InputException(at, "YAML aliases (*" + text + ") are not supported; write the value out");
    }
    YamlScalar.Kind kind = switch (token) {
      case VALUE_NUMBER_INT -> YamlScalar.Kind.INTEGER;
      case VALUE_NUMBER_FLOAT -> YamlScalar.Kind.FLOAT;
      case VALUE_NULL -> YamlScalar.Kind.NULL;
      // Jackson reads YAML 1.1, where on/off/yes/no are booleans; editors and JSON Schema use 1.2 and see text.
      case VALUE_TRUE, VALUE_FALSE -> isYaml12Boolean(text) ? YamlScalar.Kind.BOOLEAN : YamlScalar.Kind.STRING;
      case VALUE_STRING -> YamlScalar.Kind.STRING;
      default -> throw new InputException(at, "invalid YAML: unexpected " + token);
    };
    String normalized = kind == YamlScalar.Kind.BOOLEAN ? text.toLowerCase(Locale.ROOT) : text;
    return new YamlScalar(kind == YamlScalar.Kind.NULL ? "" : normalized, kind, at);
  }

  private static boolean isYaml12Boolean(String text) {
    return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false");
  }

  private SourceSpan spanOf(JsonParser parser) {
    return spanOf(parser.currentTokenLocation());
  }

  private SourceSpan spanOf(JsonLocation location) {
    if (location == null) {
      return SourceSpan.fileStart(file);
    }
    return SourceSpan.at(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  private InputException syntaxError(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      Mark problem = marked.getProblemMark();
      SourceSpan at = SourceSpan.at(file, problem.getLine() + 1, problem.getColumn() + 1);
      if (String.valueOf(marked.getProblem()).contains("(TAB)")) {
        return new InputException(at, "invalid YAML: a tab character where YAML allows only spaces");
      }
      StringBuilder message = new StringBuilder("invalid YAML: ").append(marked.getProblem());
      if (marked.getContext() != null && marked.getContextMark() != null) {
        message.append(" (").append(marked.getContext())
            .append(" at line ").append(marked.getContextMark().getLine() + 1).append(')');
      }
      if (String.valueOf(marked.getProblem()).contains("<block end>")) {
        message.append("; check the indentation");
      }
      return new InputException(at, message.toString().replaceAll("\\s*\\R\\s*", " ").strip());
    }
    String original = String.valueOf(e.getOriginalMessage());
    String problem = original.startsWith("Expected a field name")
        ? "keys must be plain text, not a list or a mapping"
        : original.replaceAll("<org\\.yaml[^>]*>", "").strip();
    return new InputException(spanOf(e.getLocation()), "invalid YAML: " + oneLine(problem));
  }

  private static String oneLine(String text) {
    String firstLine = String.valueOf(text).strip().split("\\R", 2)[0];
    return firstLine.strip();
  }
}
