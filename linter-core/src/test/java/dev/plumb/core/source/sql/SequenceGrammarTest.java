package dev.plumb.core.source.sql;

import static dev.plumb.core.source.sql.StatementEffect.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.DataType;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Sequence;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SequenceGrammarTest {

  private static final String SETUP = """
      CREATE TABLE deliveries (id bigint, batch_id bigint);
      CREATE SEQUENCE delivery_batch_seq START WITH 1;
      """;

  @Test
  void createSequenceIfNotExists_createsANewSequence() {
    StatementEffect effect = StatementEffect.postgres(SETUP,
        "CREATE SEQUENCE IF NOT EXISTS invoice_seq START WITH 1000 INCREMENT BY 10;");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before().withSequence(new Sequence(path("public", "invoice_seq"),
        Optional.empty(), Optional.of(1000L), Optional.of(10L), Optional.empty(), Optional.empty(),
        Optional.of(StatementEffect.statementSpan(1, 73)))));
  }

  @Test
  void createSequenceIfNotExists_leavesAnExistingOneAsItIs() {
    StatementEffect effect = StatementEffect.postgres(SETUP,
        "CREATE SEQUENCE IF NOT EXISTS delivery_batch_seq START WITH 500;");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before());
  }

  @Test
  void createSequenceIfNotExists_inMariaDbWithItsOwnOptionWords() {
    StatementEffect effect = StatementEffect.of(Dialect.MARIADB, "",
        "CREATE SEQUENCE IF NOT EXISTS member_card_seq START WITH 100000 INCREMENT BY 1 NOCYCLE CACHE 50;");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after().sequences().get(path("", "member_card_seq")).start()).contains(100000L);
  }

  @Test
  void alterSequenceOptions_changeTypeIncrementStartAndMaximum() {
    Sequence altered = altered("ALTER SEQUENCE delivery_batch_seq AS integer INCREMENT BY -10 MINVALUE 1 "
        + "MAXVALUE 5000 START WITH 1000 RESTART CACHE 20 NO CYCLE");

    assertThat(altered.type()).contains(DataType.of("integer"));
    assertThat(altered.increment()).contains(-10L);
    assertThat(altered.maxValue()).contains(5000L);
    assertThat(altered.start()).contains(1000L);
    assertThat(altered("ALTER SEQUENCE delivery_batch_seq NO MAXVALUE").maxValue()).isEmpty();
  }

  @Test
  void alterSequenceOwnedBy_setsAndClearsTheOwner() {
    StatementEffect owned = StatementEffect.postgres(SETUP,
        "ALTER SEQUENCE delivery_batch_seq OWNED BY public.deliveries.batch_id;");
    StatementEffect none = StatementEffect.postgres(SETUP
        + "ALTER SEQUENCE delivery_batch_seq OWNED BY deliveries.batch_id;",
        "ALTER SEQUENCE delivery_batch_seq OWNED BY NONE;");

    assertThat(owned.understood()).isTrue();
    assertThat(owned.after().sequences().get(path("public", "delivery_batch_seq")).ownedBy())
        .contains(path("public", "deliveries", "batch_id"));
    assertThat(none.understood()).isTrue();
    assertThat(none.after().sequences().get(path("public", "delivery_batch_seq")).ownedBy()).isEmpty();
  }

  @Test
  void alterSequenceRenameAndSetSchema_moveIt() {
    StatementEffect renamed = StatementEffect.postgres(SETUP,
        "ALTER SEQUENCE IF EXISTS delivery_batch_seq RENAME TO webhook_batch_seq;");
    StatementEffect moved = StatementEffect.postgres("CREATE SCHEMA app;" + SETUP,
        "ALTER SEQUENCE delivery_batch_seq SET SCHEMA app;");

    Sequence original = renamed.before().sequences().get(path("public", "delivery_batch_seq"));
    assertThat(renamed.understood()).isTrue();
    assertThat(renamed.after()).isEqualTo(renamed.before().withoutSequence(original.path())
        .withSequence(moved(original, path("public", "webhook_batch_seq"))));
    assertThat(moved.understood()).isTrue();
    assertThat(moved.after().sequences()).containsOnlyKeys(path("app", "delivery_batch_seq"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ALTER SEQUENCE delivery_batch_seq OWNER TO admin",
      "ALTER SEQUENCE delivery_batch_seq SET LOGGED", "ALTER SEQUENCE delivery_batch_seq RESTART WITH 200000"})
  void alterSequenceWithoutModelEffect_understoodWithoutChange(String statement) {
    StatementEffect effect = StatementEffect.postgres(SETUP, statement + ";");

    assertThat(effect.understood()).as(statement).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ALTER SEQUENCE delivery_batch_seq", "ALTER SEQUENCE delivery_batch_seq RENAME TO",
      "ALTER SEQUENCE delivery_batch_seq INCREMENT BY", "ALTER SEQUENCE delivery_batch_seq OWNED BY deliveries",
      "ALTER SEQUENCE delivery_batch_seq CACHE 20 SOON"})
  void partlyMatchingStatements_areNotUnderstood(String statement) {
    StatementEffect effect = StatementEffect.postgres(SETUP, statement + ";");

    assertThat(effect.understood()).as(statement).isFalse();
    assertThat(effect.after()).isEqualTo(effect.before());
  }

  private static Sequence altered(String statement) {
    StatementEffect effect = StatementEffect.postgres(SETUP, statement + ";");
    assertThat(effect.understood()).as(statement).isTrue();
    return effect.after().sequences().get(path("public", "delivery_batch_seq"));
  }

  private static Sequence moved(Sequence s, dev.plumb.core.model.ObjectPath to) {
    return new Sequence(to, s.type(), s.start(), s.increment(), s.maxValue(), s.ownedBy(), s.span());
  }
}
