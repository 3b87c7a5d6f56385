package dev.plumb.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.source.sql.SqlStatement;
import dev.plumb.core.source.sql.StatementSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionScannerTest {

  @Test
  void aSqlDirectiveCoversTheNextStatementOnly() {
    String sql = """
        CREATE TABLE a (id int);
        -- plumb:ignore missing-primary-key
        CREATE TABLE b (id int); CREATE TABLE c (id int);
        CREATE TABLE d (id int);
        """;

    assertThat(scanSql(sql)).containsExactly("2:1 [missing-primary-key] '' covers 3:1-3:23");
  }

  @Test
  void aSqlDirectiveCoversEveryLineOfAStatementAndKeepsSeveralIdsAndAReason() {
    String sql = """
          --plumb:ignore unexpected-table,  unexpected-column   the importer owns it

        /* staging only */
        CREATE TABLE import (
          id int,
          raw text
        );
        """;

    assertThat(scanSql(sql)).containsExactly(
        "1:3 [unexpected-column, unexpected-table] 'the importer owns it' covers 4:1-7:1");
  }

  @Test
  void directivesInARowCoverTheSameStatement() {
    String sql = """
        -- plumb:ignore rule-a first
        -- plumb:ignore rule-b second
        SELECT 1;
        """;

    assertThat(scanSql(sql)).containsExactly("1:1 [rule-a] 'first' covers 3:1-3:8",
        "2:1 [rule-b] 'second' covers 3:1-3:8");
  }

  @Test
  void aSqlDirectiveWithNoStatementAfterItCoversNothing() {
    String sql = """
        CREATE TABLE a (id int);
        -- plumb:ignore missing-primary-key nothing follows
        """;

    assertThat(scanSql(sql)).isEmpty();
  }

  @Test
  void onlyLineCommentsOfTheFileKindAreDirectives() {
    String sql = """
        # plumb:ignore rule-a
        SELECT 1; -- plumb:ignore rule-b
        -- plumb:ignore Rule_C
        SELECT 2;
        """;

    assertThat(scanSql(sql)).isEmpty();
    assertThat(scanYaml("-- plumb:ignore rule-a\ntables: []\n")).isEmpty();
  }

  @Test
  void aYamlDirectiveCoversTheNextLineWithContent() {
    String yaml = """
        tables:
          # plumb:ignore unexpected-table legacy, kept for the importer

          # the audit log
          - name: audit_log
            columns: []
        """;

    assertThat(scanYaml(yaml)).containsExactly(
        "2:3 [unexpected-table] 'legacy, kept for the importer' covers 5:1-5:19");
  }

  @Test
  void aYamlDirectiveAtTheEndCoversNothing() {
    assertThat(scanYaml("tables: []\n# plumb:ignore missing-table\n\n")).isEmpty();
  }

  private static List<String> scanSql(String sql) {
    List<SourceSpan> statements = new StatementSplitter(Dialect.POSTGRESQL)
        .split("V1__init.sql", sql).statements().stream().map(SqlStatement::span).toList();
    return SuppressionScanner.scanSql("V1__init.sql", sql, statements).stream()
        .map(SuppressionScannerTest::describe).toList();
  }

  private static List<String> scanYaml(String yaml) {
    return SuppressionScanner.scanYaml("schema.yml", yaml).stream().map(SuppressionScannerTest::describe).toList();
  }

  private static String describe(Suppression s) {
    return s.directive().line() + ":" + s.directive().column() + " " + s.ruleIds().stream().sorted().toList()
        + " '" + s.reason() + "' covers " + s.target().line() + ":" + s.target().column() + "-"
        + s.target().endLine() + ":" + s.target().endColumn();
  }
}
