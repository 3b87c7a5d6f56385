package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialReadingsTest {

  private static ParseOutcome parse(Dialect dialect, String sql) {
    return new StatementParser(dialect, Duration.ofSeconds(5)).parse(sql);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "SQLITE|CREATE TABLE sqlite_sequence(name, seq)|the SQL parser skipped 2 of 2 table elements",
      "SQLITE|CREATE VIRTUAL TABLE f USING fts5(body)|the SQL parser does not read virtual tables",
      "POSTGRESQL|ALTER TABLE c ALTER COLUMN metadata SET STATISTICS 0|"
          + "the SQL parser misreads this ALTER TABLE action as a column's type",
      "MARIADB|ALTER TABLE loans ADD SYSTEM VERSIONING|"
          + "the SQL parser misreads this ALTER TABLE action as a column's type",
      "POSTGRESQL|ALTER TABLE drivers FLY AWAY|the SQL parser does not read this ALTER TABLE action",
      "POSTGRESQL|ALTER SEQUENCE s OWNED BY t|the SQL parser accepts this statement only in part",
      "MYSQL|CREATE PROCEDURE p() BEGIN SELECT 1; END|the SQL parser does not read MySQL routine bodies",
      "POSTGRESQL|DO $$ BEGIN NULL; END $$|the SQL parser keeps a DO block's statements as text"})
  void readingsThatSkipOrMisreadPartOfTheStatement_areRejected(Dialect dialect, String sql, String reason) {
    assertThat(parse(dialect, sql)).isEqualTo(ParseOutcome.Rejected.atStart(reason));
  }

  @ParameterizedTest
  @ValueSource(strings = {"CREATE TABLE t (a int, b text, PRIMARY KEY (a))", "CREATE TABLE t2 (LIKE t INCLUDING ALL)",
      "ALTER TABLE t REPLICA IDENTITY FULL", "ALTER TABLE t VALIDATE CONSTRAINT c", "ALTER SEQUENCE s RESTART",
      "ALTER TABLE t ALTER COLUMN b TYPE varchar(10)", "CREATE TABLE p PARTITION OF t FOR VALUES IN ('a', 'b')"})
  void completeReadings_areParsed(String sql) {
    assertThat(parse(Dialect.POSTGRESQL, sql)).isInstanceOf(ParseOutcome.Parsed.class);
  }
}
