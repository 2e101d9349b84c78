package dev.gosem.runtime.sched;

import dev.gosem.runtime.GoExit;
import dev.gosem.runtime.GoProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Sched is one program's goroutine scheduler. Goroutines are JVM virtual threads (main keeps the
 * platform thread {@link GoProcess#run} gave it); the JVM schedules them. What Sched adds is
 * Go's bookkeeping on top: every blocking operation of channels, select and package sync parks
 * under this one lock, so that the scheduler always knows how many goroutines exist and how many
 * are blocked. When all of them are blocked and no timer is pending, none can ever run again:
 * that is Go's "all goroutines are asleep - deadlock!", found by the goroutine that blocks last
 * (or the last one to exit).
 *
 * <p>One lock for all channels keeps select simple and correct (a select enqueues on several
 * channels atomically), at the price of contention between unrelated channels; docs/goroutines.md
 * discusses the trade-off.
 */
public final class Sched {
  final ReentrantLock lock = new ReentrantLock();
  final GoProcess process;
  private final ThreadLocal<G> current = new ThreadLocal<>();
  private final Map<Long, G> all = new ConcurrentHashMap<>();
  private long nextId = 1;
  /** Goroutines started and not finished, main included. */
  private int live = 1;
  /** Goroutines parked on a channel, select or sync primitive (not sleeping). */
  private int blocked;
  /** Timers that will fire (time.After, NewTimer, Tick): while any is pending, waiting is not a deadlock. */
  private int timers;
  private volatile boolean shutdown;
  private final G main;
  /** main called runtime.Goexit: the program goes on without it (see mainGoexit). */
  private boolean mainGone;

  public Sched(GoProcess process) {
    this.process = process;
    this.main = new G(nextId++, lock.newCondition());
    all.put(main.id, main);
  }

  /** The scheduler of the calling goroutine's program. */
  public static Sched get() {
    return GoProcess.current().sched();
  }

  /** The calling goroutine (main's G for a thread the scheduler did not start). */
  G g() {
    G g = current.get();
    if (g == null) {
      g = main;
      current.set(g);
    }
    return g;
  }

  /** The calling goroutine's number (1 for main). */
  public long goid() {
    return g().id;
  }

  // ---- goroutines ----

  /** {@code go f(...)}: starts body on a new virtual thread as a new goroutine. */
  public static void go(Runnable body) {
    get().start(body);
  }

  void start(Runnable body) {
    G g;
    lock.lock();
    try {
      checkAlive();
      live++;
      g = new G(nextId++, lock.newCondition());
      all.put(g.id, g);
    } finally {
      lock.unlock();
    }
    G started = g;
    Thread.ofVirtual().name("goroutine " + g.id).start(() -> run(started, body));
  }

  private void run(G g, Runnable body) {
    current.set(g);
    try {
      body.run();
    } catch (Killed k) {
      // The program ended elsewhere.
    } catch (GoExit e) {
      process.finish(e.code());
    } catch (Throwable t) {
      // runtime.Goexit ends this goroutine (its deferred calls have run) and nothing else.
      if (t instanceof dev.gosem.runtime.GoPanic p && p.isGoexit()) return;
      try {
        process.crash(t, g.id);
      } catch (Killed k) {
        // Another goroutine ended the program first.
      }
    } finally {
      exit(g);
    }
  }

  private void exit(G g) {
    lock.lock();
    try {
      all.remove(g.id);
      live--;
      if (!shutdown && !process.ended() && live > 0 && blocked == live && timers == 0) deadlock();
      if (!shutdown && !process.ended() && live == 0 && mainGone) noGoroutines();
    } catch (Killed k) {
      // reported
    } finally {
      lock.unlock();
    }
  }

  /**
   * main called runtime.Goexit (its deferred calls have run): the other goroutines go on. When
   * none is left Go reports "no goroutines (main called runtime.Goexit)", when all of them are
   * blocked the usual deadlock (without main). Main's thread waits here until the program ends.
   */
  public void mainGoexit() {
    lock.lock();
    try {
      all.remove(main.id);
      live--;
      mainGone = true;
      if (live == 0) noGoroutines();
      else if (blocked == live && timers == 0) deadlock();
      while (!shutdown && !process.ended()) main.cond.awaitUninterruptibly();
    } catch (Killed k) {
      // reported
    } finally {
      lock.unlock();
    }
  }

  private void noGoroutines() {
    process.writeErr(dev.gosem.runtime.CrashTexts.MAIN_GOEXIT);
    process.finish(2);
    throw new Killed();
  }

  /** runtime.NumGoroutine. */
  public static long numGoroutine() {
    Sched s = get();
    s.lock.lock();
    try {
      return s.live;
    } finally {
      s.lock.unlock();
    }
  }

  /** runtime.Gosched: lets other goroutines run. */
  public static void gosched() {
    Sched s = get();
    s.checkAlive();
    Thread.yield();
  }

  // ---- parking (the lock is held by the caller) ----

  /** A goroutine's wait for another to complete its operation. */
  static final class Wait {
    final G g;
    /** Volatile: a waiter spins on it without the lock before it parks. */
    volatile boolean done;
    /** For select: the case that completed it. */
    int index;
    Object value;
    boolean ok;
    /** A sender woken because its channel was closed. */
    boolean closed;

    Wait(G g) {
      this.g = g;
    }
  }

  /** Parks the caller until w is done; the lock is held and released while parked. */
  void park(Wait w, String reason) {
    G g = w.g;
    g.waitReason = reason;
    blocked++;
    if (blocked >= live && timers == 0) deadlock();
    spinBriefly(w);
    try {
      while (!w.done) {
        if (shutdown) throw new Killed();
        g.cond.awaitUninterruptibly();
      }
    } finally {
      g.waitReason = null;
    }
    if (shutdown) throw new Killed();
  }

  /** How long main spins before it parks (iterations of Thread.onSpinWait, some µs). */
  private static final int SPINS = Integer.getInteger("gosem.spins", 1000);

  /**
   * Main's goroutine is a platform thread (for its deep stack), whose park and unpark cost tens
   * of µs; a goroutine that answers within microseconds (a ping-pong, a spawned goroutine's
   * result) completes w while main spins instead. Goroutines (virtual threads) park cheaply and
   * would take a carrier thread from the others while spinning, so they do not spin. The waiter
   * already counts as blocked, so deadlock detection is unchanged. The lock is held on entry
   * and on return.
   */
  private void spinBriefly(Wait w) {
    if (w.done || SPINS <= 0 || Thread.currentThread().isVirtual()) return;
    lock.unlock();
    try {
      for (int i = 0; i < SPINS && !w.done && !shutdown; i++) Thread.onSpinWait();
    } finally {
      lock.lock();
    }
  }

  /** Parks forever: nil channels and {@code select {}}. */
  void parkForever(String reason) {
    park(new Wait(g()), reason);
  }

  /** Marks w done and wakes its goroutine; the lock is held. */
  void ready(Wait w) {
    w.done = true;
    blocked--;
    w.g.cond.signal();
  }

  private final java.util.Set<Thread> sleepers = ConcurrentHashMap.newKeySet();

  /** A goroutine sleeping (time.Sleep) or a timer's thread: woken at shutdown to end. */
  void sleeping(Thread t, boolean asleep) {
    if (asleep) sleepers.add(t);
    else sleepers.remove(t);
  }

  /** A timer was armed (time.After, NewTimer, Tick, NewTicker); the lock is held. */
  void timerStarted() {
    checkAlive();
    timers++;
  }

  boolean isShutdown() {
    return shutdown;
  }

  /** A timer fired or was stopped; the lock is held. */
  void timerDone() {
    timers--;
    if (!shutdown && !process.ended() && live > 0 && blocked == live && timers == 0) {
      try {
        deadlock();
      } catch (Killed k) {
        // reported; the timer thread just stops
      }
    }
  }

  /** Go's throw from package sync: a fatal error in the calling goroutine; the lock is held. */
  void fatal(String msg) {
    process.fatal(msg, g().id);
    throw new Killed();
  }

  void checkAlive() {
    if (shutdown || process.ended()) throw new Killed();
  }

  /**
   * Go's checkdead: every goroutine is blocked and nothing can wake one. Reports it as Go does
   * (main's wait reason first, then the others) and ends the program; the caller unwinds.
   */
  private void deadlock() {
    StringBuilder sb = new StringBuilder("fatal error: all goroutines are asleep - deadlock!\n\n");
    List<G> gs = new ArrayList<>(all.values());
    gs.sort((a, b) -> Long.compare(a.id, b.id));
    String sep = "";
    for (G g : gs) {
      sb.append(sep).append("goroutine ").append(g.id).append(" [").append(reasonOf(g)).append("]:\n");
      if (g == main) sb.append("main.main()\n");
      sep = "\n";
    }
    try {
      process.writeErr(sb.toString());
    } catch (Killed k) {
      // already ended
    }
    process.finish(2);
    throw new Killed();
  }

  private static String reasonOf(G g) {
    return g.waitReason == null ? "running" : g.waitReason;
  }

  /** The program has ended: wakes every parked goroutine so that it unwinds. */
  public void shutdown() {
    lock.lock();
    try {
      shutdown = true;
      for (G g : all.values()) g.cond.signalAll();
      main.cond.signalAll();
      for (Thread t : sleepers) java.util.concurrent.locks.LockSupport.unpark(t);
    } finally {
      lock.unlock();
    }
  }
}
