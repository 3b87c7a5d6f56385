package dev.plumb.core.source.sql;

import dev.plumb.core.model.CheckConstraint;
import dev.plumb.core.model.DataTypes;
import dev.plumb.core.model.DomainType;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * DROP TYPE and domains: CREATE, ALTER and DROP DOMAIN. JSqlParser reads no DROP TYPE, only some CREATE DOMAIN
 * forms and keeps no domain in a form the model could use, so domains are read here whichever parser accepted
 * the statement.
 */
final class TypeGrammar implements StatementGrammar {

  private static final Set<String> AFTER_TYPE = Set.of("COLLATE", "DEFAULT", "CONSTRAINT", "NOT", "NULL", "CHECK");

  private final Names names;

  TypeGrammar(Names names) {
    this.names = names;
  }

  @Override
  public Optional<UnaryOperator<Schema>> recognize(TokenCursor tokens, SqlStatement statement) {
    Optional<SourceSpan> span = Optional.of(statement.span());
    return StatementGrammar.firstWhole(tokens, this::dropTypes, t -> createDomain(t, span), this::alterDomain);
  }

  /** DROP TYPE / DROP DOMAIN [IF EXISTS] a, b [CASCADE | RESTRICT]. */
  private Optional<UnaryOperator<Schema>> dropTypes(TokenCursor t) {
    if (!t.accept("DROP")) {
      return Optional.empty();
    }
    boolean domain = t.accept("DOMAIN");
    if (!domain && !t.accept("TYPE")) {
      return Optional.empty();
    }
    t.accept("IF", "EXISTS");
    Optional<List<ObjectPath>> read = DropList.read(t, names);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    List<ObjectPath> dropped = read.get();
    return Optional.of(schema -> {
      Schema result = schema;
      for (ObjectPath path : dropped) {
        result = domain ? result.withoutDomain(path) : result.withoutEnumType(path);
      }
      return result;
    });
  }

  /** CREATE DOMAIN name [AS] type [COLLATE c] [DEFAULT expr] [[CONSTRAINT n] NOT NULL | NULL | CHECK (...)]... */
  Optional<UnaryOperator<Schema>> createDomain(TokenCursor t, Optional<SourceSpan> span) {
    if (!t.accept("CREATE", "DOMAIN")) {
      return Optional.empty();
    }
    boolean ifNotExists = t.accept("IF", "NOT", "EXISTS");
    Optional<String> name = t.qualifiedName();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    ObjectPath path = names.qualified(name.get());
    t.accept("AS");
    int typeFrom = t.position();
    skipUntil(t, AFTER_TYPE);
    if (t.position() == typeFrom) {
      return Optional.empty();
    }
    DomainType domain = new DomainType(path, DataTypes.of(t.slice(typeFrom, t.position()), names.dialect()), true,
        Optional.empty(), List.of(), span);
    while (!t.atEnd()) {
      if (t.accept("COLLATE")) {
        if (t.qualifiedName().isEmpty()) {
          return Optional.empty();
        }
      } else if (t.accept("DEFAULT")) {
        int from = t.position();
        skipUntil(t, Set.of("CONSTRAINT", "NOT", "NULL", "CHECK"));
        domain = domain.withDefault(Optional.of(t.slice(from, t.position())).filter(d -> !d.isEmpty()));
      } else {
        Optional<DomainType> constrained = constraint(t, domain);
        if (constrained.isEmpty()) {
          return Optional.empty();
        }
        domain = constrained.get();
      }
    }
    DomainType created = domain;
    return Optional.of(schema -> ifNotExists && schema.domains().containsKey(path) ? schema
        : schema.withDomain(created));
  }

  /** {@code [CONSTRAINT name] NOT NULL | NULL | CHECK (expr) [NOT VALID]}. */
  private Optional<DomainType> constraint(TokenCursor t, DomainType domain) {
    Optional<String> name = Optional.empty();
    if (t.accept("CONSTRAINT")) {
      name = t.name().map(names::identifier);
      if (name.isEmpty()) {
        return Optional.empty();
      }
    }
    if (t.accept("NOT", "NULL")) {
      return Optional.of(domain.withNullable(false));
    }
    if (t.accept("NULL")) {
      return Optional.of(domain.withNullable(true));
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
    t.accept("NO", "INHERIT");
    String checkName = name.orElseGet(() -> DomainAlterations.defaultCheckName(domain));
    List<CheckConstraint> checks = new ArrayList<>(domain.checks());
    checks.add(new CheckConstraint(Optional.of(checkName), expression, valid, domain.span()));
    return Optional.of(domain.withChecks(checks));
  }

  private Optional<UnaryOperator<Schema>> alterDomain(TokenCursor t) {
    if (!t.accept("ALTER", "DOMAIN")) {
      return Optional.empty();
    }
    Optional<String> name = t.qualifiedName();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    ObjectPath path = names.qualified(name.get());
    Optional<UnaryOperator<DomainType>> change = DomainAlterations.read(t, names);
    return change.map(c -> schema -> {
      DomainType domain = schema.domains().get(path);
      if (domain == null) {
        return schema;
      }
      DomainType changed = c.apply(domain);
      return changed.path().equals(path) ? schema.withDomain(changed)
          : schema.withoutDomain(path).withDomain(changed);
    });
  }

  /** Moves past tokens until one of the words at the top nesting level, or the end. */
  static void skipUntil(TokenCursor t, Set<String> words) {
    while (!t.atEnd() && words.stream().noneMatch(t::peek)) {
      if (t.peekSymbol('(')) {
        if (!t.group()) {
          t.skipRest();
        }
      } else {
        t.skip();
      }
    }
  }
}
