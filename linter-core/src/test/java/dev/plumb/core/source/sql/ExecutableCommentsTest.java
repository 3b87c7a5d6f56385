package dev.plumb.core.source.sql;

import static dev.plumb.core.source.sql.StatementEffect.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.SourceSpan;
import org.junit.jupiter.api.Test;

class ExecutableCommentsTest {

  @Test
  void markersAreBlanked_andTheTextInsideStaysInPlace() {
    SqlStatement statement = new SqlStatement("/*!40101 SET NAMES utf8 */", SourceSpan.at("f.sql", 1, 1), 0);

    assertThat(ExecutableComments.unwrapped(statement, new SqlSyntax(Dialect.MYSQL)))
        .map(SqlStatement::text).contains("         SET NAMES utf8   ");
  }

  @Test
  void ordinaryCommentsAndOtherDialects_areLeftAlone() {
    SqlStatement statement = new SqlStatement("SELECT 1 /* !not executable */", SourceSpan.at("f.sql", 1, 1), 0);
    SqlStatement postgres = new SqlStatement("/*!40101 SET NAMES utf8 */", SourceSpan.at("f.sql", 1, 1), 0);

    assertThat(ExecutableComments.unwrapped(statement, new SqlSyntax(Dialect.MYSQL))).isEmpty();
    assertThat(ExecutableComments.unwrapped(postgres, new SqlSyntax(Dialect.POSTGRESQL))).isEmpty();
  }

  @Test
  void mysqldumpViewAndTrigger_areReplayed() {
    StatementEffect effect = StatementEffect.of(Dialect.MYSQL, "CREATE TABLE posts (id int, status text, "
        + "published_at datetime);", """
        /*!50001 CREATE ALGORITHM=UNDEFINED */
        /*!50013 DEFINER=`blog`@`%` SQL SECURITY DEFINER */
        /*!50001 VIEW `published_posts` AS select `posts`.`id` AS `id` from `posts`
          where (`posts`.`status` = 'published') */;
        """);

    assertThat(effect.understood()).isTrue();
    assertThat(effect.after().views()).containsOnlyKeys(path("", "published_posts"));
  }
}
