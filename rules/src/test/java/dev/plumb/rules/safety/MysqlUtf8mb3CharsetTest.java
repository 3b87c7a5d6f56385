package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class MysqlUtf8mb3CharsetTest {

  private final RuleTester tester = RuleTester.of(new MysqlUtf8mb3Charset()).dialect(Dialect.MYSQL);

  @Test
  void tablesAndColumnsInUtf8mb3() {
    List<Finding> findings = tester
        .migration("V1__t.sql", """
            CREATE TABLE users (
              id int PRIMARY KEY,
              -- expect: mysql-utf8mb3-charset (warning)
              name varchar(100) CHARACTER SET utf8 COLLATE utf8_unicode_ci,
              -- expect: mysql-utf8mb3-charset
              bio text COLLATE utf8mb3_bin
            -- expect: mysql-utf8mb3-charset
            ) ENGINE=InnoDB DEFAULT CHARSET=UTF8;
            """)
        .check();

    assertThat(findings).extracting(Finding::message).containsExactly(
        "Column users.name uses CHARACTER SET utf8, the 3-byte utf8mb3 that cannot store emoji and other 4-byte "
            + "characters; use utf8mb4",
        "Column users.bio uses COLLATE utf8mb3_bin, the 3-byte utf8mb3 that cannot store emoji and other 4-byte "
            + "characters; use utf8mb4",
        "Table users uses CHARACTER SET utf8, the 3-byte utf8mb3 that cannot store emoji and other 4-byte "
            + "characters; use utf8mb4");
    assertThat(findings.get(0).remediations().get(0).edits()).containsExactly(
        new TextEdit("V1__t.sql", 4, 35, 4, 39, "utf8mb4"),
        new TextEdit("V1__t.sql", 4, 48, 4, 63, "utf8mb4_unicode_ci"));
    assertThat(findings.get(1).remediations().get(0).edits()).extracting(TextEdit::newText)
        .containsExactly("utf8mb4_bin");
    assertThat(findings.get(2).remediations().get(0).edits()).extracting(TextEdit::newText)
        .containsExactly("utf8mb4");
  }

  @Test
  void alterTable() {
    tester.dialect(Dialect.MARIADB)
        .migration("V1__t.sql", "CREATE TABLE users (id int PRIMARY KEY, name varchar(10));")
        .migration("V2__t.sql", """
            -- expect: mysql-utf8mb3-charset
            ALTER TABLE users CONVERT TO CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci;
            -- expect: mysql-utf8mb3-charset
            ALTER TABLE users MODIFY name varchar(10) CHARSET utf8;
            -- expect: mysql-utf8mb3-charset
            ALTER TABLE users ADD COLUMN nick varchar(10) CHARACTER SET utf8;
            """)
        .check();
  }

  @Test
  void utf8mb4AndOtherCharsetsAreFine() {
    tester
        .migration("V1__t.sql", """
            CREATE TABLE users (
              id int PRIMARY KEY,
              name varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci,
              code char(2) CHARACTER SET ascii,
              raw varbinary(10)
            ) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
            ALTER TABLE users CONVERT TO CHARACTER SET utf8mb4;
            """)
        .check();
  }

  @Test
  void postgresSaysNothing() {
    RuleTester.of(new MysqlUtf8mb3Charset())
        .migration("V1__t.sql", "CREATE TABLE users (name text COLLATE \"C\");")
        .check();
  }
}
