package dev.plumb.core.source.sql;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.operation.Operation;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Splits and parses the files of a replay ahead of it, parsing on every core. Parsing is most of a replay's work
 * and needs nothing but the statement's text, while applying must go in order on one thread; so the replay takes
 * each file's split and then its statements' outcomes, in order, while the next statements, in this file or the
 * following ones, are being parsed. At most a small window of statements is parsed ahead, so memory does not
 * grow with the size of the input.
 *
 * <p>The parser stops itself at its time limit, but JSqlParser checks for that only in some of its productions.
 * A parse still running at twice the limit is left behind: the replay gets a timeout for it and goes on, and the
 * pool gets a thread in place of the one left behind until that one is done.
 */
final class ParseAhead {

  private static final int WORKERS = Runtime.getRuntime().availableProcessors();
  private static final int WINDOW = 8 * WORKERS;
  private static final ThreadPoolExecutor POOL = pool();

  private final Function<String, ParseOutcome> parser;
  private Function<SqlStatement, List<Operation>> operations = statement -> List.of();
  private final long patienceNanos;
  private final ParseOutcome timedOut;
  private final StatementSplitter splitter;
  private final List<SqlSourceFile> files;
  /** Files split ahead, in order, that the replay has not asked for yet. */
  private final Deque<SplitResult> splitAhead = new ArrayDeque<>();
  private final Deque<Parse> window = new ArrayDeque<>();
  private int filesSplit;
  private int filesTaken;
  private Iterator<SqlStatement> toSubmit = Collections.emptyIterator();

  ParseAhead(StatementParser parser, StatementSplitter splitter, List<SqlSourceFile> files) {
    this(parser::parse, Duration.ofMillis(2 * Math.max(1, parser.timeoutMillis())), parser.timedOut(), splitter,
        files);
  }

  /**
   * @param patience how long a parse may run before it is left behind
   * @param timedOut the outcome for a parse left behind
   */
  ParseAhead(Function<String, ParseOutcome> parser, Duration patience, ParseOutcome timedOut,
             StatementSplitter splitter, List<SqlSourceFile> files) {
    this.parser = requireNonNull(parser, "no parser given");
    this.patienceNanos = requireNonNull(patience, "no patience given").toNanos();
    this.timedOut = requireNonNull(timedOut, "no time-out outcome given");
    this.splitter = requireNonNull(splitter, "no splitter given");
    this.files = List.copyOf(requireNonNull(files, "no files given"));
  }

  /**
   * Also reads each statement's operations on the parsing threads (before parsing it, so a parse left behind
   * still has them); call before taking the first file.
   */
  ParseAhead readingOperations(Function<SqlStatement, List<Operation>> reader) {
    this.operations = requireNonNull(reader, "no reader given");
    return this;
  }

  /** What was read ahead for one statement. */
  record Read(ParseOutcome outcome, List<Operation> operations) {
  }

  /** The statements of the next file in order, which the caller names to keep both in step. */
  SplitResult split(SqlSourceFile file) {
    if (filesTaken >= files.size() || files.get(filesTaken) != file) {
      throw new IllegalStateException("files must be taken in the order they were given");
    }
    filesTaken++;
    if (splitAhead.isEmpty()) {
      splitNext();
    }
    SplitResult split = splitAhead.poll();
    fill();
    return split;
  }

  /** The outcome for the next statement in order, which the caller names to keep both in step. */
  ParseOutcome next(SqlStatement statement) {
    return nextRead(statement).outcome();
  }

  /** The outcome and operations of the next statement in order. */
  Read nextRead(SqlStatement statement) {
    Parse parse = window.poll();
    if (parse == null || parse.statement != statement) {
      throw new IllegalStateException("statements must be taken in the order they were given");
    }
    fill();
    ParseOutcome outcome = parse.await();
    List<Operation> read = parse.operations;
    return new Read(outcome, read == null ? List.of() : read);
  }

  private void fill() {
    while (window.size() < WINDOW) {
      if (toSubmit.hasNext()) {
        Parse parse = new Parse(toSubmit.next());
        window.add(parse);
        POOL.execute(parse);
      } else if (filesSplit < files.size() && filesSplit < filesTaken + WINDOW) {
        splitNext();
      } else {
        return;
      }
    }
  }

  private void splitNext() {
    SqlSourceFile file = files.get(filesSplit++);
    SplitResult split = splitter.split(file.displayName(), file.content());
    splitAhead.add(split);
    toSubmit = split.statements().iterator();
  }

  private final class Parse implements Runnable {

    private static final int QUEUED = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;
    private static final int LEFT_BEHIND = 3;

    private final SqlStatement statement;
    private final CompletableFuture<ParseOutcome> outcome = new CompletableFuture<>();
    private final AtomicInteger state = new AtomicInteger(QUEUED);
    private volatile long startedAt;
    private volatile List<Operation> operations;

    Parse(SqlStatement statement) {
      this.statement = statement;
    }

    @Override
    public void run() {
      startedAt = System.nanoTime();
      state.set(RUNNING);
      try {
        operations = ParseAhead.this.operations.apply(statement);
        outcome.complete(parser.apply(statement.text()));
      } catch (Throwable unexpected) {
        outcome.completeExceptionally(unexpected);
      } finally {
        if (!state.compareAndSet(RUNNING, DONE)) {
          resize(-1);
        }
      }
    }

    ParseOutcome await() {
      while (true) {
        try {
          return outcome.get(patienceNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          boolean overdue = state.get() == RUNNING && System.nanoTime() - startedAt > patienceNanos;
          if (overdue && state.compareAndSet(RUNNING, LEFT_BEHIND)) {
            resize(1);
            return timedOut;
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return timedOut;
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          throw new IllegalStateException("the SQL parser failed", e.getCause());
        }
      }
    }
  }

  private static void resize(int change) {
    synchronized (POOL) {
      if (change > 0) {
        POOL.setMaximumPoolSize(POOL.getMaximumPoolSize() + change);
        POOL.setCorePoolSize(POOL.getCorePoolSize() + change);
      } else {
        POOL.setCorePoolSize(POOL.getCorePoolSize() + change);
        POOL.setMaximumPoolSize(POOL.getMaximumPoolSize() + change);
      }
    }
  }

  /** Daemon threads, so that a parse left behind never keeps the JVM alive. */
  private static ThreadPoolExecutor pool() {
    AtomicInteger count = new AtomicInteger();
    return new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
      Thread thread = new Thread(task, "plumb-sql-parser-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }
}
