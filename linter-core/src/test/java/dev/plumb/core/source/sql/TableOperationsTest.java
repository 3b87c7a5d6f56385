package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.DataType;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.operation.ColumnDefinition;
import dev.plumb.core.model.operation.ConstraintDefinition;
import dev.plumb.core.model.operation.ConstraintKind;
import dev.plumb.core.model.operation.Operation.AlterTable;
import dev.plumb.core.model.operation.Operation.CreateTable;
import dev.plumb.core.model.operation.TableChange;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableOperationsTest {

  private static final Dialect PG = Dialect.POSTGRESQL;

  @Test
  void createTableReadsColumnsAsWritten() {
    CreateTable create = Operations.single(PG, """
        CREATE TABLE IF NOT EXISTS app.orders (
          id bigserial PRIMARY KEY,
          customer_id integer NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
          note character varying(20) DEFAULT 'none' NOT NULL,
          placed_at timestamp with time zone DEFAULT now(),
          total numeric(10, 2) GENERATED ALWAYS AS (price * qty) STORED,
          CONSTRAINT orders_total_check CHECK (total > 0),
          UNIQUE (customer_id, placed_at)
        );""", CreateTable.class);

    assertThat(create.table()).isEqualTo(ObjectPath.of("app", "orders"));
    assertThat(create.ifNotExists()).isTrue();
    assertThat(create.columns()).extracting(ColumnDefinition::name)
        .containsExactly("id", "customer_id", "note", "placed_at", "total");
    ColumnDefinition id = create.columns().get(0);
    assertThat(id.writtenTypeName()).isEqualTo("bigserial");
    assertThat(id.primaryKey()).isTrue();
    assertThat(id.typeSpan()).isEqualTo(new SourceSpan("V1__t.sql", 2, 6, 2, 14));
    ColumnDefinition customer = create.columns().get(1);
    assertThat(customer.notNull()).isTrue();
    assertThat(customer.references()).contains(ObjectPath.of("public", "customers"));
    ColumnDefinition note = create.columns().get(2);
    assertThat(note.typeText()).isEqualTo("character varying(20)");
    assertThat(note.type()).contains(DataType.of("character varying").withLength(20));
    assertThat(note.defaultExpression()).contains("'none'");
    assertThat(note.notNull()).isTrue();
    assertThat(create.columns().get(3).defaultExpression()).contains("now()");
    assertThat(create.columns().get(3).typeText()).isEqualTo("timestamp with time zone");
    ColumnDefinition total = create.columns().get(4);
    assertThat(total.generatedExpression()).contains("price * qty");
    assertThat(total.storedGeneration()).isTrue();
    assertThat(create.constraints()).extracting(ConstraintDefinition::kind)
        .containsExactly(ConstraintKind.CHECK, ConstraintKind.UNIQUE);
    assertThat(create.constraints().get(0).name()).contains("orders_total_check");
    assertThat(create.constraints().get(0).expression()).contains("total > 0");
    assertThat(create.constraints().get(1).columns()).containsExactly("customer_id", "placed_at");
  }

  @Test
  void createTableInMysqlSkipsInlineIndexesAndReadsTheCharset() {
    CreateTable create = Operations.single(Dialect.MYSQL, """
        CREATE TABLE `users` (
          `id` int unsigned NOT NULL AUTO_INCREMENT,
          `email` varchar(255) CHARACTER SET utf8 NOT NULL,
          `state` enum('new','active') DEFAULT 'new',
          PRIMARY KEY (`id`),
          UNIQUE KEY `users_email` (`email`(100)),
          KEY `users_state` (`state`),
          CONSTRAINT `fk_x` FOREIGN KEY (`state`) REFERENCES `states` (`code`)
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;""", CreateTable.class);

    assertThat(create.columns()).extracting(ColumnDefinition::name).containsExactly("id", "email", "state");
    assertThat(create.columns().get(0).identity()).isTrue();
    assertThat(create.columns().get(1).charset()).contains("utf8");
    assertThat(create.columns().get(1).typeText()).isEqualTo("varchar(255)");
    assertThat(create.columns().get(2).typeText()).isEqualTo("enum('new','active')");
    assertThat(create.constraints()).extracting(ConstraintDefinition::kind)
        .containsExactly(ConstraintKind.PRIMARY_KEY, ConstraintKind.UNIQUE, ConstraintKind.FOREIGN_KEY);
    assertThat(create.constraints().get(1).columns()).containsExactly("email");
    assertThat(create.constraints().get(2).referencedTable()).contains(ObjectPath.of("", "states"));
    assertThat(create.charset()).contains("utf8mb3");
    assertThat(create.charsetSpan()).contains(new SourceSpan("V1__t.sql", 9, 33, 9, 39));
  }

  @Test
  void alterTableReadsEachChange() {
    AlterTable alter = Operations.single(PG, """
        ALTER TABLE ONLY orders
          ADD COLUMN IF NOT EXISTS status text NOT NULL DEFAULT 'new',
          ALTER COLUMN note TYPE varchar(50) USING note::varchar(50),
          ALTER note SET NOT NULL,
          ALTER COLUMN placed_at DROP NOT NULL,
          ALTER COLUMN status SET DEFAULT 'x',
          DROP COLUMN IF EXISTS legacy CASCADE,
          ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID,
          VALIDATE CONSTRAINT orders_customer_fk,
          DROP CONSTRAINT IF EXISTS old_check,
          SET LOGGED,
          ENABLE TRIGGER ALL;""", AlterTable.class);

    assertThat(alter.table()).isEqualTo(ObjectPath.of("public", "orders"));
    assertThat(alter.changes()).hasSize(11);
    TableChange.AddColumn add = (TableChange.AddColumn) alter.changes().get(0);
    assertThat(add.ifNotExists()).isTrue();
    assertThat(add.column().name()).isEqualTo("status");
    assertThat(add.column().notNull()).isTrue();
    assertThat(add.column().defaultExpression()).contains("'new'");
    assertThat(add.span()).isEqualTo(new SourceSpan("V1__t.sql", 2, 3, 2, 61));
    TableChange.AlterColumnType type = (TableChange.AlterColumnType) alter.changes().get(1);
    assertThat(type.column()).isEqualTo("note");
    assertThat(type.typeText()).isEqualTo("varchar(50)");
    assertThat(type.using()).contains("note::varchar(50)");
    assertThat(type.typeSpan()).isEqualTo(new SourceSpan("V1__t.sql", 3, 26, 3, 36));
    assertThat(alter.changes().get(2)).isEqualTo(new TableChange.SetNotNull("note",
        new SourceSpan("V1__t.sql", 4, 3, 4, 25)));
    assertThat(alter.changes().get(3)).isInstanceOf(TableChange.DropNotNull.class);
    assertThat(((TableChange.ChangeDefault) alter.changes().get(4)).expression()).contains("'x'");
    TableChange.DropColumn drop = (TableChange.DropColumn) alter.changes().get(5);
    assertThat(drop.column()).isEqualTo("legacy");
    assertThat(drop.ifExists()).isTrue();
    assertThat(drop.cascade()).isTrue();
    ConstraintDefinition fk = ((TableChange.AddConstraint) alter.changes().get(6)).constraint();
    assertThat(fk.kind()).isEqualTo(ConstraintKind.FOREIGN_KEY);
    assertThat(fk.notValid()).isTrue();
    assertThat(fk.columns()).containsExactly("customer_id");
    assertThat(fk.referencedTable()).contains(ObjectPath.of("public", "customers"));
    assertThat(alter.changes().get(7)).isInstanceOf(TableChange.ValidateConstraint.class);
    assertThat(((TableChange.DropConstraint) alter.changes().get(8)).name()).isEqualTo("old_check");
    assertThat(alter.changes().get(9)).isEqualTo(new TableChange.SetLogged(true,
        new SourceSpan("V1__t.sql", 11, 3, 11, 12)));
    assertThat(alter.changes().get(10)).isInstanceOf(TableChange.Other.class);
  }

  @Test
  void alterTableReadsConstraintsUsingAnIndex() {
    AlterTable alter = Operations.single(PG,
        "ALTER TABLE orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_id_idx", AlterTable.class);

    ConstraintDefinition pk = ((TableChange.AddConstraint) alter.changes().get(0)).constraint();
    assertThat(pk.kind()).isEqualTo(ConstraintKind.PRIMARY_KEY);
    assertThat(pk.usingIndex()).contains("orders_id_idx");
    assertThat(pk.span()).isEqualTo(new SourceSpan("V1__t.sql", 1, 24, 1, 83));
  }

  @Test
  void alterTableReadsRenamesAndPartitions() {
    assertThat(Operations.single(PG, "ALTER TABLE a RENAME COLUMN b TO c", AlterTable.class).changes().get(0))
        .isInstanceOf(TableChange.RenameColumn.class);
    assertThat(Operations.single(PG, "ALTER TABLE a RENAME b TO c", AlterTable.class).changes().get(0))
        .isEqualTo(new TableChange.RenameColumn("b", "c", new SourceSpan("V1__t.sql", 1, 15, 1, 27)));
    assertThat(((TableChange.RenameTable) Operations.single(PG, "ALTER TABLE a RENAME TO b", AlterTable.class)
        .changes().get(0)).to()).isEqualTo(ObjectPath.of("public", "b"));
    assertThat(((TableChange.RenameTable) Operations.single(PG, "ALTER TABLE billing.a RENAME TO b",
        AlterTable.class).changes().get(0)).to()).isEqualTo(ObjectPath.of("billing", "b"));
    TableChange.Partition detach = (TableChange.Partition) Operations.single(PG,
        "ALTER TABLE m DETACH PARTITION m_2020 CONCURRENTLY", AlterTable.class).changes().get(0);
    assertThat(detach.attach()).isFalse();
    assertThat(detach.concurrently()).isTrue();
    assertThat(detach.partition()).isEqualTo(ObjectPath.of("public", "m_2020"));
  }

  @Test
  void alterTableInMysqlReadsModifyChangeAndOptions() {
    AlterTable alter = Operations.single(Dialect.MYSQL, """
        ALTER TABLE users
          MODIFY COLUMN state enum('new','active','gone') NOT NULL,
          CHANGE email mail varchar(100) NULL,
          ADD INDEX users_mail (mail),
          ADD UNIQUE KEY users_x (x),
          DROP INDEX users_state,
          DROP PRIMARY KEY,
          CONVERT TO CHARACTER SET utf8mb3,
          ALGORITHM=INPLACE, LOCK = NONE""", AlterTable.class);

    assertThat(alter.algorithm()).contains("INPLACE");
    assertThat(alter.lock()).contains("NONE");
    TableChange.RedefineColumn modify = (TableChange.RedefineColumn) alter.changes().get(0);
    assertThat(modify.column()).isEqualTo("state");
    assertThat(modify.definition().typeText()).isEqualTo("enum('new','active','gone')");
    assertThat(modify.definition().notNull()).isTrue();
    TableChange.RedefineColumn change = (TableChange.RedefineColumn) alter.changes().get(1);
    assertThat(change.column()).isEqualTo("email");
    assertThat(change.definition().name()).isEqualTo("mail");
    assertThat(alter.changes().get(2)).isEqualTo(new TableChange.AddIndex(Optional.of("users_mail"), "INDEX",
        java.util.List.of("mail"), new SourceSpan("V1__t.sql", 4, 3, 4, 29)));
    assertThat(((TableChange.AddConstraint) alter.changes().get(3)).constraint().kind())
        .isEqualTo(ConstraintKind.UNIQUE);
    assertThat(alter.changes().get(4)).isInstanceOf(TableChange.DropIndex.class);
    assertThat(((TableChange.DropConstraint) alter.changes().get(5)).name()).isEqualTo("PRIMARY");
    TableChange.SetCharset charset = (TableChange.SetCharset) alter.changes().get(6);
    assertThat(charset.convert()).isTrue();
    assertThat(charset.charset()).isEqualTo("utf8mb3");
  }

  @Test
  void mysqlAddsSeveralColumnsInParentheses() {
    AlterTable alter = Operations.single(Dialect.MARIADB, "ALTER TABLE t ADD (a int NOT NULL, b text)",
        AlterTable.class);

    assertThat(alter.changes()).extracting(c -> ((TableChange.AddColumn) c).column().name())
        .containsExactly("a", "b");
  }

  @Test
  void statementsThatDoNotParseStillHaveOperations() {
    AlterTable alter = Operations.single(PG, "ALTER TABLE t ADD COLUMN c int NOT NULL DEFAULT ((((", AlterTable.class);

    assertThat(((TableChange.AddColumn) alter.changes().get(0)).column().notNull()).isTrue();
  }

  @Test
  void mysqlIgnoresAnInlineReferenceWhereMariadbCreatesTheForeignKey() {
    String sql = "CREATE TABLE users (id int PRIMARY KEY);\n"
        + "CREATE TABLE pets (owner_id int REFERENCES users (id) ON DELETE CASCADE);";

    assertThat(replayed(Dialect.MYSQL, sql).foreignKeys()).isEmpty();
    assertThat(replayed(Dialect.MARIADB, sql).foreignKeys()).hasSize(1);
    CreateTable pets = (CreateTable) Operations.of(Dialect.MYSQL, sql).get(1);
    assertThat(pets.columns().get(0).referencesClause()).contains("REFERENCES users (id) ON DELETE CASCADE");
  }

  private static dev.plumb.core.model.Table replayed(Dialect dialect, String sql) {
    return new SqlReplayer(dialect).replay(java.util.List.of(new SqlSourceFile("V1__t.sql", sql))).schema()
        .allTables().stream().filter(t -> t.name().equals("pets")).findFirst().orElseThrow();
  }
}
