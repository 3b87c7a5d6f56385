package dev.plumb.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableTest {

  private static final ObjectPath USERS = ObjectPath.of("public", "users");
  private static final DataType INTEGER = DataType.of("integer");
  private static final DataType TEXT = DataType.of("text");

  private final Table users = Table.empty(USERS, Optional.empty())
      .withColumns(List.of(Column.of(USERS.child("id"), INTEGER, false), Column.of(USERS.child("email"), TEXT, true),
          Column.of(USERS.child("name"), TEXT, true)))
      .withIndexes(List.of(new Index(ObjectPath.of("public", "users_email_idx"), USERS,
          List.of(IndexKey.column("email")), true, Optional.empty(), Optional.empty(), true, Optional.empty())));

  @Test
  void replacingAColumnKeepsItsPlaceAndLeavesTheOriginalAlone() {
    Table changed = users.withColumn(Column.of(USERS.child("email"), DataType.of("citext"), false));

    assertThat(changed.columns()).extracting(c -> c.name() + " " + c.type()).containsExactly(
        "id integer", "email citext", "name text");
    assertThat(users.column("email").orElseThrow().type()).isEqualTo(TEXT);
  }

  @Test
  void addsNewColumnsLastAndRemovesByName() {
    Table added = users.withColumn(Column.of(USERS.child("created_at"), DataType.of("timestamp"), true));
    Table removed = users.withoutColumn("email");

    assertThat(added.columns()).extracting(Column::name).containsExactly("id", "email", "name", "created_at");
    assertThat(removed.columns()).extracting(Column::name).containsExactly("id", "name");
    assertThat(users.columns()).extracting(Column::name).containsExactly("id", "email", "name");
  }

  @Test
  void updatesANamedColumnOrNothing() {
    Table updated = users.updateColumn("name", c -> c.withNullable(false));

    assertThat(updated.column("name").orElseThrow().nullable()).isFalse();
    assertThat(users.column("name").orElseThrow().nullable()).isTrue();
    assertThat(users.updateColumn("missing", c -> c.withNullable(false))).isSameAs(users);
  }

  @Test
  void movingTheTableMovesItsColumnsAndIndexes() {
    Table moved = users.withPath(ObjectPath.of("audit", "old_users"));

    assertThat(moved.schema()).isEqualTo("audit");
    assertThat(moved.name()).isEqualTo("old_users");
    assertThat(moved.columns()).extracting(c -> c.path().toString()).containsExactly(
        "audit.old_users.id", "audit.old_users.email", "audit.old_users.name");
    Index index = moved.index("users_email_idx").orElseThrow();
    assertThat(index.table()).isEqualTo(ObjectPath.of("audit", "old_users"));
    assertThat(index.path()).as("an index lives in its table's schema").isEqualTo(
        ObjectPath.of("audit", "users_email_idx"));
    assertThat(users.columns().get(0).path()).isEqualTo(USERS.child("id"));
  }

  @Test
  void renamingInTheSameSchemaKeepsIndexNames() {
    Table renamed = users.withPath(ObjectPath.of("public", "accounts"));

    assertThat(renamed.indexes()).extracting(Index::path).containsExactly(ObjectPath.of("public", "users_email_idx"));
  }

  @Test
  void holdsNoReferenceToTheListsItWasGiven() {
    List<Column> columns = new ArrayList<>(users.columns());
    Table copy = users.withColumns(columns);
    columns.clear();

    assertThat(copy.columns()).hasSize(3);
    assertThatThrownBy(() -> copy.columns().add(Column.of(USERS.child("x"), TEXT, true)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void everyWithReturnsANewTable() {
    PrimaryKey key = new PrimaryKey(Optional.empty(), List.of("id"), Optional.empty());
    Table keyed = users.withPrimaryKey(Optional.of(key)).withComment(Optional.of("people"));

    assertThat(keyed.primaryKey()).contains(key);
    assertThat(keyed.comment()).contains("people");
    assertThat(users.primaryKey()).isEmpty();
    assertThat(users.comment()).isEmpty();
  }
}
