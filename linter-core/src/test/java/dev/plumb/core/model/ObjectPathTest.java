package dev.plumb.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectPathTest {

  @Test
  void printsDottedAndLeavesOutTheEmptyDefaultSchema() {
    assertThat(ObjectPath.of("public", "users", "email")).hasToString("public.users.email");
    assertThat(ObjectPath.of("", "orders")).hasToString("orders");
    assertThat(ObjectPath.of("", "orders", "id")).hasToString("orders.id");
  }

  @Test
  void walksUpAndDown() {
    ObjectPath table = ObjectPath.of("public", "users");

    assertThat(table.child("email")).isEqualTo(ObjectPath.of("public", "users", "email"));
    assertThat(table.child("email").parent()).isEqualTo(table);
    assertThat(table.parent()).isEqualTo(ObjectPath.of("public"));
    assertThat(ObjectPath.of("public").parent()).isEqualTo(ObjectPath.of("public"));
    assertThat(table.name()).isEqualTo("users");
    assertThat(table.depth()).isEqualTo(2);
    assertThat(table).as("child leaves the original alone").isEqualTo(ObjectPath.of("public", "users"));
  }

  @Test
  void copiesItsParts() {
    List<String> parts = new ArrayList<>(List.of("public", "users"));
    ObjectPath path = new ObjectPath(parts);
    parts.add("email");

    assertThat(path.depth()).isEqualTo(2);
  }

  @Test
  void needsAPart() {
    assertThatThrownBy(ObjectPath::of).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an object path needs at least one part");
  }

  @Test
  void sortsPartByPart() {
    List<ObjectPath> paths = new ArrayList<>(List.of(ObjectPath.of("public", "users", "id"),
        ObjectPath.of("public", "user_roles"), ObjectPath.of("audit", "users"), ObjectPath.of("public", "users")));
    paths.sort(null);

    assertThat(paths).containsExactly(ObjectPath.of("audit", "users"), ObjectPath.of("public", "user_roles"),
        ObjectPath.of("public", "users"), ObjectPath.of("public", "users", "id"));
  }

  @Test
  void comparesEqualOnlyWhenEqual() {
    // Both print as a.b.c, yet a quoted "a.b" schema is not an "a" schema.
    ObjectPath dottedSchema = ObjectPath.of("a.b", "c");
    ObjectPath dottedTable = ObjectPath.of("a", "b.c");
    ObjectPath defaultSchema = ObjectPath.of("", "t");

    assertThat(dottedSchema.compareTo(dottedTable)).isNotZero();
    assertThat(defaultSchema.compareTo(ObjectPath.of("t"))).isNotZero();
    assertThat(dottedSchema.compareTo(ObjectPath.of("a.b", "c"))).isZero();
  }
}
