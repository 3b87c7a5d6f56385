package dev.plumb.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaTest {

  private static final ObjectPath USERS = ObjectPath.of("public", "users");
  private static final ObjectPath ORDERS = ObjectPath.of("public", "orders");
  private static final ObjectPath ITEMS = ObjectPath.of("public", "items");

  private final Schema schema = Schema.empty(Dialect.POSTGRESQL)
      .withTable(Table.empty(USERS, Optional.empty()))
      .withTable(Table.empty(ORDERS, Optional.empty()))
      .withTable(Table.empty(ITEMS, Optional.empty()));

  @Test
  void startsWithTheDefaultNamespaceOnly() {
    assertThat(Schema.empty(Dialect.POSTGRESQL).namespaces()).containsExactly("public");
    assertThat(Schema.empty(Dialect.MYSQL).namespaces()).containsExactly("");
    assertThat(Schema.empty(Dialect.H2).tables()).isEmpty();
  }

  @Test
  void replacingATableKeepsItsPlaceAndLeavesTheOriginalAlone() {
    Table commented = Table.empty(ORDERS, Optional.empty()).withComment(Optional.of("paid"));
    Schema changed = schema.withTable(commented);

    assertThat(changed.tables().keySet()).containsExactly(USERS, ORDERS, ITEMS);
    assertThat(changed.table(ORDERS).orElseThrow().comment()).contains("paid");
    assertThat(schema.table(ORDERS).orElseThrow().comment()).isEmpty();
  }

  @Test
  void removesATableAndKeepsTheOrderOfTheRest() {
    Schema changed = schema.withoutTable(ORDERS);

    assertThat(changed.tables().keySet()).containsExactly(USERS, ITEMS);
    assertThat(schema.tables().keySet()).containsExactly(USERS, ORDERS, ITEMS);
    assertThat(schema.withoutTable(ObjectPath.of("public", "missing")).tables()).hasSize(3);
  }

  @Test
  void updatesATableByPathOrNothing() {
    Schema updated = schema.updateTable(USERS, t -> t.withComment(Optional.of("people")));

    assertThat(updated.table(USERS).orElseThrow().comment()).contains("people");
    assertThat(schema.table(USERS).orElseThrow().comment()).isEmpty();
    assertThat(schema.updateTable(ObjectPath.of("public", "missing"), t -> t.withComment(Optional.of("x"))))
        .isSameAs(schema);
  }

  @Test
  void findsAnIndexOnAnyTable() {
    Index index = new Index(ObjectPath.of("public", "orders_user_idx"), ORDERS, List.of(IndexKey.column("user_id")),
        false, Optional.empty(), Optional.empty(), true, Optional.empty());
    Schema indexed = schema.updateTable(ORDERS, t -> t.withIndexes(List.of(index)));

    assertThat(indexed.index(ObjectPath.of("public", "orders_user_idx"))).contains(index);
    assertThat(schema.index(ObjectPath.of("public", "orders_user_idx"))).isEmpty();
  }

  @Test
  void aMovedTriggerKeepsItsPlace() {
    Trigger first = auditTrigger(USERS);
    Trigger second = auditTrigger(ORDERS);
    Schema triggered = schema.withTrigger(first).withTrigger(second);
    ObjectPath people = ObjectPath.of("public", "people");
    Trigger moved = auditTrigger(people);

    assertThat(triggered.withTriggerMoved(first.path(), moved).triggers().keySet())
        .containsExactly(people.child("audit"), ORDERS.child("audit"));
    assertThat(triggered.triggers().keySet()).containsExactly(USERS.child("audit"), ORDERS.child("audit"));
  }

  @Test
  void namespacesComeAndGo() {
    Schema withAudit = schema.withNamespace("audit");

    assertThat(withAudit.namespaces()).containsExactly("public", "audit");
    assertThat(withAudit.withoutNamespace("audit").namespaces()).containsExactly("public");
    assertThat(schema.namespaces()).containsExactly("public");
  }

  @Test
  void addsAndRemovesOtherObjectsByPath() {
    Sequence sequence = Sequence.named(ObjectPath.of("public", "users_id_seq"), Optional.empty());
    Schema changed = schema.withSequence(sequence);

    assertThat(changed.sequences()).containsOnlyKeys(ObjectPath.of("public", "users_id_seq"));
    assertThat(changed.withoutSequence(sequence.path()).sequences()).isEmpty();
    assertThat(schema.sequences()).isEmpty();
  }

  @Test
  void itsMapsCannotBeChangedFromOutside() {
    assertThatThrownBy(() -> schema.tables().remove(USERS)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> schema.namespaces().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void buildsTablePathsInTheDefaultSchemaUnlessNamed() {
    assertThat(schema.tablePath(Optional.empty(), "users")).isEqualTo(USERS);
    assertThat(schema.tablePath(Optional.of("audit"), "log")).isEqualTo(ObjectPath.of("audit", "log"));
    assertThat(Schema.empty(Dialect.MYSQL).tablePath(Optional.empty(), "t")).isEqualTo(ObjectPath.of("", "t"));
  }

  private static Trigger auditTrigger(ObjectPath table) {
    return new Trigger(table.child("audit"), table, "AFTER", List.of("INSERT"), Optional.empty(), Optional.empty());
  }
}
