package dev.plumb.core.source.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Schema;
import dev.plumb.core.source.sql.ReplayResult;
import dev.plumb.core.source.sql.SqlReplayer;
import dev.plumb.core.source.sql.SqlSourceFile;
import dev.plumb.core.testing.TestPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The introspected schema of a real PostgreSQL database against the SQL replay of the same DDL. */
class PostgresIntrospectorTest {

  @RegisterExtension
  final TestPostgres postgres = new TestPostgres();

  static String shopDdl() throws IOException {
    try (InputStream in = PostgresIntrospectorTest.class.getResourceAsStream("/live/postgres-shop.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  LiveDatabase introspect(List<String> schemas) throws SQLException {
    try (Connection connection = postgres.connect()) {
      return LiveReader.read(connection, Dialect.POSTGRESQL, "db", schemas, Duration.ofSeconds(30));
    }
  }

  @Test
  void liveSchemaMatchesReplayOfTheSameDdl() throws Exception {
    String ddl = shopDdl();
    postgres.execute(ddl);
    ReplayResult replayed = new SqlReplayer(Dialect.POSTGRESQL).replay(List.of(new SqlSourceFile("shop.sql", ddl)));
    assertThat(replayed.problems()).isEmpty();

    LiveDatabase live = introspect(List.of());

    Schema expected = replayed.schema();
    assertThat(ComparableSchema.of(live.schema())).isEqualTo(ComparableSchema.of(expected));
    assertThat(live.schema().namespaces()).isEqualTo(expected.namespaces());
    assertThat(live.schema().enumTypes().values()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("span")
        .containsExactlyElementsOf(expected.enumTypes().values());
    assertThat(live.schema().routines().values()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("span")
        .containsExactlyElementsOf(expected.routines().values());
    assertThat(live.schema().triggers().values()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("span")
        .containsExactlyElementsOf(expected.triggers().values());
    assertThat(live.schema().views().keySet()).isEqualTo(expected.views().keySet());
    assertThat(live.notes()).isEmpty();
  }
}
