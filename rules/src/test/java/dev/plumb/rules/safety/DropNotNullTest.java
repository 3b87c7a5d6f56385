package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class DropNotNullTest {

  private final RuleTester tester = RuleTester.of(new DropNotNull());

  @Test
  void postgresDropNotNullOfAnExistingColumn() {
    List<Finding> findings = tester
        .migration("V1__users.sql", "CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);")
        .migration("V2__optional.sql", """
            -- expect: drop-not-null (warning)
            ALTER TABLE users ALTER COLUMN email DROP NOT NULL;
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Column users.email loses NOT NULL: code already running "
        + "counts on a value in every row and breaks on the first NULL, and once NULLs are written NOT NULL cannot "
        + "come back without filling them in");
  }

  @Test
  void nullableColumnsNewColumnsAndKeyColumnsAreNotReported() {
    tester
        .migration("V1__users.sql", "CREATE TABLE users (id int PRIMARY KEY, email text, name text NOT NULL);")
        .migration("V2__optional.sql", """
            ALTER TABLE users ALTER COLUMN email DROP NOT NULL;
            ALTER TABLE users ADD COLUMN nick text NOT NULL DEFAULT '';
            ALTER TABLE users ALTER COLUMN nick DROP NOT NULL;
            CREATE TABLE drafts (id int, body text NOT NULL);
            ALTER TABLE drafts ALTER body DROP NOT NULL;
            """)
        .check();
  }

  @Test
  void aTableUnknownToTheReplayIsReported() {
    tester
        .migration("V9__optional.sql", """
            -- expect: drop-not-null
            ALTER TABLE "Accounts" ALTER "Email" DROP NOT NULL;
            """)
        .check();
  }

  @Test
  void mysqlModifyThatLeavesOutNotNull() {
    List<Finding> findings = tester.dialect(Dialect.MYSQL)
        .migration("V1__users.sql", """
            CREATE TABLE users (id int PRIMARY KEY, email varchar(100) NOT NULL, name varchar(50) NOT NULL,
              note text);
            """)
        .migration("V2__widen.sql", """
            -- expect: drop-not-null
            ALTER TABLE users MODIFY email varchar(320) DEFAULT '';
            ALTER TABLE users MODIFY COLUMN name varchar(100) NOT NULL;
            ALTER TABLE users MODIFY note mediumtext;
            ALTER TABLE users MODIFY id bigint;
            -- expect: drop-not-null
            ALTER TABLE users CHANGE name full_name varchar(100);
            """)
        .check();

    assertThat(findings.get(0).remediations().get(0).sql())
        .hasValue("ALTER TABLE users MODIFY email varchar(320) NOT NULL DEFAULT '';");
    assertThat(findings.get(1).remediations().get(0).sql())
        .hasValue("ALTER TABLE users CHANGE name full_name varchar(100) NOT NULL;");
  }

  @Test
  void mysqlColumnsTheReplayDoesNotKnowAreNotGuessed() {
    tester.dialect(Dialect.MYSQL)
        .migration("V9__widen.sql", "ALTER TABLE users MODIFY email varchar(320);")
        .check();
  }

  @Test
  void sqliteIsNotReported() {
    tester.dialect(Dialect.H2)
        .migration("V1__users.sql", "CREATE TABLE users (id int, email varchar(100) NOT NULL);")
        .migration("V2__optional.sql", "ALTER TABLE users ALTER COLUMN email DROP NOT NULL;")
        .check();
  }
}
