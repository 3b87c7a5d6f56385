package dev.plumb.core.report.yaml;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.Column;
import dev.plumb.core.model.ColumnGeneration;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ForeignKey;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.IndexKey;
import dev.plumb.core.model.ReferentialAction;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes a schema as an expected-schema YAML file (docs/schema/expected-schema.schema.json), so that a team can
 * start from what its migrations build today and keep the file under review. Loaded back, the file expects
 * exactly the schema it was written from: every table, column, primary key, index and foreign key.
 *
 * <p>The output is the same for the same schema: tables in the default schema first, then by schema and name;
 * columns in declaration order. Columns, indexes and foreign keys are one flow mapping per line, as people
 * write them. What the format cannot express (an index on an expression, a partial index) is left out with a
 * comment saying so.
 */
public final class ExpectedSchemaYamlWriter {

  private static final String TABLE_INDENT = "  ";
  private static final String KEY_INDENT = "    ";
  private static final String ITEM_INDENT = "      ";

  /** The document, without a header comment. */
  public String write(Schema schema) {
    return write(schema, List.of());
  }

  /**
   * The document, after a comment made of {@code headerLines} (each becomes one {@code #} line).
   */
  public String write(Schema schema, List<String> headerLines) {
    requireNonNull(schema, "no schema given");
    requireNonNull(headerLines, "no header lines given");
    StringBuilder yaml = new StringBuilder();
    for (String line : headerLines) {
      yaml.append(comment("", line));
    }
    yaml.append("dialect: ").append(schema.dialect().id()).append('\n');
    List<Table> tables = sorted(schema);
    if (tables.isEmpty()) {
      return yaml.append("tables: []\n").toString();
    }
    yaml.append("tables:\n");
    Names names = new Names(schema.dialect());
    for (int i = 0; i < tables.size(); i++) {
      if (i > 0) {
        yaml.append('\n');
      }
      new TableWriter(names, tables.get(i), yaml).write();
    }
    return yaml.toString();
  }

  private static List<Table> sorted(Schema schema) {
    String defaultSchema = schema.dialect().defaultSchema();
    return schema.allTables().stream()
        .sorted(Comparator.comparing((Table t) -> !t.schema().equals(defaultSchema)).thenComparing(Table::path))
        .toList();
  }

  private static String comment(String indent, String text) {
    String line = YamlScalars.commentText(text);
    return indent + (line.isEmpty() ? "#" : "# " + line) + '\n';
  }

  /** Writes catalog names so that the loader, folding them for the dialect, gets the same names back. */
  private record Names(Dialect dialect) {

    String name(String catalogName) {
      boolean bare = catalogName.matches("[A-Za-z_][A-Za-z0-9_$]*")
          && dialect.normalizeIdentifier(catalogName).equals(catalogName);
      return YamlScalars.text(bare ? catalogName : dialect.quoteIfNeeded(catalogName));
    }

    String list(List<String> catalogNames) {
      return catalogNames.stream().map(this::name).collect(Collectors.joining(", ", "[", "]"));
    }
  }

  /** Appends one entry of {@code tables:}. */
  private static final class TableWriter {

    private final Names names;
    private final Table table;
    private final StringBuilder yaml;

    TableWriter(Names names, Table table, StringBuilder yaml) {
      this.names = names;
      this.table = table;
      this.yaml = yaml;
    }

    void write() {
      yaml.append(TABLE_INDENT).append("- name: ").append(names.name(table.name())).append('\n');
      if (!table.schema().equals(names.dialect().defaultSchema())) {
        key("schema", names.name(table.schema()));
      }
      table.comment().ifPresent(text -> key("description", YamlScalars.text(text)));
      if (!table.columns().isEmpty()) {
        yaml.append(KEY_INDENT).append("columns:\n");
        table.columns().forEach(column -> item(column(column)));
      }
      table.primaryKey().ifPresent(key -> key("primaryKey", names.list(key.columns())));
      writeIndexes();
      if (!table.foreignKeys().isEmpty()) {
        yaml.append(KEY_INDENT).append("foreignKeys:\n");
        table.foreignKeys().forEach(key -> item(foreignKey(key)));
      }
    }

