package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.operation.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every operation grammar, asked about every prefix of statements it reads (and of ones it does not), returns
 * operations or none and never throws: the reader's catch is a last resort, not the grammars' error handling.
 */
class OperationGrammarsRobustnessTest {

  private static final List<OperationGrammar> GRAMMARS = List.of(new CreateIndexOperations(),
      new DropIndexOperations(), new ReindexOperations(), new DropOperations(), new TruncateOperations(),
      new SettingOperations(), new SetConfigOperations(), new TransactionOperations(), new MaintenanceOperations(),
      new EnumValueOperations(), new DomainOperations(), new TriggerOperations(), new DataChangeOperations(),
      new RenameTableOperations());

  private static final List<String> STATEMENTS = List.of(
      "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS \"i\" ON ONLY app.t USING btree (lower(a), (b + 1) DESC, c"
          + " COLLATE \"C\") INCLUDE (d) WITH (fillfactor = 70) WHERE e IS NULL",
      "CREATE FULLTEXT INDEX i USING BTREE ON t (a(10), ((b))) ALGORITHM = INPLACE LOCK = NONE",
      "DROP INDEX CONCURRENTLY IF EXISTS a, app.b CASCADE",
      "DROP INDEX i ON db.t ALGORITHM=INPLACE",
      "REINDEX (CONCURRENTLY false, VERBOSE) TABLE CONCURRENTLY app.t",
      "DROP FUNCTION IF EXISTS app.f(int, text), g() CASCADE",
      "DROP TRIGGER IF EXISTS trg ON app.t",
      "DROP TEXT SEARCH CONFIGURATION x",
      "TRUNCATE TABLE ONLY a *, b RESTART IDENTITY CASCADE",
      "SET LOCAL search_path TO app, 'public'",
      "SET @@session.a = 1, GLOBAL b = CONCAT(@@c, 'x'), @u := (SELECT 1)",
      "RESET ALL",
      "SELECT pg_catalog.set_config('a', current_setting('b'), 'true') AS x, set_config('c', '1', false)",
      "BEGIN TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ ONLY",
      "ROLLBACK WORK TO SAVEPOINT s",
      "COMMIT AND NO CHAIN NO RELEASE",
      "VACUUM (FULL true, ANALYZE) app.t (a, b), c",
      "CLUSTER VERBOSE i ON app.t",
      "OPTIMIZE NO_WRITE_TO_BINLOG TABLE a, b",
      "ALTER TYPE app.mood ADD VALUE IF NOT EXISTS 'x' BEFORE 'y'",
      "ALTER DOMAIN d ADD CONSTRAINT c CHECK (VALUE > 0) NOT VALID",
      "CREATE DOMAIN IF NOT EXISTS d AS text DEFAULT 'a' CHECK (VALUE <> '')",
      "CREATE DEFINER = `root`@`%` TRIGGER db.trg BEFORE UPDATE OF a, b ON t FOR EACH ROW SET NEW.a = 1",
      "INSERT INTO app.t AS x (a, b) VALUES (1, 2) ON CONFLICT (a) DO UPDATE SET b = 3",
      "INSERT IGNORE INTO t SET a = 1, b = (2)",
      "UPDATE ONLY t AS x SET a = ARRAY[1, 2], (b, c) = (SELECT 1, 2), d[1] = e IS DISTINCT FROM f FROM g WHERE h",
      "DELETE l FROM orders o INNER JOIN lines AS l ON l.id = o.id, other WHERE o.id = 1",
      "DELETE FROM a1, a2 USING t1 AS a1, t2 AS a2 WHERE a1.id = a2.id",
      "RENAME TABLE a TO b, c.d TO e.f",
      "((( )) , ; = @ @@ . 'unterminated");

  @Test
  void noPrefixOfAnyStatementThrows() {
    int read = 0;
    for (Dialect dialect : Dialect.values()) {
      SqlSyntax syntax = new SqlSyntax(dialect);
      Names names = new Names(dialect);
      for (String statement : STATEMENTS) {
        for (int end = 1; end <= statement.length(); end++) {
          String text = statement.substring(0, end).strip();
          if (text.isEmpty()) {
            continue;
          }
          SqlStatement prefix = new SqlStatement(text, new SourceSpan("V1__x.sql", 3, 5, 3, 4 + text.length()), 0);
          for (OperationGrammar grammar : GRAMMARS) {
            assertThatCode(() -> grammar.read(new OperationSource(prefix, syntax, names)))
                .as(dialect + " " + grammar.getClass().getSimpleName() + ": " + text).doesNotThrowAnyException();
          }
          read++;
        }
      }
    }
    assertThat(read).isGreaterThan(5_000);
  }

  @Test
  void wholeStatementsReadInTheirDialectGiveOperations() {
    for (String statement : STATEMENTS.subList(0, STATEMENTS.size() - 1)) {
      boolean any = false;
      for (Dialect dialect : Dialect.values()) {
        SqlStatement whole = new SqlStatement(statement, new SourceSpan("V1__x.sql", 1, 1, 1, statement.length()), 0);
        List<Operation> operations = new OperationReader(dialect).read(whole, StatementVerb.of(statement));
        any |= !operations.isEmpty();
      }
      assertThat(any).as(statement).isTrue();
    }
  }
}
