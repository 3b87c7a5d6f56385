package dev.plumb.core.source.sql;

import static dev.plumb.core.source.sql.StatementEffect.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.EnumType;
import dev.plumb.core.model.SourceSpan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DoBlockGrammarTest {

  private static final String TABLES = """
      CREATE TABLE organizations (id uuid PRIMARY KEY);
      CREATE TABLE members (organization_id uuid NOT NULL);
      """;

  @Test
  void drizzleGuardedCreateType_createsTheTypeAtItsOwnPlace() {
    StatementEffect effect = StatementEffect.postgres("", """
        DO $$ BEGIN
         CREATE TYPE "public"."member_role" AS ENUM('owner', 'admin', 'member');
        EXCEPTION
         WHEN duplicate_object THEN null;
        END $$;""");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before().withEnumType(new EnumType(path("public", "member_role"),
        List.of("owner", "admin", "member"),
        Optional.of(new SourceSpan(StatementEffect.STATEMENT, 2, 2, 2, 71)))));
  }

  @Test
  void guardedStatementThatWouldCreateADuplicate_isSkipped() {
    String constraint = """
        ALTER TABLE "members" ADD CONSTRAINT "members_org_fk" FOREIGN KEY ("organization_id")
            REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action""";
    StatementEffect effect = StatementEffect.postgres(TABLES + constraint + ";", "DO $$ BEGIN\n " + constraint
        + ";\nEXCEPTION\n WHEN duplicate_object THEN null;\nEND $$;");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before());
  }

  @Test
  void blockOfSeveralStatementsWithoutHandler_appliesThemInOrder() {
    StatementEffect effect = StatementEffect.postgres(TABLES, """
        DO LANGUAGE plpgsql $body$
        BEGIN
          ALTER TABLE members ADD COLUMN role text;
          CREATE INDEX members_role_idx ON members (role);
        END
        $body$;""");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after().table(path("public", "members")).orElseThrow().indexes())
        .extracting(i -> i.name()).containsExactly("members_role_idx");
  }

  @Test
  void blockWithControlFlow_isUnderstoodWithoutChange() {
    StatementEffect effect = StatementEffect.postgres("", """
        DO $$
        BEGIN
          IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'billing_app') THEN
            CREATE ROLE billing_app LOGIN;
          END IF;
        END
        $$;""");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before());
  }

  @Test
  void blockInAnotherLanguage_isUnderstoodWithoutChange() {
    StatementEffect effect = StatementEffect.postgres("", "DO LANGUAGE plpython3u $$ plpy.notice('hi') $$;");

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after()).isEqualTo(effect.before());
  }
}
