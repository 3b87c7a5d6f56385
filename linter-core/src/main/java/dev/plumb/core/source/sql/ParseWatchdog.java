package dev.plumb.core.source.sql;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import net.sf.jsqlparser.parser.CCJSqlParser;

/**
 * Raises a parser's {@code interrupted} flag, which its productions check, once the parse has taken longer than
 * its limit. One daemon thread watches every parse in the JVM: starting and ending a watch is two small updates
 * of a concurrent set, where a scheduled task per parse woke a thread each time. The thread looks at least
 * every {@link #TICK_MILLIS} ms, and sleeps while nothing is watched.
 */
final class ParseWatchdog {

  static final long TICK_MILLIS = 10;

  private static final Set<Watch> WATCHED = ConcurrentHashMap.newKeySet();
  private static final Thread THREAD = start();
  private static volatile boolean idle;

  private ParseWatchdog() {
  }

  /** Starts watching the parse; {@link Watch#end} it whatever its outcome. */
  static Watch watch(CCJSqlParser parser, long limitMillis) {
    Watch watch = new Watch(parser, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limitMillis));
    WATCHED.add(watch);
    if (idle) {
      LockSupport.unpark(THREAD);
    }
    return watch;
  }

  /** One parse under watch. */
  static final class Watch {

    private static final int WATCHING = 0;
    private static final int ENDED = 1;
    private static final int WENT_OFF = 2;

    private final CCJSqlParser parser;
    private final long deadline;
    private final AtomicInteger state = new AtomicInteger(WATCHING);

    private Watch(CCJSqlParser parser, long deadline) {
      this.parser = parser;
      this.deadline = deadline;
    }

    /**
     * Ends the watch.
     *
     * @return whether the limit was reached; the flag may then be raised a moment after this returns, so that
     *     parser must not be used again
     */
    boolean end() {
      WATCHED.remove(this);
      return !state.compareAndSet(WATCHING, ENDED);
    }

    private void checkAt(long now) {
      if (now - deadline >= 0 && state.compareAndSet(WATCHING, WENT_OFF)) {
        parser.interrupted = true;
      }
    }
  }

  private static Thread start() {
    Thread thread = new Thread(ParseWatchdog::run, "plumb-sql-parse-watchdog");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static void run() {
    long tick = TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS);
    while (true) {
      if (WATCHED.isEmpty()) {
        idle = true;
        // A watch added after this check finds idle set and unparks, so the park returns at once.
        if (WATCHED.isEmpty()) {
          LockSupport.park();
        }
        idle = false;
        continue;
      }
      long now = System.nanoTime();
      long next = now + tick;
      for (Watch watch : WATCHED) {
        watch.checkAt(now);
        if (watch.deadline - next < 0 && watch.deadline - now > 0) {
          next = watch.deadline;
        }
      }
      LockSupport.parkNanos(Math.max(next - now, 1));
    }
  }
}
