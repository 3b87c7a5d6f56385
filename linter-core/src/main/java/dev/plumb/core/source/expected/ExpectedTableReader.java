package dev.plumb.core.source.expected;

import dev.plumb.core.model.DataType;
import dev.plumb.core.model.DataTypes;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.expected.ExpectedColumn;
import dev.plumb.core.model.expected.ExpectedForeignKey;
import dev.plumb.core.model.expected.ExpectedIndex;
import dev.plumb.core.model.expected.ExpectedTable;
import dev.plumb.core.model.expected.ExtraColumns;
import dev.plumb.core.source.InputException;
import dev.plumb.core.source.yaml.YamlMapping;
import dev.plumb.core.source.yaml.YamlNode;
import dev.plumb.core.source.yaml.YamlScalar;
import dev.plumb.core.source.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one entry of {@code tables:} with its columns and keys, in the file's dialect. */
final class ExpectedTableReader {

  private final Dialect dialect;
  private final IdentifierReader names;
  private final ExpectedKeyReader keys;

  ExpectedTableReader(Dialect dialect) {
    this.dialect = dialect;
    this.names = new IdentifierReader(dialect);
    this.keys = new ExpectedKeyReader(names);
  }

  ExpectedTable read(YamlMapping table) throws InputException {
    table.requireKnownKeys(ExpectedSchemaKeys.TABLE, "in table");
    String name = names.identifier(table.requiredText("name", "in table"), "name");
    Optional<YamlScalar> schemaText = table.text("schema");
    String schema = schemaText.isPresent() ? names.identifier(schemaText.get(), "schema") : dialect.defaultSchema();
    ObjectPath path = ObjectPath.of(schema, name);
    boolean required = table.bool("required").orElse(true);
    table.text("description");

    List<ExpectedColumn> columns = new ArrayList<>();
    for (YamlMapping column : mappings(table, "columns")) {
      ExpectedColumn read = column(column);
      for (ExpectedColumn earlier : columns) {
        if (earlier.name().equals(read.name())) {
          throw new InputException(read.span(), "duplicate column '" + read.name() + "' in table '" + path
              + "'; first defined at line " + earlier.span().line());
        }
      }
      columns.add(read);
    }
    List<ExpectedIndex> indexes = new ArrayList<>();
    for (YamlMapping index : mappings(table, "indexes")) {
      indexes.add(keys.index(index));
    }
    List<ExpectedForeignKey> foreignKeys = new ArrayList<>();
    for (YamlMapping foreignKey : mappings(table, "foreignKeys")) {
      foreignKeys.add(keys.foreignKey(foreignKey, path));
    }
    return new ExpectedTable(path, required, columns, keys.primaryKey(table), indexes, foreignKeys,
        extraColumns(table), table.span());
  }

  private ExpectedColumn column(YamlMapping column) throws InputException {
    column.requireKnownKeys(ExpectedSchemaKeys.COLUMN, "in column");
    String name = names.identifier(column.requiredText("name", "in column"), "name");
    Optional<YamlScalar> typeText = column.text("type");
    Optional<DataType> type = typeText.isPresent() ? Optional.of(type(typeText.get())) : Optional.empty();
    Optional<Boolean> nullable = column.bool("nullable");
    Optional<String> defaultExpression = column.text("default").map(YamlScalar::text);
    Optional<Boolean> hasDefault = column.bool("hasDefault");
    if (defaultExpression.isPresent() && hasDefault.equals(Optional.of(false))) {
      throw new InputException(column.entry("hasDefault").orElseThrow().keySpan(),
          "column '" + name + "' has 'default' and 'hasDefault: false'; keep one");
    }
    column.text("description");
    return new ExpectedColumn(name, type, typeText.map(YamlScalar::text), nullable, defaultExpression, hasDefault,
        column.span());
  }

  private DataType type(YamlScalar written) throws InputException {
    String text = written.text().strip();
    String problem = typeProblem(text);
    if (problem == null) {
      try {
        return DataTypes.of(text, dialect);
      } catch (IllegalArgumentException e) {
        problem = e.getMessage();
      }
    }
    throw new InputException(written.span(), "cannot read type '" + written.text() + "': " + problem);
  }

  /** DataTypes reads almost anything as some type name, so obvious typos are caught before it is asked. */
  private static String typeProblem(String text) {
    if (text.isEmpty()) {
      return "it is empty";
    }
    if (!Character.isLetter(text.charAt(0)) && text.charAt(0) != '_' && text.charAt(0) != '"') {
      return "a type starts with a letter";
    }
    int parentheses = 0;
    int brackets = 0;
    for (char c : text.toCharArray()) {
      parentheses += c == '(' ? 1 : c == ')' ? -1 : 0;
      brackets += c == '[' ? 1 : c == ']' ? -1 : 0;
      if (parentheses < 0 || brackets < 0) {
        break;
      }
    }
    if (parentheses != 0) {
      return "unbalanced parentheses";
    }
    return brackets != 0 ? "unbalanced brackets" : null;
  }

  private ExtraColumns extraColumns(YamlMapping table) throws InputException {
    Optional<YamlScalar> written = table.text("extraColumns");
    if (written.isEmpty()) {
      return ExtraColumns.ALLOW;
    }
    for (ExtraColumns policy : ExtraColumns.values()) {
      if (policy.name().equalsIgnoreCase(written.get().text().strip())) {
        return policy;
      }
    }
    throw new InputException(written.get().span(),
        "'extraColumns' must be allow, warn or error, got " + written.get().describe());
  }

  private static List<YamlMapping> mappings(YamlMapping table, String key) throws InputException {
    Optional<YamlSequence> list = table.sequence(key);
    List<YamlMapping> mappings = new ArrayList<>();
    if (list.isPresent()) {
      for (YamlNode item : list.get().items()) {
        mappings.add(item.asMapping("each entry of '" + key + "'"));
      }
    }
    return mappings;
  }
}
