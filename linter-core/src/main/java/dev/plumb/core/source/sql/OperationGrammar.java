package dev.plumb.core.source.sql;

import dev.plumb.core.model.operation.Operation;
import java.util.List;
import java.util.Set;

/**
 * Reads the operations of one family of statements. A grammar is asked only about statements whose verb it
 * names; one it cannot read gives no operations, never an error, so odd SQL costs a safety rule a finding at
 * worst, not the run.
 */
interface OperationGrammar {

  /** The statement verbs ({@link StatementVerb}) this grammar reads. */
  Set<String> verbs();

  /** The statement's operations, read from the cursor's start; empty when it does not match. */
  List<Operation> read(OperationSource source);
}
