package dev.plumb.core.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DefaultNamesTest {

  @Test
  void postgresNamesUnnamedConstraintsAfterTableColumnsAndKind_numberingPastTakenNames() {
    assertThat(DefaultNames.primaryKey(Dialect.POSTGRESQL, "orders")).isEqualTo("orders_pkey");
    assertThat(DefaultNames.foreignKey(Dialect.POSTGRESQL, "orders", List.of("user_id"), Set.of()))
        .isEqualTo("orders_user_id_fkey");
    assertThat(DefaultNames.unique(Dialect.POSTGRESQL, "orders", List.of("a", "b"), Set.of("orders_a_b_key")))
        .isEqualTo("orders_a_b_key1");
    assertThat(DefaultNames.exclusion("rooms", List.of("room", "during"), Set.of()))
        .isEqualTo("rooms_room_during_excl");
  }

  @Test
  void longNamesAreCutLongerPartFirstToFit63Bytes() {
    String name = DefaultNames.objectName("t".repeat(50), "c".repeat(30), "not_null");

    assertThat(name).hasSize(63).endsWith("_not_null").startsWith("t".repeat(27) + "_");
  }

  @Test
  void mysqlNumbersForeignKeysAndNamesKeysAfterTheirFirstColumn() {
    assertThat(DefaultNames.foreignKey(Dialect.MYSQL, "orders", List.of("user_id"), Set.of("orders_ibfk_1")))
        .isEqualTo("orders_ibfk_2");
    assertThat(DefaultNames.unique(Dialect.MYSQL, "orders", List.of("email"), Set.of())).isEqualTo("email");
  }
}
