package dev.plumb.core.source.expected;

import dev.plumb.core.source.TextFiles;
import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.expected.ExpectedSchema;
import dev.plumb.core.model.expected.ExpectedTable;
import dev.plumb.core.source.InputException;
import dev.plumb.core.source.yaml.PositionedYaml;
import dev.plumb.core.source.yaml.DialectKey;
import dev.plumb.core.source.yaml.YamlMapping;
import dev.plumb.core.source.yaml.YamlNode;
import dev.plumb.core.source.yaml.YamlScalar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an expected-schema YAML file (format: docs/schema/expected-schema.schema.json) into an
 * {@link ExpectedSchema}, keeping where each table, column and key was written so findings can point there.
 * Anything it cannot use stops the load with one {@code file:line:column: message}.
 */
public final class ExpectedSchemaLoader {

  public ExpectedSchema load(Path file, String displayName, Dialect defaultDialect) throws InputException {
    requireNonNull(file, "no file given");
    return parse(TextFiles.readText(file, displayName), displayName, defaultDialect);
  }

  /**
   * Reads the text of an expected-schema file.
   *
   * @param displayName the file name used in spans and messages
   * @param defaultDialect the dialect used when the file has no {@code dialect:}
   */
  public ExpectedSchema parse(String content, String displayName, Dialect defaultDialect) throws InputException {
    requireNonNull(content, "no content given");
    requireNonNull(displayName, "no display name given");
    requireNonNull(defaultDialect, "no default dialect given");
    Optional<YamlNode> root = PositionedYaml.parse(content, displayName);
    if (root.isEmpty()) {
      throw new InputException(SourceSpan.fileStart(displayName), "the file is empty; expected a mapping with 'tables'");
    }
    if (!(root.get() instanceof YamlMapping top)) {
      throw new InputException(root.get().span(),
          "expected a mapping with 'tables' at the top level, got " + root.get().describe());
    }
    top.requireKnownKeys(ExpectedSchemaKeys.TOP, "at the top level");
    checkVersion(top);
    Dialect dialect = DialectKey.read(top).orElse(defaultDialect);

    ExpectedTableReader reader = new ExpectedTableReader(dialect);
    List<ExpectedTable> tables = new ArrayList<>();
    Map<ObjectPath, ExpectedTable> byPath = new HashMap<>();
    for (YamlNode item : top.require("tables", "at the top level").asSequence("'tables'").items()) {
      ExpectedTable table = reader.read(item.asMapping("each entry of 'tables'"));
      ExpectedTable earlier = byPath.putIfAbsent(table.path(), table);
      if (earlier != null) {
        throw new InputException(table.span(),
            "duplicate table '" + table.path() + "'; first defined at line " + earlier.span().line());
      }
      tables.add(table);
    }
    return new ExpectedSchema(displayName, dialect, tables);
  }

  private static void checkVersion(YamlMapping top) throws InputException {
    Optional<YamlScalar> version = top.text("version");
    if (version.isPresent() && !(version.get().kind() == YamlScalar.Kind.INTEGER && version.get().text().equals("1"))) {
      throw new InputException(version.get().span(), "'version' must be 1, got " + version.get().describe());
    }
  }
}