    private String column(Column column) {
      List<String> fields = new ArrayList<>();
      fields.add("name: " + names.name(column.name()));
      fields.add("type: " + YamlScalars.text(column.type().toSql()));
      fields.add("nullable: " + column.nullable());
      if (column.defaultExpression().isPresent()) {
        fields.add("default: " + YamlScalars.textOrInteger(column.defaultExpression().get()));
      } else if (column.generation() != ColumnGeneration.NONE) {
        fields.add("hasDefault: true");
      }
      column.comment().ifPresent(text -> fields.add("description: " + YamlScalars.text(text)));
      return flow(fields);
    }

    /** Indexes, then unique constraints, which the format counts as unique indexes; then what was left out. */
    private void writeIndexes() {
      List<String> items = new ArrayList<>();
      List<String> leftOut = new ArrayList<>();
      for (Index index : table.indexes()) {
        String why = whyLeftOut(index);
        if (why.isEmpty()) {
          items.add(index(index));
        } else {
          leftOut.add("index " + index.name() + " is not listed: " + why);
        }
      }
      for (UniqueConstraint unique : table.uniqueConstraints()) {
        // Unnamed on purpose: a name would make the loader look for an index, and a constraint is none.
        items.add(flow(List.of("columns: " + names.list(unique.columns()), "unique: true"))
            + unique.name().map(n -> "  # UNIQUE constraint " + YamlScalars.commentText(n)).orElse(""));
      }
      if (!items.isEmpty()) {
        yaml.append(KEY_INDENT).append("indexes:\n");
        items.forEach(this::item);
      }
      leftOut.forEach(text -> yaml.append(comment(KEY_INDENT, text)));
    }

    private static String whyLeftOut(Index index) {
      List<String> expressions = index.keys().stream().filter(IndexKey::expression).map(IndexKey::text).toList();
      if (!expressions.isEmpty()) {
        return "it is on an expression (" + String.join(", ", expressions)
            + "), which expected-schema files cannot describe";
      }
      return index.predicate().map(where -> "it is partial (WHERE " + where
          + "), which expected-schema files cannot describe").orElse("");
    }

    private String index(Index index) {
      List<String> fields = new ArrayList<>();
      fields.add("name: " + names.name(index.name()));
      fields.add("columns: " + names.list(index.columnNames()));
      if (index.unique()) {
        fields.add("unique: true");
      }
      return flow(fields);
    }

    private String foreignKey(ForeignKey key) {
      List<String> target = new ArrayList<>();
      target.add("table: " + names.name(key.referencedTable().name()));
      String targetSchema = key.referencedTable().parent().name();
      if (key.referencedTable().depth() > 1 && !targetSchema.equals(table.schema())) {
        target.add("schema: " + names.name(targetSchema));
      }
      if (!key.referencedColumns().isEmpty()) {
        target.add("columns: " + names.list(key.referencedColumns()));
      }
      List<String> fields = new ArrayList<>();
      fields.add("columns: " + names.list(key.columns()));
      fields.add("references: " + flow(target));
      if (key.onDelete() != ReferentialAction.NO_ACTION) {
        fields.add("onDelete: " + action(key.onDelete()));
      }
      if (key.onUpdate() != ReferentialAction.NO_ACTION) {
        fields.add("onUpdate: " + action(key.onUpdate()));
      }
      return flow(fields);
    }

    private static String action(ReferentialAction action) {
      return action.sql().toLowerCase(Locale.ROOT);
    }

    private void key(String key, String value) {
      yaml.append(KEY_INDENT).append(key).append(": ").append(value).append('\n');
    }

    private void item(String flowMapping) {
      yaml.append(ITEM_INDENT).append("- ").append(flowMapping).append('\n');
    }

    private static String flow(List<String> fields) {
      return "{ " + String.join(", ", fields) + " }";
    }
  }
}
