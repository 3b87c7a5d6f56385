package dev.plumb.core.source.expected;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.ReferentialAction;
import dev.plumb.core.model.expected.ExpectedForeignKey;
import dev.plumb.core.model.expected.ExpectedIndex;
import dev.plumb.core.model.expected.ExpectedPrimaryKey;
import dev.plumb.core.source.InputException;
import dev.plumb.core.source.yaml.YamlMapping;
import dev.plumb.core.source.yaml.YamlNode;
import dev.plumb.core.source.yaml.YamlScalar;
import dev.plumb.core.source.yaml.YamlSequence;
import java.util.List;
import java.util.Optional;

/** Reads a table's primary key, indexes and foreign keys. */
final class ExpectedKeyReader {

  private static final String ACTIONS = "no action, restrict, cascade, set null or set default";

  private final IdentifierReader names;

  ExpectedKeyReader(IdentifierReader names) {
    this.names = names;
  }

  /** Either a list of columns or a mapping with {@code columns} and an optional {@code name}. */
  Optional<ExpectedPrimaryKey> primaryKey(YamlMapping table) throws InputException {
    Optional<YamlNode> node = table.get("primaryKey");
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof YamlSequence) {
      return Optional.of(new ExpectedPrimaryKey(names.columns(node.get(), "primaryKey"), node.get().span()));
    }
    if (node.get() instanceof YamlMapping key) {
      key.requireKnownKeys(ExpectedSchemaKeys.PRIMARY_KEY, "in primary key");
      Optional<String> name = optionalIdentifier(key, "name");
      return Optional.of(new ExpectedPrimaryKey(name, names.columns(key, "columns", "in primary key"), key.span()));
    }
    throw new InputException(node.get().span(),
        "'primaryKey' must be a list of columns or a mapping with 'columns', got " + node.get().describe());
  }

  ExpectedIndex index(YamlMapping index) throws InputException {
    index.requireKnownKeys(ExpectedSchemaKeys.INDEX, "in index");
    return new ExpectedIndex(optionalIdentifier(index, "name"), names.columns(index, "columns", "in index"),
        index.bool("unique"), index.span());
  }

  /** An unqualified referenced table is taken to be in the referencing table's schema. */
  ExpectedForeignKey foreignKey(YamlMapping key, ObjectPath table) throws InputException {
    key.requireKnownKeys(ExpectedSchemaKeys.FOREIGN_KEY, "in foreign key");
    Optional<String> name = optionalIdentifier(key, "name");
    List<String> columns = names.columns(key, "columns", "in foreign key");
    YamlMapping references = key.require("references", "in foreign key").asMapping("'references'");
    references.requireKnownKeys(ExpectedSchemaKeys.REFERENCES, "in references");
    YamlScalar targetText = references.requiredText("table", "in references");
    List<String> target = names.qualifiedName(targetText, "table");
    Optional<YamlScalar> schemaText = references.text("schema");
    if (target.size() == 2 && schemaText.isPresent()) {
      throw new InputException(schemaText.get().span(),
          "the referenced schema is given twice: in 'table' and in 'schema'; keep one");
    }
    String schema = target.size() == 2 ? target.get(0)
        : schemaText.isPresent() ? names.identifier(schemaText.get(), "schema") : table.parts().get(0);
    // Left out, the referenced columns are the target's primary key, as in SQL's REFERENCES t.
    Optional<YamlNode> referencedNode = references.entry("columns").map(YamlMapping.Entry::value);
    List<String> referencedColumns = referencedNode.isEmpty() ? List.of()
        : names.columns(referencedNode.get(), "columns");
    if (referencedNode.isPresent() && referencedColumns.size() != columns.size()) {
      throw new InputException(references.span(), "the foreign key has " + count(columns.size())
          + " but references " + count(referencedColumns.size()));
    }
    return new ExpectedForeignKey(name, columns, ObjectPath.of(schema, target.get(target.size() - 1)),
        referencedColumns, action(key, "onDelete"), action(key, "onUpdate"), key.span());
  }

  private Optional<ReferentialAction> action(YamlMapping key, String field) throws InputException {
    Optional<YamlScalar> written = key.text(field);
    if (written.isEmpty()) {
      return Optional.empty();
    }
    Optional<ReferentialAction> action = ReferentialAction.fromText(written.get().text());
    if (action.isEmpty()) {
      throw new InputException(written.get().span(),
          "'" + field + "' must be " + ACTIONS + ", got " + written.get().describe());
    }
    return action;
  }

  private Optional<String> optionalIdentifier(YamlMapping mapping, String key) throws InputException {
    Optional<YamlScalar> written = mapping.text(key);
    return written.isEmpty() ? Optional.empty() : Optional.of(names.identifier(written.get(), key));
  }

  private static String count(int columns) {
    return columns == 1 ? "1 column" : columns + " columns";
  }
}
