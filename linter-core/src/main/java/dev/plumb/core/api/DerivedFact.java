package dev.plumb.core.api;

/**
 * Something several rules compute from the same input, such as the migrations walked statement by statement
 * with their transactions and timeouts: {@link RuleContext#derived(DerivedFact)} computes it once per run and
 * hands every rule the same value. Keep one instance in a {@code static final} field; the instance is the key.
 *
 * <p>A fact reads only the input ({@code actual}, {@code expected}, {@code migrations}, {@code dialect},
 * {@code settings}, {@code sourceProblems}); it never reports, and never reads a rule's options or severity,
 * since the context it is given is whichever rule asked first. Its value must be immutable: rules may run in
 * parallel.
 */
@FunctionalInterface
public interface DerivedFact<T> {

  T compute(RuleContext context);
}
