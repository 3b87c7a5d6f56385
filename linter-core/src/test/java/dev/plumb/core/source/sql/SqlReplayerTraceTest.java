package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.migration.DownReplay;
import dev.plumb.core.model.migration.Migration;
import dev.plumb.core.model.migration.MigrationKind;
import dev.plumb.core.model.migration.MigrationTrace;
import dev.plumb.core.model.migration.MigrationVersion;
import dev.plumb.core.model.migration.ObjectKind;
import dev.plumb.core.model.migration.ReplayEvent;
import dev.plumb.core.model.migration.ReplayEvent.Created;
import dev.plumb.core.model.migration.ReplayEvent.Dropped;
import dev.plumb.core.model.migration.ReplayEvent.UnresolvedReference;
import dev.plumb.core.model.migration.ReplayStep;
import dev.plumb.core.source.migration.MigrationSet;
import dev.plumb.core.source.migration.MigrationSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SqlReplayerTraceTest {

  private static final String V1 = "db/V1__core.sql";
  private static final String V2 = "db/V2__orders.sql";

  @Test
  void everyStatementOfEveryUpIsAStepWithItsVerbAndSchemas() {
    MigrationSet set = new MigrationSet("flyway", true, List.of(
        migration("V1__core.sql", "1", V1, """
            CREATE TABLE users (id int PRIMARY KEY);
            CREATE UNIQUE INDEX CONCURRENTLY users_id ON users (id);
            """, null),
        migration("V2__orders.sql", "2", V2, """
            ALTER TABLE users ADD COLUMN email text;
            CREATE OR REPLACE VIEW emails AS SELECT email FROM users;
            INSERT INTO users (id) VALUES (1);
            """, null)), List.of());

    MigrationTrace trace = new SqlReplayer(Dialect.POSTGRESQL).replay(set).trace();

    assertThat(trace.layout()).isEqualTo("flyway");
    assertThat(trace.hasDowns()).isTrue();
    assertThat(trace.migrations()).extracting(Migration::name).containsExactly("V1__core.sql", "V2__orders.sql");
    assertThat(trace.steps()).extracting(ReplayStep::verb)
        .containsExactly("CREATE TABLE", "CREATE INDEX", "ALTER TABLE", "CREATE VIEW", "INSERT");
    assertThat(trace.steps()).extracting(ReplayStep::migration).containsExactly(0, 0, 1, 1, 1);
    assertThat(trace.steps()).allMatch(ReplayStep::understood);
    List<ReplayStep> steps = trace.steps();
    for (int i = 1; i < steps.size(); i++) {
      assertThat(steps.get(i).before()).isSameAs(steps.get(i - 1).after());
    }
    assertThat(steps.get(0).before().tables()).isEmpty();
    assertThat(steps.get(2).before().table(ObjectPath.of("public", "users")).orElseThrow().column("email"))
        .isEmpty();
    assertThat(steps.get(2).after().table(ObjectPath.of("public", "users")).orElseThrow().column("email"))
        .isPresent();
    assertThat(steps.get(4).span()).isEqualTo(new SourceSpan(V2, 3, 1, 3, 33));
    assertThat(trace.schemaBefore(1).orElseThrow()).isSameAs(steps.get(2).before());
  }

  @Test
  void filesGivenOneByOneAreUnversionedMigrations() {
    ReplayResult result = new SqlReplayer(Dialect.POSTGRESQL).replay(List.of(
        new SqlSourceFile("sql/schema.sql", "CREATE TABLE t (id int);"),
        new SqlSourceFile("seed.sql", "INSERT INTO t VALUES (1);")));

    MigrationTrace trace = result.trace();
    assertThat(trace.layout()).isEqualTo("files");
    assertThat(trace.hasDowns()).isFalse();
    assertThat(trace.migrations()).containsExactly(
        new Migration("schema.sql", Optional.empty(), "", MigrationKind.UNVERSIONED, "sql/schema.sql",
            Optional.empty()),
        new Migration("seed.sql", Optional.empty(), "", MigrationKind.UNVERSIONED, "seed.sql", Optional.empty()));
    assertThat(trace.steps()).hasSize(2);
    assertThat(trace.downs()).isEmpty();
  }

  @Test
  void createsAndDropsSayWhetherTheObjectExistedAndWhetherThatWasAllowed() {
    List<ReplayEvent> events = events(Dialect.POSTGRESQL, """
        CREATE TABLE t (id int);
        CREATE TABLE IF NOT EXISTS t (id int);
        CREATE TABLE t (id int);
        CREATE INDEX t_id ON t (id);
        DROP INDEX IF EXISTS nope;
        DROP TABLE t;
        DROP TABLE t;
        CREATE SEQUENCE IF NOT EXISTS s;
        CREATE SEQUENCE IF NOT EXISTS s;
        """, e -> !(e instanceof ReplayEvent.Created c && c.kind() == ObjectKind.COLUMN));

    ObjectPath t = ObjectPath.of("public", "t");
    assertThat(events).containsExactly(
        new Created(ObjectKind.TABLE, t, statement(1, 23), false, false),
        new Created(ObjectKind.TABLE, t, statement(2, 37), true, true),
        new Created(ObjectKind.TABLE, t, statement(3, 23), false, true),
        new Created(ObjectKind.INDEX, ObjectPath.of("public", "t_id"), statement(4, 27), false, false),
        new Dropped(ObjectKind.INDEX, ObjectPath.of("public", "nope"), statement(5, 25), true, false),
        new Dropped(ObjectKind.TABLE, t, statement(6, 12), false, true),
        new Dropped(ObjectKind.TABLE, t, statement(7, 12), false, false),
        // CREATE SEQUENCE IF NOT EXISTS is read by Plumb's own grammar, whose events are the schema's difference:
        // the second one changes nothing, so it reports nothing (and so nothing it could be blamed for).
        new Created(ObjectKind.SEQUENCE, ObjectPath.of("public", "s"), statement(8, 31), true, false));
  }

  @Test
  void referencesToMissingObjectsArePlacedAtTheirNames() {
    List<ReplayEvent> events = events(Dialect.POSTGRESQL, """
        CREATE INDEX idx ON courses (course_id);
        CREATE TABLE platforms (id int PRIMARY KEY, name text);
        CREATE INDEX platforms_description ON platforms (description);
        CREATE TABLE games (platform_id int REFERENCES platforms (uuid), studio_id int REFERENCES studios);
        ALTER TABLE studios ADD COLUMN founded date;
        ALTER TABLE platforms ALTER COLUMN title SET NOT NULL;
        COMMENT ON COLUMN platforms.maker IS 'who';
        CREATE VIEW listing AS SELECT * FROM platforms JOIN vendors USING (id);
        CREATE TRIGGER touch BEFORE UPDATE ON platforms FOR EACH ROW EXECUTE FUNCTION touch_row();
        INSERT INTO platforms (id, label) VALUES (1, 'x');
        UPDATE platforms SET nam = 'y';
        """, e -> e instanceof UnresolvedReference);

    assertThat(events).containsExactly(
        new UnresolvedReference(ObjectKind.TABLE, ObjectPath.of("public", "courses"), at(1, 21, 1, 27), "indexed"),
        new UnresolvedReference(ObjectKind.COLUMN, ObjectPath.of("public", "platforms", "description"),
            at(3, 50, 3, 60), "indexed"),
        new UnresolvedReference(ObjectKind.COLUMN, ObjectPath.of("public", "platforms", "uuid"), at(4, 59, 4, 62),
            "referenced by a foreign key"),
        new UnresolvedReference(ObjectKind.TABLE, ObjectPath.of("public", "studios"), at(4, 91, 4, 97),
            "referenced by a foreign key"),
        new UnresolvedReference(ObjectKind.TABLE, ObjectPath.of("public", "studios"), at(5, 13, 5, 19), "altered"),
        new UnresolvedReference(ObjectKind.COLUMN, ObjectPath.of("public", "platforms", "title"), at(6, 36, 6, 40),
            "altered"),
        new UnresolvedReference(ObjectKind.COLUMN, ObjectPath.of("public", "platforms", "maker"), at(7, 19, 7, 33),
            "commented on"),
        new UnresolvedReference(ObjectKind.TABLE, ObjectPath.of("public", "vendors"), at(8, 53, 8, 59),
            "read by view public.listing"),
        new UnresolvedReference(ObjectKind.FUNCTION, ObjectPath.of("public", "touch_row"), at(9, 79, 9, 87),
            "executed by trigger touch"),
        new UnresolvedReference(ObjectKind.COLUMN, ObjectPath.of("public", "platforms", "label"),
            at(10, 28, 10, 32), "inserted into"),
        new UnresolvedReference(ObjectKind.COLUMN, ObjectPath.of("public", "platforms", "nam"), at(11, 22, 11, 24),
            "updated"));
  }

  @Test
  void columnTypesMustBeBuiltInOrDeclaredBefore() {
    List<ReplayEvent> events = events(Dialect.POSTGRESQL, """
        CREATE TABLE early (mood mood, kind app.kind);
        CREATE TYPE mood AS ENUM ('ok', 'sad');
        CREATE DOMAIN email AS text;
        CREATE TYPE pair AS (a int, b int);
        CREATE TABLE t (m mood, e email, p pair, id uuid, doc jsonb, at timestamptz(3), span interval day,
          tags text[], code "char", price numeric(10, 2), nick citext, shape geometry(Point, 4326), r int4range);
        """, e -> e instanceof UnresolvedReference);

    assertThat(events).containsExactly(
        new UnresolvedReference(ObjectKind.TYPE, ObjectPath.of("public", "mood"), at(1, 26, 1, 29),
            "used as the type of column public.early.mood"),
        new UnresolvedReference(ObjectKind.TYPE, ObjectPath.of("app", "kind"), at(1, 37, 1, 44),
            "used as the type of column public.early.kind"));
  }

  @Test
  void onceAnExtensionIsCreatedUnknownTypesAreNotReported() {
    assertThat(events(Dialect.POSTGRESQL, """
        CREATE EXTENSION IF NOT EXISTS postgis_topology;
        CREATE TABLE t (layer topogeometry);
        """, e -> e instanceof UnresolvedReference)).isEmpty();
    assertThat(events(Dialect.MYSQL, "CREATE TABLE t (a mood);", e -> e instanceof UnresolvedReference)).isEmpty();
  }

  @Test
  void aTableOfTheNameInAnotherSchemaMayBeTheOneMeant() {
    assertThat(events(Dialect.POSTGRESQL, """
        SET search_path TO app;
        CREATE TABLE users (id int);
        CREATE INDEX users_id ON app.users (id);
        """, e -> e instanceof UnresolvedReference)).isEmpty();
  }

  @Test
  void dropCascadeTakesTheViewsThatReadTheTable() {
    ReplayResult result = replay(Dialect.POSTGRESQL, """
        CREATE TABLE t (id int);
        CREATE TABLE other (id int);
        CREATE VIEW v AS SELECT id FROM t;
        CREATE VIEW w AS SELECT id FROM other;
        DROP TABLE t CASCADE;
        """);

    assertThat(result.schema().views().keySet()).containsExactly(ObjectPath.of("public", "w"));
  }

  @Test
  void aStatementNotUnderstoodLeavesEveryNameInItUncertain() {
    ReplayResult result = replay(Dialect.POSTGRESQL, """
        CREATE TABLE foo (id int,, "Label" text);
        CREATE INDEX foo_id ON foo (id);
        """);

    List<ReplayStep> steps = result.trace().steps();
    assertThat(steps.get(0).understood()).isFalse();
    assertThat(steps.get(0).after()).isSameAs(steps.get(0).before());
    assertThat(steps.get(0).events()).isEmpty();
    assertThat(steps.get(0).uncertainNames()).contains("foo", "id", "Label");
    assertThat(steps.get(1).events()).containsExactly(new UnresolvedReference(ObjectKind.TABLE,
        ObjectPath.of("public", "foo"), at(2, 24, 2, 26), "indexed"));
    assertThat(result.trace().uncertainBefore(1, "foo")).isTrue();
    assertThat(result.trace().uncertainBefore(0, "foo")).isFalse();
    assertThat(result.trace().uncertainBefore(2, "bar")).isFalse();
  }

  @Test
  void codeTheReplayCannotFollowAndTablesOfUnknownColumnsAreUncertain() {
    List<ReplayStep> steps = replay(Dialect.POSTGRESQL, """
        DO $$ BEGIN CREATE TYPE Mood AS ENUM ('ok'); EXCEPTION WHEN duplicate_object THEN NULL; END $$;
        CREATE TABLE totals AS SELECT 1 AS n;
        CREATE TABLE child (id int) INHERITS (parent);
        CREATE TABLE plain (id int);
        """).trace().steps();

    assertThat(steps).allMatch(ReplayStep::understood);
    // A DO block made of statements is replayed statement by statement (DoBlockGrammar), so its type is known.
    assertThat(steps.get(0).after().enumTypes()).containsKey(ObjectPath.of("public", "mood"));
    assertThat(steps.get(1).uncertainNames()).containsExactly("totals");
    assertThat(steps.get(2).uncertainNames()).containsExactly("child");
    assertThat(steps.get(2).events()).contains(new UnresolvedReference(ObjectKind.TABLE,
        ObjectPath.of("public", "parent"), at(3, 39, 3, 44), "inherited by table public.child"));
    assertThat(steps.get(3).uncertainNames()).isEmpty();
  }

  @Test
  void aDownIsReplayedRightAfterItsUpAndTheUpsGoOn() {
    MigrationSet set = new MigrationSet("golang-migrate", true, List.of(
        migration("1_users.up.sql", "1", "1_users.up.sql", "CREATE TABLE users (id int);",
            "DROP TABLE users;"),
        migration("2_email.up.sql", "2", "2_email.up.sql", """
            ALTER TABLE users ADD COLUMN email text;
            CREATE INDEX users_email ON users (email);
            """, "DROP INDEX users_email;"),
        migration("3_broken.up.sql", "3", "3_broken.up.sql", "CREATE TABLE logs (id int);",
            "DROP TABLE logs,, other;")), List.of());

    ReplayResult result = new SqlReplayer(Dialect.POSTGRESQL).replay(set);

    List<DownReplay> downs = result.trace().downs();
    assertThat(downs).extracting(DownReplay::migration).containsExactly(0, 1, 2);
    assertThat(downs.get(0).beforeUp()).isEqualTo(downs.get(0).afterDown());
    assertThat(downs.get(0).complete()).isTrue();
    ObjectPath users = ObjectPath.of("public", "users");
    assertThat(downs.get(1).beforeUp().table(users).orElseThrow().column("email")).isEmpty();
    assertThat(downs.get(1).afterDown().table(users).orElseThrow().column("email")).isPresent();
    assertThat(downs.get(1).afterDown().table(users).orElseThrow().indexes()).isEmpty();
    assertThat(downs.get(2).complete()).isFalse();
    // The ups go on from the schema after the up, not after the down.
    assertThat(result.schema().table(users)).isPresent();
    assertThat(result.trace().steps()).hasSize(4);
    assertThat(result.statements()).isEqualTo(7);
    assertThat(result.understood()).isEqualTo(6);
    assertThat(result.files()).extracting(ReplayedFile::displayName).containsExactly("1_users.up.sql",
        "1_users.down.sql", "2_email.up.sql", "2_email.down.sql", "3_broken.up.sql", "3_broken.down.sql");
  }

  @Test
  void upAndDownInOneFileAreOneFileOfStatementsAndTheDownIsPlacedInItsSection() {
    String file = "db/migrations/20240101_users.sql";
    String up = """
        -- migrate:up
        CREATE TABLE users (id int);

        """;
    String down = "-- migrate:down\nDROP TABLE users;\n";
    MigrationSource source = new MigrationSource(new Migration("20240101_users.sql",
        Optional.of(MigrationVersion.parse("20240101")), "users", MigrationKind.VERSIONED, file, Optional.of(file)),
        new SqlSourceFile(file, up + " ".repeat(down.length() - 1) + "\n"),
        Optional.of(new SqlSourceFile(file, up.replaceAll("[^\n]", " ") + down)));

    ReplayResult result = new SqlReplayer(Dialect.POSTGRESQL)
        .replay(new MigrationSet("dbmate", true, List.of(source), List.of()));

    assertThat(result.files()).hasSize(1);
    assertThat(result.files().get(0).statements()).extracting(SqlStatement::text)
        .containsExactly("CREATE TABLE users (id int)", "DROP TABLE users");
    DownReplay replayed = result.trace().downs().get(0);
    assertThat(replayed.complete()).isTrue();
    assertThat(replayed.afterDown()).isEqualTo(replayed.beforeUp());
    assertThat(replayed.downStart()).hasValue(new SourceSpan(file, 5, 1, 5, 16));
  }

  @Test
  void foreignKeyTargetsAreNotCheckedWhereTheDatabaseDoesNotCheckThem() {
    String mysqlDump = """
        SET FOREIGN_KEY_CHECKS = 0;
        CREATE TABLE a (id int, b_id int, CONSTRAINT a_b FOREIGN KEY (b_id) REFERENCES b (id));
        SET FOREIGN_KEY_CHECKS = 1;
        CREATE TABLE c (b_id int, CONSTRAINT c_b FOREIGN KEY (b_id) REFERENCES b (id));
        """;
    assertThat(events(Dialect.MYSQL, mysqlDump, e -> e instanceof UnresolvedReference)).containsExactly(
        new UnresolvedReference(ObjectKind.TABLE, ObjectPath.of("", "b"), at(4, 72, 4, 72),
            "referenced by a foreign key"));
    assertThat(events(Dialect.SQLITE, "CREATE TABLE a (b_id int REFERENCES b (id));",
        e -> e instanceof UnresolvedReference)).isEmpty();
  }

  private static MigrationSource migration(String name, String version, String upFile, String up, String down) {
    Optional<String> downFile = Optional.ofNullable(down).map(d -> upFile.replace(".up.", ".down."));
    Migration migration = new Migration(name, Optional.of(MigrationVersion.parse(version)), "",
        MigrationKind.VERSIONED, upFile, downFile);
    return new MigrationSource(migration, new SqlSourceFile(upFile, up),
        downFile.map(file -> new SqlSourceFile(file, down)));
  }

  private static ReplayResult replay(Dialect dialect, String sql) {
    return new SqlReplayer(dialect).replay(List.of(new SqlSourceFile(V1, sql)));
  }

  private static List<ReplayEvent> events(Dialect dialect, String sql,
                                          java.util.function.Predicate<ReplayEvent> wanted) {
    List<ReplayEvent> events = new ArrayList<>();
    replay(dialect, sql).trace().steps().forEach(s -> s.events().stream().filter(wanted).forEach(events::add));
    return events;
  }

  /** A whole one-line statement of V1 that ends (before its semicolon) at {@code endColumn}. */
  private static SourceSpan statement(int line, int endColumn) {
    return new SourceSpan(V1, line, 1, line, endColumn);
  }

  private static SourceSpan at(int line, int column, int endLine, int endColumn) {
    return new SourceSpan(V1, line, column, endLine, endColumn);
  }
}
