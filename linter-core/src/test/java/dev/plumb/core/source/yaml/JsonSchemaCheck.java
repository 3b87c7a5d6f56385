package dev.plumb.core.source.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.plumb.core.source.InputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One of the JSON Schemas published in docs/schema, for tests that hold it equal to what a loader accepts.
 * YAML is turned into JSON through {@link PositionedYaml}, so the schema sees the same scalar types the
 * loaders see ({@code off} is text, as in editors).
 */
public final class JsonSchemaCheck {

  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

  private final JsonNode schemaJson;
  private final JsonSchema schema;

  private JsonSchemaCheck(JsonNode schemaJson) {
    this.schemaJson = schemaJson;
    this.schema = FACTORY.getSchema(schemaJson);
  }

  /** Loads {@code docs/schema/<fileName>} from the repository the tests run in. */
  public static JsonSchemaCheck published(String fileName) throws IOException {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("docs/schema"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no docs/schema above " + Path.of("").toAbsolutePath());
    }
    return new JsonSchemaCheck(new ObjectMapper().readTree(dir.resolve("docs/schema").resolve(fileName).toFile()));
  }

  /** What the schema finds wrong with the YAML document; empty when it is valid. */
  public List<String> problems(String yaml) throws InputException {
    JsonNode document = PositionedYaml.parse(yaml, "example.yml").map(JsonSchemaCheck::toJson)
        .orElse(JsonNodeFactory.instance.nullNode());
    return schema.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  /** What the draft-07 meta-schema finds wrong with the published schema itself. */
  public List<String> metaSchemaProblems() {
    JsonSchema metaSchema = FACTORY.getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
    return metaSchema.validate(schemaJson).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  /** The property names of every {@code properties} object in the schema, by the JSON pointer of its owner. */
  public Map<String, Set<String>> propertiesByPointer() {
    Map<String, Set<String>> found = new TreeMap<>();
    collectProperties(schemaJson, "", found);
    return found;
  }

  /** Every {@code description} missing: properties whose schema says nothing for editors to show. */
  public List<String> propertiesWithoutDescription() {
    List<String> missing = new ArrayList<>();
    propertiesByPointer().forEach((pointer, names) -> {
      for (String name : names) {
        if (!schemaJson.at(pointer + "/properties/" + name).has("description")) {
          missing.add(pointer + "/properties/" + name);
        }
      }
    });
    return missing;
  }

  private static void collectProperties(JsonNode node, String pointer, Map<String, Set<String>> found) {
    if (node.isObject()) {
      if (node.path("properties").isObject()) {
        Set<String> names = new TreeSet<>();
        node.get("properties").fieldNames().forEachRemaining(names::add);
        found.put(pointer, names);
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        collectProperties(field.getValue(), pointer + "/" + field.getKey(), found);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectProperties(node.get(i), pointer + "/" + i, found);
      }
    }
  }

  static JsonNode toJson(YamlNode node) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    if (node instanceof YamlMapping mapping) {
      ObjectNode object = json.objectNode();
      mapping.entries().forEach(e -> object.set(e.key(), toJson(e.value())));
      return object;
    }
    if (node instanceof YamlSequence sequence) {
      ArrayNode array = json.arrayNode();
      sequence.items().forEach(item -> array.add(toJson(item)));
      return array;
    }
    YamlScalar scalar = (YamlScalar) node;
    return switch (scalar.kind()) {
      case STRING -> json.textNode(scalar.text());
      case BOOLEAN -> json.booleanNode(Boolean.parseBoolean(scalar.text()));
      case INTEGER -> json.numberNode(new BigInteger(scalar.text().replace("_", "")));
      case FLOAT -> json.numberNode(new BigDecimal(scalar.text()));
      case NULL -> json.nullNode();
    };
  }
}
