package dev.plumb.core.source.sql;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.Operation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code CREATE DOMAIN d [AS] type [... CHECK (...)]} and {@code ALTER DOMAIN d ADD [CONSTRAINT c]
 * {CHECK (...) | NOT NULL} [NOT VALID]}, PostgreSQL's and H2's; the other ALTER DOMAIN forms give no operation.
 */
final class DomainOperations implements OperationGrammar {

  @Override
  public Set<String> verbs() {
    return Set.of("CREATE DOMAIN", "ALTER DOMAIN");
  }

  @Override
  public List<Operation> read(OperationSource source) {
    TokenCursor t = source.tokens();
    Dialect dialect = source.dialect();
    if (dialect != Dialect.POSTGRESQL && dialect != Dialect.H2) {
      return List.of();
    }
    boolean created = t.accept("CREATE", "DOMAIN");
    if (!created && !t.accept("ALTER", "DOMAIN")) {
      return List.of();
    }
    if (created) {
      t.accept("IF", "NOT", "EXISTS");
    } else {
      t.accept("IF", "EXISTS");
    }
    Optional<String> domain = t.qualifiedName();
    if (domain.isEmpty()) {
      return List.of();
    }
    int body = t.position();
    if (created) {
      boolean hasCheck = OperationTokens.topLevel(t, body, "CHECK") >= 0;
      return List.of(new Operation.DomainConstraint(source.path(domain.get()), true, hasCheck, false,
          source.span()));
    }
    if (!t.accept("ADD")) {
      return List.of();
    }
    if (t.accept("CONSTRAINT") && t.name().isEmpty()) {
      return List.of();
    }
    boolean hasCheck = t.accept("CHECK") && t.group();
    if (!hasCheck && !t.accept("NOT", "NULL")) {
      return List.of();
    }
    boolean notValid = t.accept("NOT", "VALID");
    if (!t.atEnd()) {
      return List.of();
    }
    return List.of(new Operation.DomainConstraint(source.path(domain.get()), false, hasCheck, notValid,
        source.span()));
  }
}
