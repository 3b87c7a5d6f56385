package dev.plumb.rules.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownFunctionReferenceTest {

  private final RuleTester tester = RuleTester.of(new UnknownFunctionReference());

  @Test
  void triggerBeforeItsFunction() {
    List<Finding> findings = tester
        .migration("V5__audit.sql", """
            CREATE TABLE orders (id int, updated_at timestamptz);
            -- expect: unknown-function-reference (error)
            CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
            CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN NEW.updated_at = now(); RETURN NEW; END $$;
            """)
        .check();

    Finding finding = findings.get(0);
    assertThat(finding.message())
        .isEqualTo("Function public.touch_updated_at does not exist when it is executed by trigger orders_touch");
    assertThat(finding.location().span()).hasValue(new SourceSpan("V5__audit.sql", 3, 83, 3, 98));
    assertThat(finding.remediations()).extracting(Remediation::description)
        .containsExactly("Created in V5__audit.sql:4; move this statement after it.");
  }

  @Test
  void executeProcedureAndSchemaQualifiedNames() {
    tester
        .migration("V1__t.sql", """
            CREATE SCHEMA audit;
            CREATE TABLE t (id int);
            -- expect: unknown-function-reference
            CREATE TRIGGER t_log AFTER INSERT ON t FOR EACH ROW EXECUTE PROCEDURE audit.log_row();
            """)
        .check();
  }

  @Test
  void functionsCreatedBeforeTheTriggerAreFine() {
    tester
        .migration("V1__functions.sql", """
            CREATE SCHEMA util;
            CREATE FUNCTION util.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
            CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
            """)
        .migration("V2__triggers.sql", """
            CREATE TABLE t (id int);
            CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION util.touch();
            CREATE TRIGGER t_stamp BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION stamp();
            CREATE TRIGGER t_search BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();
            """)
        .check();
  }

  @Test
  void mysqlTriggersHaveBodiesNotFunctions() {
    tester.dialect(Dialect.MYSQL)
        .migration("V1__t.sql", """
            CREATE TABLE t (id int, n int);
            CREATE TRIGGER t_n BEFORE INSERT ON t FOR EACH ROW SET NEW.n = 1;
            """)
        .check();
  }
}
