package dev.plumb.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A domain: a named base type with a default and constraints ({@code CREATE DOMAIN email AS text CHECK (...)}).
 * A column of the domain's type holds values of the base type that pass the checks.
 *
 * @param nullable false for a domain declared NOT NULL
 * @param checks the CHECK constraints in declared order; an expression refers to the value as {@code VALUE}
 */
public record DomainType(ObjectPath path, DataType baseType, boolean nullable, Optional<String> defaultExpression,
                         List<CheckConstraint> checks, Optional<SourceSpan> span) {

  public DomainType {
    requireNonNull(path, "no domain path given");
    requireNonNull(baseType, "no base type given for domain " + path);
    requireNonNull(defaultExpression, "defaultExpression is Optional, not null");
    checks = List.copyOf(requireNonNull(checks, "no checks given"));
    requireNonNull(span, "span is Optional, not null");
  }

  public DomainType withPath(ObjectPath newPath) {
    return new DomainType(newPath, baseType, nullable, defaultExpression, checks, span);
  }

  public DomainType withNullable(boolean newNullable) {
    return new DomainType(path, baseType, newNullable, defaultExpression, checks, span);
  }

  public DomainType withDefault(Optional<String> newDefault) {
    return new DomainType(path, baseType, nullable, newDefault, checks, span);
  }

  public DomainType withChecks(List<CheckConstraint> newChecks) {
    return new DomainType(path, baseType, nullable, defaultExpression, newChecks, span);
  }
}
