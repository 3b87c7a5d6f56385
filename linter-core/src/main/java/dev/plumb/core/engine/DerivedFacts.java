package dev.plumb.core.engine;

import dev.plumb.core.api.DerivedFact;
import dev.plumb.core.api.RuleContext;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The derived facts of one run. Rules run in parallel, so the first rule to ask computes a fact while the others
 * that ask for it wait for that result instead of computing it again; a fact may ask for another.
 */
final class DerivedFacts {

  private final ConcurrentHashMap<DerivedFact<?>, FutureTask<?>> facts = new ConcurrentHashMap<>();

  @SuppressWarnings("unchecked")
  <T> T get(DerivedFact<T> fact, RuleContext context) {
    FutureTask<T> task = new FutureTask<>(() -> fact.compute(context));
    FutureTask<T> existing = (FutureTask<T>) facts.putIfAbsent(fact, task);
    if (existing == null) {
      task.run();
      existing = task;
    }
    try {
      return existing.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a derived fact", e);
    } catch (ExecutionException e) {
      // The rule that asks fails as if it had computed the fact itself; the engine reports and skips it.
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
