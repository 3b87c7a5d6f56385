package dev.plumb.core.source.expected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumb.core.model.DataType;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.ReferentialAction;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.expected.ExpectedColumn;
import dev.plumb.core.model.expected.ExpectedForeignKey;
import dev.plumb.core.model.expected.ExpectedIndex;
import dev.plumb.core.model.expected.ExpectedPrimaryKey;
import dev.plumb.core.model.expected.ExpectedSchema;
import dev.plumb.core.model.expected.ExpectedTable;
import dev.plumb.core.model.expected.ExtraColumns;
import dev.plumb.core.source.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpectedSchemaLoaderTest {

  /** Every feature of the format; also validated against the published JSON Schema. */
  static final String FULL = """
      version: 1
      dialect: postgresql
      tables:
        - name: compliance_checks
          schema: Audit
          description: Periodic compliance checks
          required: true
          columns:
            - { name: id, type: int4, nullable: false }
            - name: next_check
              type: timestamptz
              nullable: false
              hasDefault: true
            - { name: status, type: "varchar(20)", nullable: false, default: "'pending'" }
            - name: '"OwnerId"'
              type: BIGINT
              description: Who asked for the check
          primaryKey: [id]
          indexes:
            - { columns: [next_check] }
            - name: checks_status_idx
              columns: [status, next_check]
              unique: true
          foreignKeys:
            - { columns: ['"OwnerId"'], references: { table: public.users, columns: [id] }, onDelete: cascade, onUpdate: no action }
            - name: checks_owner_fk
              columns: ['"OwnerId"']
              references:
                table: people
                schema: Directory
                columns: [id]
              onDelete: set null
          extraColumns: warn
        - name: users
          required: false
          primaryKey:
            name: users_pkey
            columns: [id]
          extraColumns: error
      """;

  private final ExpectedSchemaLoader loader = new ExpectedSchemaLoader();

  @Test
  void readsEveryFeatureWithPositions() throws InputException {
    ExpectedSchema schema = loader.parse(FULL, "schema.yml", Dialect.MYSQL);

    ObjectPath checks = ObjectPath.of("audit", "compliance_checks");
    ExpectedTable complianceChecks = new ExpectedTable(checks, true,
        List.of(
            new ExpectedColumn("id", Optional.of(DataType.of("integer")), Optional.of("int4"), Optional.of(false),
                Optional.empty(), Optional.empty(), at(9, 9)),
            new ExpectedColumn("next_check", Optional.of(DataType.of("timestamp with time zone")),
                Optional.of("timestamptz"), Optional.of(false), Optional.empty(), Optional.of(true), at(10, 9)),
            new ExpectedColumn("status", Optional.of(DataType.of("character varying").withLength(20)),
                Optional.of("varchar(20)"), Optional.of(false), Optional.of("'pending'"), Optional.empty(), at(14, 9)),
            new ExpectedColumn("OwnerId", Optional.of(DataType.of("bigint")), Optional.of("BIGINT"), Optional.empty(),
                Optional.empty(), Optional.empty(), at(15, 9))),
        Optional.of(new ExpectedPrimaryKey(List.of("id"), at(18, 17))),
        List.of(
            new ExpectedIndex(Optional.empty(), List.of("next_check"), Optional.empty(), at(20, 9)),
            new ExpectedIndex(Optional.of("checks_status_idx"), List.of("status", "next_check"), Optional.of(true),
                at(21, 9))),
        List.of(
            new ExpectedForeignKey(Optional.empty(), List.of("OwnerId"), ObjectPath.of("public", "users"),
                List.of("id"), Optional.of(ReferentialAction.CASCADE), Optional.of(ReferentialAction.NO_ACTION),
                at(25, 9)),
            new ExpectedForeignKey(Optional.of("checks_owner_fk"), List.of("OwnerId"),
                ObjectPath.of("directory", "people"), List.of("id"), Optional.of(ReferentialAction.SET_NULL),
                Optional.empty(), at(26, 9))),
        ExtraColumns.WARN, at(4, 5));
    ExpectedTable users = new ExpectedTable(ObjectPath.of("public", "users"), false, List.of(),
        Optional.of(new ExpectedPrimaryKey(Optional.of("users_pkey"), List.of("id"), at(37, 7))),
        List.of(), List.of(), ExtraColumns.ERROR, at(34, 5));

    assertThat(schema).isEqualTo(new ExpectedSchema("schema.yml", Dialect.POSTGRESQL, List.of(complianceChecks, users)));
  }

  @Test
  void foldsIdentifiersAndUsesTheDefaultSchemaOfTheDefaultDialect() throws InputException {
    ExpectedSchema schema = loader.parse("""
        tables:
          - name: Orders
            columns:
              - { name: Total, type: "decimal(10, 2)" }
              - { name: '"Note"', type: int }
            foreignKeys:
              - { columns: [customer], references: { table: Customers, columns: [Id] } }
        """, "schema.yml", Dialect.H2);

    ExpectedTable orders = schema.tables().get(0);
    assertThat(schema.dialect()).isEqualTo(Dialect.H2);
    assertThat(orders.path()).isEqualTo(ObjectPath.of("PUBLIC", "ORDERS"));
    assertThat(orders.columns()).extracting(ExpectedColumn::name).containsExactly("TOTAL", "Note");
    assertThat(orders.columns().get(0).type()).contains(DataType.of("numeric").withPrecision(10, Optional.of(2)));
    assertThat(orders.columns().get(1).type()).contains(DataType.of("integer"));
    assertThat(orders.foreignKeys().get(0).referencedTable()).isEqualTo(ObjectPath.of("PUBLIC", "CUSTOMERS"));
    assertThat(orders.foreignKeys().get(0).referencedColumns()).containsExactly("ID");
  }

  @Test
  void mysqlTablesHaveTheUnnamedDefaultSchemaAndItsTypeSpelling() throws InputException {
    ExpectedSchema schema = loader.parse("""
        dialect: mysql
        tables:
          - name: t
            columns: [{ name: flag, type: bool }]
        """, "schema.yml", Dialect.POSTGRESQL);

    assertThat(schema.tables().get(0).path()).isEqualTo(ObjectPath.of("", "t"));
    assertThat(schema.tables().get(0).columns().get(0).type()).contains(DataType.of("tinyint").withLength(1));
  }

  @Test
  void acceptsAnEmptyListOfTables() throws InputException {
    assertThat(loader.parse("tables: []\n", "schema.yml", Dialect.SQLITE).tables()).isEmpty();
  }

  @Test
  void loadsAFileUnderItsDisplayName(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("expected.yml");
    Files.writeString(file, "tables:\n  - name: t\n");

    ExpectedSchema schema = loader.load(file, "db/expected.yml", Dialect.POSTGRESQL);

    assertThat(schema.file()).isEqualTo("db/expected.yml");
    assertThat(schema.tables().get(0).span()).isEqualTo(SourceSpan.at("db/expected.yml", 2, 5));
  }

  @Test
  void missingFile(@TempDir Path dir) {
    assertThatThrownBy(() -> loader.load(dir.resolve("missing.yml"), "missing.yml", Dialect.POSTGRESQL))
        .isInstanceOf(InputException.class)
        .hasMessage("missing.yml: cannot read: no such file");
  }

  @Test
  void directoryInsteadOfFile(@TempDir Path dir) {
    assertThatThrownBy(() -> loader.load(dir, "db", Dialect.POSTGRESQL))
        .hasMessage("db: cannot read: it is a directory");
  }

  @Test
  void yamlSyntaxError() {
    assertFails("""
        tables:
          - name: t
            columns: [id
          - name: u
        """, "schema.yml:4:9: invalid YAML: expected ',' or ']', but got : "
        + "(while parsing a flow sequence at line 3)");
  }

  @Test
  void badIndentation() {
    assertFails("""
        tables:
          - name: t
         schema: x
        """, "schema.yml:3:2: invalid YAML: expected <block end>, but found '<block mapping start>' "
        + "(while parsing a block mapping at line 1); check the indentation");
  }

  @Test
  void emptyFile() {
    assertFails("", "schema.yml:1:1: the file is empty; expected a mapping with 'tables'");
    assertFails("# nothing yet\n", "schema.yml:1:1: the file is empty; expected a mapping with 'tables'");
  }

  @Test
  void topLevelNotAMapping() {
    assertFails("- name: t\n", "schema.yml:1:1: expected a mapping with 'tables' at the top level, got a list");
  }

  @Test
  void missingTables() {
    assertFails("dialect: postgresql\n", "schema.yml:1:1: missing key 'tables' at the top level");
  }

  @Test
  void tablesNotAList() {
    assertFails("tables: users\n", "schema.yml:1:9: 'tables' must be a list, got 'users'");
  }

  @Test
  void unknownTopLevelKeyWithSuggestion() {
    assertFails("tabels: []\n", "schema.yml:1:1: unknown key 'tabels' at the top level; did you mean 'tables'?");
  }

  @Test
  void unknownColumnKeyWithSuggestion() {
    assertFails("""
        tables:
          - name: t
            columns:
              - { name: id, nulable: false }
        """, "schema.yml:4:21: unknown key 'nulable' in column; did you mean 'nullable'?");
  }

  @Test
  void unknownKeyFarFromAnyListsTheValidKeys() {
    assertFails("""
        tables:
          - name: t
            columns:
              - name: id
                colour: red
        """, "schema.yml:5:9: unknown key 'colour' in column; "
        + "valid keys are name, type, nullable, default, hasDefault, description");
  }

  @Test
  void wrongBooleanValue() {
    assertFails("""
        tables:
          - name: t
            required: yes please
        """, "schema.yml:3:15: 'required' must be true or false, got 'yes please'");
  }

  @Test
  void yesIsNotABoolean() {
    assertFails("""
        tables:
          - name: t
            columns: [{ name: id, nullable: no }]
        """, "schema.yml:3:37: 'nullable' must be true or false, got 'no'");
  }

  @Test
  void nameThatIsNotText() {
    assertFails("""
        tables:
          - name: [a, b]
        """, "schema.yml:2:11: 'name' must be text, got a list");
  }

  @Test
  void tableWithoutName() {
    assertFails("""
        tables:
          - schema: public
            required: true
        """, "schema.yml:2:5: missing key 'name' in table");
  }

  @Test
  void columnWithoutName() {
    assertFails("""
        tables:
          - name: t
            columns:
              - { type: int }
        """, "schema.yml:4:9: missing key 'name' in column");
  }

  @Test
  void columnWithoutTypeIsFine() throws InputException {
    ExpectedColumn column = loader.parse("tables: [{ name: t, columns: [{ name: c }] }]", "schema.yml",
        Dialect.POSTGRESQL).tables().get(0).columns().get(0);

    assertThat(column.type()).isEmpty();
    assertThat(column.typeAsWritten()).isEmpty();
  }

  @Test
  void emptyName() {
    assertFails("""
        tables:
          - name: '""'
        """, "schema.yml:2:11: 'name' must not be empty");
  }

  @Test
  void duplicateTableAfterDefaultSchema() {
    assertFails("""
        tables:
          - name: users
          - name: Users
            schema: public
        """, "schema.yml:3:5: duplicate table 'public.users'; first defined at line 2");
  }

  @Test
  void sameTableNameInAnotherSchemaIsFine() throws InputException {
    assertThat(loader.parse("""
        tables:
          - { name: users }
          - { name: users, schema: archive }
        """, "schema.yml", Dialect.POSTGRESQL).tables()).hasSize(2);
  }

  @Test
  void duplicateColumn() {
    assertFails("""
        tables:
          - name: t
            columns:
              - name: id
              - name: ID
        """, "schema.yml:5:9: duplicate column 'id' in table 'public.t'; first defined at line 4");
  }

  @Test
  void duplicateKeyInOneMapping() {
    assertFails("""
        tables:
          - name: t
            columns:
              - name: id
                type: int
                type: bigint
        """, "schema.yml:6:9: duplicate key 'type'; first given at line 5");
  }

  @Test
  void unknownDialect() {
    assertFails("dialect: oracle\ntables: []\n",
        "schema.yml:1:10: unknown dialect 'oracle'; known dialects are postgresql, mysql, mariadb, sqlite, h2");
  }

  @Test
  void unsupportedVersion() {
    assertFails("version: 2\ntables: []\n", "schema.yml:1:10: 'version' must be 1, got '2'");
  }

  @Test
  void typeThatDoesNotParse() {
    assertFails("""
        tables:
          - name: t
            columns:
              - { name: c, type: "varchar(20" }
        """, "schema.yml:4:26: cannot read type 'varchar(20': unbalanced parentheses");
    assertFails("tables: [{ name: t, columns: [{ name: c, type: 42 }] }]",
        "schema.yml:1:48: cannot read type '42': a type starts with a letter");
  }

  @Test
  void unknownExtraColumnsPolicy() {
    assertFails("""
        tables:
          - name: t
            extraColumns: warning
        """, "schema.yml:3:19: 'extraColumns' must be allow, warn or error, got 'warning'");
  }

  @Test
  void unknownForeignKeyAction() {
    assertFails("""
        tables:
          - name: t
            foreignKeys:
              - columns: [user_id]
                references: { table: users, columns: [id] }
                onDelete: delete
        """, "schema.yml:6:19: 'onDelete' must be no action, restrict, cascade, set null or set default, got 'delete'");
  }

  @Test
  void foreignKeyColumnCountsDiffer() {
    assertFails("""
        tables:
          - name: t
            foreignKeys:
              - columns: [a, b]
                references: { table: u, columns: [id] }
        """, "schema.yml:5:21: the foreign key has 2 columns but references 1 column");
  }

  @Test
  void referencedSchemaGivenTwice() {
    assertFails("""
        tables:
          - name: t
            foreignKeys:
              - columns: [a]
                references: { table: s.u, schema: s, columns: [id] }
        """, "schema.yml:5:43: the referenced schema is given twice: in 'table' and in 'schema'; keep one");
  }

  @Test
  void foreignKeyWithoutReferences() {
    assertFails("""
        tables:
          - name: t
            foreignKeys:
              - columns: [a]
        """, "schema.yml:4:9: missing key 'references' in foreign key");
  }

  @Test
  void primaryKeyAsText() {
    assertFails("""
        tables:
          - name: t
            primaryKey: id
        """, "schema.yml:3:17: 'primaryKey' must be a list of columns or a mapping with 'columns', got 'id'");
  }

  @Test
  void indexWithoutColumns() {
    assertFails("""
        tables:
          - name: t
            indexes:
              - { name: i, columns: [] }
        """, "schema.yml:4:29: 'columns' must name at least one column");
  }

  @Test
  void columnListedTwiceInAKey() {
    assertFails("tables: [{ name: t, primaryKey: [a, A] }]",
        "schema.yml:1:37: column 'a' is listed twice in 'primaryKey'");
  }

  @Test
  void defaultContradictsHasDefault() {
    assertFails("""
        tables:
          - name: t
            columns:
              - { name: c, default: 0, hasDefault: false }
        """, "schema.yml:4:32: column 'c' has 'default' and 'hasDefault: false'; keep one");
  }

  @Test
  void aliasesAreRejected() {
    assertFails("""
        tables:
          - name: &n t
          - name: *n
        """, "schema.yml:3:11: YAML aliases (*n) are not supported; write the value out");
  }

  @Test
  void onlyOneDocument() {
    assertFails("tables: []\n---\ntables: []\n",
        "schema.yml:3:1: only one YAML document is allowed per file; remove the '---' and what follows");
  }

  private void assertFails(String yaml, String message) {
    assertThatThrownBy(() -> loader.parse(yaml, "schema.yml", Dialect.POSTGRESQL))
        .isInstanceOf(InputException.class)
        .hasMessage(message);
  }

  private static SourceSpan at(int line, int column) {
    return SourceSpan.at("schema.yml", line, column);
  }
}
