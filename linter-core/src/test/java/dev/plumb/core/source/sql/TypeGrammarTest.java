package dev.plumb.core.source.sql;

import static dev.plumb.core.source.sql.StatementEffect.path;
import static dev.plumb.core.source.sql.StatementEffect.statementSpan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.plumb.core.model.CheckConstraint;
import dev.plumb.core.model.DataType;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.DomainType;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypeGrammarTest {

  private static final String TYPES = """
      CREATE SCHEMA billing;
      CREATE TYPE billing.currency_code AS ENUM ('EUR', 'USD');
      CREATE TYPE mood AS ENUM ('sad', 'ok');
      CREATE TYPE "OrderStatus_old" AS ENUM ('PENDING');
      """;

  private static final String DOMAINS = """
      CREATE SCHEMA billing;
      CREATE DOMAIN billing.cents AS bigint NOT NULL CHECK (VALUE >= 0);
      """;

  private static final SourceSpan SETUP_DOMAIN = new SourceSpan(StatementEffect.SETUP, 2, 1, 2, 65);

  @Test
  void dropType_removesTheEnumType() {
    StatementEffect effect = StatementEffect.postgres(TYPES, "DROP TYPE \"OrderStatus_old\";");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before().withoutEnumType(path("public", "OrderStatus_old")));
  }

  @Test
  void dropTypeIfExists_severalQualifiedNamesAndCascade() {
    StatementEffect effect = StatementEffect.postgres(TYPES,
        "DROP TYPE IF EXISTS billing.currency_code, mood, missing CASCADE;");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before().withoutEnumType(path("billing", "currency_code"))
        .withoutEnumType(path("public", "mood")));
  }

  @Test
  void createDomain_withDefaultNotNullAndNamedAndUnnamedChecks() {
    StatementEffect effect = StatementEffect.postgres("CREATE SCHEMA billing;", """
        CREATE DOMAIN billing.money_amount AS numeric(12,2) DEFAULT 0 NOT NULL
            CONSTRAINT money_amount_positive CHECK (VALUE >= (0)::numeric) CHECK (VALUE < 1000000);""");

    assertThat(effect.understood()).isTrue();
    Optional<SourceSpan> span = Optional.of(statementSpan(2, 90));
    assertThat(effect.after()).isEqualTo(effect.before().withDomain(new DomainType(path("billing", "money_amount"),
        DataType.of("numeric").withPrecision(12, Optional.of(2)), false, Optional.of("0"), List.of(
            new CheckConstraint(Optional.of("money_amount_positive"), "VALUE >= (0)::numeric", true, span),
            new CheckConstraint(Optional.of("money_amount_check"), "VALUE < 1000000", true, span)), span)));
  }

  @Test
  void createDomain_thatJSqlParserReadsAlso_goesIntoTheModel() {
    StatementEffect effect = StatementEffect.postgres("", "CREATE DOMAIN email AS citext CHECK (VALUE ~ '@');");

    assertThat(effect.understood()).isTrue();
    Optional<SourceSpan> span = Optional.of(statementSpan(1, 49));
    assertThat(effect.after()).isEqualTo(effect.before().withDomain(new DomainType(path("public", "email"),
        DataType.of("citext"), true, Optional.empty(), List.of(
            new CheckConstraint(Optional.of("email_check"), "VALUE ~ '@'", true, span)), span)));
  }

  @Test
  void createDomainInH2_ifNotExists() {
    StatementEffect effect = StatementEffect.of(Dialect.H2, "CREATE DOMAIN EMAIL AS VARCHAR(254);",
        "CREATE DOMAIN IF NOT EXISTS EMAIL AS TEXT;");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before());
  }

  @Test
  void alterDomain_eachActionChangesTheDomain() {
    DomainType cents = new DomainType(path("billing", "cents"), DataType.of("bigint"), false, Optional.empty(),
        List.of(new CheckConstraint(Optional.of("cents_check"), "VALUE >= 0", true, Optional.of(SETUP_DOMAIN))),
        Optional.of(SETUP_DOMAIN));

    assertThat(altered("ALTER DOMAIN billing.cents SET DEFAULT 0")).isEqualTo(
        cents.withDefault(Optional.of("0")));
    assertThat(altered("ALTER DOMAIN billing.cents DROP NOT NULL")).isEqualTo(cents.withNullable(true));
    assertThat(altered("ALTER DOMAIN billing.cents DROP CONSTRAINT IF EXISTS cents_check CASCADE"))
        .isEqualTo(cents.withChecks(List.of()));
    assertThat(altered("ALTER DOMAIN billing.cents RENAME CONSTRAINT cents_check TO cents_not_negative").checks())
        .extracting(c -> c.name().orElseThrow()).containsExactly("cents_not_negative");
    assertThat(altered("ALTER DOMAIN billing.cents ADD CHECK (VALUE < 100) NOT VALID").checks())
        .extracting(c -> c.name().orElseThrow(), CheckConstraint::expression, CheckConstraint::valid)
        .containsExactly(tuple("cents_check", "VALUE >= 0", true),
            tuple("cents_check1", "VALUE < 100", false));
  }

  @Test
  void alterDomainRenameAndSetSchema_moveIt() {
    StatementEffect renamed = StatementEffect.postgres(DOMAINS, "ALTER DOMAIN billing.cents RENAME TO minor_units;");
    StatementEffect moved = StatementEffect.postgres(DOMAINS, "ALTER DOMAIN billing.cents SET SCHEMA public;");

    Schema before = renamed.before();
    DomainType cents = before.domains().get(path("billing", "cents"));
    assertThat(renamed.after()).isEqualTo(before.withoutDomain(cents.path())
        .withDomain(cents.withPath(path("billing", "minor_units"))));
    assertThat(moved.after()).isEqualTo(before.withoutDomain(cents.path())
        .withDomain(cents.withPath(path("public", "cents"))));
  }

  @Test
  void dropDomain_removesIt() {
    StatementEffect effect = StatementEffect.postgres(DOMAINS, "DROP DOMAIN IF EXISTS billing.cents CASCADE;");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before().withoutDomain(path("billing", "cents")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"DROP TYPE", "DROP TYPE mood extra", "DROP TYPE mood,", "CREATE DOMAIN d",
      "CREATE DOMAIN d AS int CHECK VALUE > 0", "ALTER DOMAIN billing.cents SET", "ALTER DOMAIN billing.cents ADD",
      "ALTER DOMAIN billing.cents RENAME TO"})
  void partlyMatchingStatements_areNotUnderstood(String statement) {
    StatementEffect effect = StatementEffect.postgres(DOMAINS, statement + ";");

    assertThat(effect.understood()).as(statement).isFalse();
    assertThat(effect.after()).isEqualTo(effect.before());
  }

  private static DomainType altered(String statement) {
    StatementEffect effect = StatementEffect.postgres(DOMAINS, statement + ";");
    assertThat(effect.understood()).as(statement).isTrue();
    return effect.after().domains().get(path("billing", "cents"));
  }
}
