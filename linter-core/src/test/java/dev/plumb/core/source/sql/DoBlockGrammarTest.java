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
  void createUnderIfNotExists_isReplayedSkippingWhatExists() {
    String block = """
        DO $$
        BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood') THEN
            CREATE TYPE mood AS ENUM ('sad', 'ok');
          END IF;
        END
        $$;""";
    StatementEffect fresh = StatementEffect.postgres("", block);
    StatementEffect existing = StatementEffect.postgres("CREATE TYPE mood AS ENUM ('happy');", block);

    assertThat(fresh.understood()).isTrue();
    assertThat(fresh.after().enumTypes().get(path("public", "mood")).values()).containsExactly("sad", "ok");
    assertThat(existing.understood()).isTrue();
    assertThat(existing.after()).isEqualTo(existing.before());
  }

  @Test
  void blockWithOtherControlFlow_isUnderstoodWithoutChange() {
    StatementEffect effect = StatementEffect.postgres("", """
        DO $$
        BEGIN
          FOR r IN SELECT tablename FROM pg_tables LOOP
            EXECUTE format('ANALYZE %I', r.tablename);
          END LOOP;
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
