package dev.plumb.core.source.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RedactedUrlTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // PostgreSQL
      "jdbc:postgresql://db.example.com:5432/app | jdbc:postgresql://db.example.com:5432/app",
      "jdbc:postgresql://db/app?user=plumb&password=s3cret | jdbc:postgresql://db/app?user=plumb",
      "jdbc:postgresql://db/app?password=s3cret&ssl=true | jdbc:postgresql://db/app?ssl=true",
      "jdbc:postgresql://db/app?password=s3cret | jdbc:postgresql://db/app",
      "jdbc:postgresql://db/app?ssl=true&sslpassword=k3y&user=u | jdbc:postgresql://db/app?ssl=true&user=u",
      "jdbc:postgresql://plumb:s3cret@db:5432/app | jdbc:postgresql://plumb@db:5432/app",
      "jdbc:postgresql://h1:5432,h2:5433/app?targetServerType=primary&password=x "
          + "| jdbc:postgresql://h1:5432,h2:5433/app?targetServerType=primary",
      // MariaDB and MySQL
      "jdbc:mariadb://localhost:3306/shop?user=root&password=pw | jdbc:mariadb://localhost:3306/shop?user=root",
      "jdbc:mariadb://root:pw@localhost/shop | jdbc:mariadb://root@localhost/shop",
      "jdbc:mysql://app:p@ss/w0rd@db:3306/shop?useSSL=true | jdbc:mysql://app@db:3306/shop?useSSL=true",
      "jdbc:mysql://db:3306/shop?user=a@b.com&PASSWORD=Pw | jdbc:mysql://db:3306/shop?user=a@b.com",
      "jdbc:mariadb:address=(host=db)(port=3306)(user=u)(password=pw)/shop "
          + "| jdbc:mariadb:address=(host=db)(port=3306)(user=u)/shop",
      "jdbc:mysql://db/shop?pwd=pw&user=u | jdbc:mysql://db/shop?user=u",
      // URL-encoded passwords
      "jdbc:postgresql://u:p%40ss%3Fw%23rd@db/app | jdbc:postgresql://u@db/app",
      "jdbc:postgresql://db/app?password=p%26ss%3Dw&ssl=true | jdbc:postgresql://db/app?ssl=true",
      // SQLite and H2
      "jdbc:sqlite:/var/data/app.db | jdbc:sqlite:/var/data/app.db",
      "jdbc:sqlite:file:app.db?mode=ro&password=cipher | jdbc:sqlite:file:app.db?mode=ro",
      "jdbc:h2:mem:test;USER=sa;PASSWORD=secret;MODE=PostgreSQL | jdbc:h2:mem:test;USER=sa;MODE=PostgreSQL",
      "jdbc:h2:tcp://db:9092/~/app;password=secret | jdbc:h2:tcp://db:9092/~/app",
      "jdbc:h2:./data/app | jdbc:h2:./data/app",
  })
  void passwordsAreRemoved(String url, String shown) {
    assertThat(RedactedUrl.of(url).shown()).isEqualTo(shown);
  }

  @Test
  void aDriverMessageLosesTheUrlAsGivenAndTheKnownPassword() {
    String url = "jdbc:postgresql://plumb:s3cret@db/app";
    RedactedUrl shown = RedactedUrl.of(url, Optional.of("pä ss+word"));

    assertThat(shown.redact("FATAL: cannot connect to " + url + " as plumb with pä ss+word or p%C3%A4+ss%2Bword or p%C3%A4%20ss%2Bword",
        url)).isEqualTo("FATAL: cannot connect to jdbc:postgresql://plumb@db/app as plumb with *** or *** or ***");
    assertThat(shown.redact("connect jdbc:mysql://x/y?password=leak failed", url))
        .isEqualTo("connect jdbc:mysql://x/y failed");
    assertThat(shown.redact(null, url)).isEmpty();
  }

  @Test
  void secretsOfTheUrlAreBlankedWhereverADriverEchoesThem() {
    String url = "jdbc:postgresql://plumb:s3cr%40t@db/app?sslpassword=k3y";
    RedactedUrl shown = RedactedUrl.of(url);

    assertThat(shown.redact("unknown host plumb:s3cr%40t@db, key k3y, decoded s3cr@t", url))
        .isEqualTo("unknown host plumb:***@db, key ***, decoded ***");
  }

  @Test
  void aTargetNeverPrintsItsPassword() {
    LiveTarget target = new LiveTarget("jdbc:postgresql://u:in-url@db/app", Optional.of("u"),
        Optional.of("from-env"), Optional.empty(), java.util.List.of(), 3, java.time.Duration.ofSeconds(10));

    assertThat(target.toString()).doesNotContain("in-url", "from-env").contains("jdbc:postgresql://u@db/app");
  }
}
