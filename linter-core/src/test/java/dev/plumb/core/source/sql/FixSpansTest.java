package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.operation.ColumnDefinition;
import dev.plumb.core.model.operation.Operation.AlterTable;
import dev.plumb.core.model.operation.Operation.CreateTable;
import dev.plumb.core.model.operation.TableChange;
import org.junit.jupiter.api.Test;

/** The places the MySQL fixes edit: an inline REFERENCES clause, and the value of LOCK=. */
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
}
