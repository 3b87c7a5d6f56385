package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.operation.ColumnDefinition;
import dev.plumb.core.model.operation.Operation.AlterTable;
import dev.plumb.core.model.operation.Operation.CreateTable;
import dev.plumb.core.model.operation.TableChange;
import org.junit.jupiter.api.Test;

/** The places the MySQL fixes edit: an inline REFERENCES clause, the value of LOCK=, collations. */
class FixSpansTest {

  @Test
  void inlineReferencesClauseWithItsActions() {
    CreateTable create = Operations.single(Dialect.MYSQL, """
        CREATE TABLE pets (
          owner_id int REFERENCES users (id) ON DELETE SET NULL,
          vet_id int REFERENCES vets (id) NOT NULL,
          name text
        );""", CreateTable.class);

    ColumnDefinition owner = create.columns().get(0);
    assertThat(owner.referencesSpan()).contains(new SourceSpan("V1__t.sql", 2, 16, 2, 55));
    assertThat(owner.span()).isEqualTo(new SourceSpan("V1__t.sql", 2, 3, 2, 55));
    assertThat(create.columns().get(1).referencesSpan()).contains(new SourceSpan("V1__t.sql", 3, 14, 3, 33));
    assertThat(create.columns().get(2).referencesSpan()).isEmpty();
  }

  @Test
  void lockValue() {
    AlterTable alter = Operations.single(Dialect.MYSQL,
        "ALTER TABLE t ADD INDEX i (a), ALGORITHM=INPLACE, LOCK = SHARED;", AlterTable.class);

    assertThat(alter.lock()).contains("SHARED");
    assertThat(alter.lockSpan()).contains(new SourceSpan("V1__t.sql", 1, 58, 1, 63));
    assertThat(alter.changes()).singleElement().isInstanceOf(TableChange.AddIndex.class);
  }

  @Test
  void collations() {
    CreateTable create = Operations.single(Dialect.MYSQL, """
        CREATE TABLE t (
          a varchar(10) CHARACTER SET utf8 COLLATE utf8_bin,
          b text COLLATE = utf8mb3_general_ci
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=UTF8_UNICODE_CI;""", CreateTable.class);

    assertThat(create.columns().get(0).collation()).contains("utf8_bin");
    assertThat(create.columns().get(0).collationSpan()).contains(new SourceSpan("V1__t.sql", 2, 44, 2, 51));
    assertThat(create.columns().get(1).collation()).contains("utf8mb3_general_ci");
    assertThat(create.charset()).contains("utf8");
    assertThat(create.collation()).contains("utf8_unicode_ci");
    assertThat(create.collationSpan()).contains(new SourceSpan("V1__t.sql", 4, 46, 4, 60));

    AlterTable alter = Operations.single(Dialect.MYSQL,
        "ALTER TABLE t CONVERT TO CHARACTER SET utf8 COLLATE utf8_general_ci;", AlterTable.class);
    TableChange.SetCharset convert = (TableChange.SetCharset) alter.changes().get(0);
    assertThat(convert.collation()).contains("utf8_general_ci");
    assertThat(convert.collationSpan()).contains(new SourceSpan("V1__t.sql", 1, 53, 1, 67));
  }
}
