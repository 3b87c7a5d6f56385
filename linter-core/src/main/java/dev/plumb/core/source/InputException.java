package dev.plumb.core.source;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.SourceSpan;
import java.util.Optional;

/**
 * Input Plumb cannot use at all (a YAML file that does not load, a config with an unknown rule): the run
 * stops with this one-line message and exit code 2. Problems inside SQL are findings instead.
 */
public final class InputException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Optional<SourceSpan> where;
  private final String problem;

  public InputException(SourceSpan where, String problem) {
    super(requireNonNull(where, "no span given") + ": " + requireNonNull(problem, "no problem given"));
    this.where = Optional.of(where);
    this.problem = problem;
  }

  /** A problem with a whole file (missing, unreadable), where no line applies. */
  public InputException(String file, String problem) {
    super(requireNonNull(file, "no file given") + ": " + requireNonNull(problem, "no problem given"));
    this.where = Optional.empty();
    this.problem = problem;
  }

  public Optional<SourceSpan> where() {
    return where;
  }

  /** The message without its location. */
  public String problem() {
    return problem;
  }
}
