package dev.plumb.core.source.sql;

import dev.plumb.core.model.CheckConstraint;
import dev.plumb.core.model.DomainType;
import dev.plumb.core.model.ObjectPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The one action of an ALTER DOMAIN, read from the tokens after the domain's name. */
final class DomainAlterations {

  private DomainAlterations() {
  }

  static Optional<UnaryOperator<DomainType>> read(TokenCursor t, Names names) {
    if (t.accept("SET", "DEFAULT")) {
      int from = t.position();
      t.skipRest();
      String expression = t.slice(from, t.position());
      return expression.isEmpty() ? Optional.empty() : Optional.of(d -> d.withDefault(Optional.of(expression)));
    }
    if (t.accept("DROP", "DEFAULT")) {
      return Optional.of(d -> d.withDefault(Optional.empty()));
    }
    if (t.accept("SET", "NOT", "NULL")) {
      return Optional.of(d -> d.withNullable(false));
    }
    if (t.accept("DROP", "NOT", "NULL")) {
      return Optional.of(d -> d.withNullable(true));
    }
    if (t.accept("ADD")) {
      return added(t, names);
    }
    if (t.accept("DROP", "CONSTRAINT")) {
      t.accept("IF", "EXISTS");
      Optional<String> name = t.name().map(names::identifier);
      t.acceptAny("CASCADE", "RESTRICT");
      return name.map(n -> d -> d.withChecks(d.checks().stream().filter(c -> !c.name().equals(Optional.of(n)))
          .toList()));
    }
    if (t.accept("RENAME", "CONSTRAINT")) {
      Optional<String> from = t.name().map(names::identifier);
      Optional<String> to = t.accept("TO") ? t.name().map(names::identifier) : Optional.empty();
      return from.isEmpty() || to.isEmpty() ? Optional.empty() : Optional.of(d -> d.withChecks(d.checks().stream()
          .map(c -> c.name().equals(from) ? new CheckConstraint(to, c.expression(), c.valid(), c.span()) : c)
          .toList()));
    }
    if (t.accept("VALIDATE", "CONSTRAINT")) {
      Optional<String> name = t.name().map(names::identifier);
      return name.map(n -> d -> d.withChecks(d.checks().stream()
          .map(c -> c.name().equals(Optional.of(n)) ? new CheckConstraint(c.name(), c.expression(), true, c.span())
              : c).toList()));
    }
    if (t.accept("OWNER", "TO")) {
      return t.name().isPresent() ? Optional.of(UnaryOperator.identity()) : Optional.empty();
    }
    if (t.accept("RENAME", "TO")) {
      Optional<String> name = t.name().map(names::identifier);
      return name.map(n -> d -> d.withPath(d.path().parent().child(n)));
    }
    if (t.accept("SET", "SCHEMA")) {
      Optional<String> schema = t.name().map(names::identifier);
      return schema.map(s -> d -> d.withPath(ObjectPath.of(s, d.path().name())));
    }
    return Optional.empty();
  }

  /** ADD [CONSTRAINT name] CHECK (expr) [NOT VALID], or ADD [CONSTRAINT name] NOT NULL. */
  private static Optional<UnaryOperator<DomainType>> added(TokenCursor t, Names names) {
    Optional<String> name = Optional.empty();
    if (t.accept("CONSTRAINT")) {
      name = t.name().map(names::identifier);
      if (name.isEmpty()) {
        return Optional.empty();
      }
    }
    if (t.accept("NOT", "NULL")) {
      return Optional.of(d -> d.withNullable(false));
    }
    if (!t.accept("CHECK")) {
      return Optional.empty();
    }
    Optional<String> written = t.groupText();
    if (written.isEmpty()) {
      return Optional.empty();
    }
    String expression = written.get();
    boolean valid = !t.accept("NOT", "VALID");
    Optional<String> given = name;
    return Optional.of(d -> {
      List<CheckConstraint> checks = new ArrayList<>(d.checks());
      checks.add(new CheckConstraint(Optional.of(given.orElseGet(() -> defaultCheckName(d))), expression, valid,
          d.span()));
      return d.withChecks(checks);
    });
  }

  /** PostgreSQL names an unnamed domain check {@code <domain>_check}, then {@code _check1}, ... */
  static String defaultCheckName(DomainType domain) {
    Set<String> taken = new HashSet<>();
    domain.checks().forEach(c -> c.name().ifPresent(taken::add));
    String base = domain.path().name() + "_check";
    String candidate = base;
    for (int n = 1; taken.contains(candidate); n++) {
      candidate = base + n;
    }
    return candidate;
  }
}
