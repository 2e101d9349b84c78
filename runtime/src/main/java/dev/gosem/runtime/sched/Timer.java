package dev.gosem.runtime.sched;

import dev.gosem.runtime.Errors;
import dev.gosem.runtime.TypeDesc;
import dev.gosem.runtime.Panics;
import java.util.concurrent.locks.LockSupport;

/**
 * time.Timer and, through its subclass {@link Ticker}, time.Ticker (a {@code *time.Timer} is this
 * object): C is a channel buffered for
 * one value; when the timer fires the current time is offered to it, and dropped if C is full, as
 * Go's sendTime does. Each arming runs on a virtual thread of its own that sleeps until its
 * deadline; Stop and Reset disarm it by moving the generation on (the thread then finds it is no
 * longer current and ends), all under the scheduler's lock. While armed, a timer counts as
 * pending: a program waiting on it is not deadlocked.
 */
public class Timer extends SyncObject {
  /** *time.Timer. */
  public static final TypeDesc TYPE = pointerToNamed("Timer");

  static {
    TYPE.elem().setZeroFactory(Timer::new);
  }

  /** *time.Timer or *time.Ticker with Go's fields (C, then the runtime's timer) and methods. */
  static TypeDesc pointerToNamed(String name) {
    TypeDesc time = TypeDesc.stdNamed("time", "Time", TypeDesc.INT64);
    TypeDesc fields = TypeDesc.newStruct(
        TypeDesc.Field.of("C", TypeDesc.chanOf(TypeDesc.ChanDir.RECV, time)), TypeDesc.Field.of("r", TypeDesc.INT64));
    return TypeDesc.pointerTo(TypeDesc.stdNamed("time", name, fields, "Reset", "Stop"));
  }

  /** The channel the time is delivered on (Go's field C). */
  public Chan C;
  private Sched sched;
  private final boolean ticker;
  /** Guarded by the scheduler's lock: whether armed, and which arming is current. */
  private boolean active;
  /** Read without the lock by a sleeping arming, to end early once stale. */
  private volatile long generation;
  private Thread thread;

  /** The zero Timer (a variable of the type, not made by NewTimer): C is nil. */
  public Timer() {
    this(null, false);
  }

  Timer(Sched sched, boolean ticker) {
    super(ticker ? Ticker.TYPE : TYPE);
    this.sched = sched;
    this.ticker = ticker;
    this.C = sched == null ? null : Chan.make(1, 0L);
  }


  /** time.NewTimer: fires once after d (at once if d is not positive). */
  public static Timer newTimer(long d) {
    Timer t = new Timer(Sched.get(), false);
    t.locked(() -> t.arm(d));
    return t;
  }

  /** time.NewTicker: fires every d; panics if d is not positive, as Go does. */
  public static Ticker newTicker(long d) {
    if (d <= 0) throw Panics.panic(Errors.newError("non-positive interval for NewTicker"));
    Ticker t = new Ticker(Sched.get());
    t.locked(() -> t.arm(d));
    return t;
  }

  /** Timer.Stop: whether this call stopped it (false if it had fired or was stopped already). */
  public boolean stop() {
    if (sched == null) throw Panics.panic("time: Stop called on uninitialized Timer");
    boolean[] was = new boolean[1];
    locked(() -> was[0] = disarm());
    return was[0];
  }

  /** Timer.Reset: rearms it for d; whether it had been active. */
  public boolean reset(long d) {
    if (sched == null) throw Panics.panic("time: Reset called on uninitialized Timer");
    boolean[] was = new boolean[1];
    locked(() -> {
      was[0] = disarm();
      arm(d);
    });
    return was[0];
  }

  /** Ticker.Stop: no more ticks (one already in C stays there). */
  public void tickerStop() {
    if (sched != null) locked(this::disarm);
  }

  /** Ticker.Reset: the next tick comes d after now, then every d. */
  public void tickerReset(long d) {
    if (d <= 0) throw Panics.panic("non-positive interval for Ticker.Reset");
    if (sched == null) throw Panics.panic("time: Reset called on uninitialized Ticker");
    locked(() -> {
      disarm();
      arm(d);
    });
  }

  void locked(Runnable r) {
    sched.lock.lock();
    try {
      sched.checkAlive();
      r.run();
    } finally {
      sched.lock.unlock();
    }
  }

  /** Starts an arming; the lock is held. */
  void arm(long d) {
    active = true;
    long gen = ++generation;
    sched.timerStarted();
    long first = System.nanoTime() + Math.max(d, 0);
    thread = Thread.ofVirtual().name(ticker ? "ticker" : "timer").start(() -> run(gen, first, d));
  }

  /** Ends the current arming; whether there was one. The lock is held. */
  private boolean disarm() {
    if (!active) return false;
    active = false;
    generation++;
    LockSupport.unpark(thread);
    sched.timerDone();
    return true;
  }

  private void run(long gen, long deadline, long period) {
    sched.sleeping(Thread.currentThread(), true);
    try {
      long next = deadline;
      while (true) {
        long left;
        while ((left = next - System.nanoTime()) > 0) {
          LockSupport.parkNanos(left);
          if (stale(gen)) return;
        }
        sched.lock.lock();
        try {
          if (stale(gen)) return;
          C.offer(System.nanoTime());
          if (!ticker) {
            active = false;
            sched.timerDone();
            return;
          }
        } finally {
          sched.lock.unlock();
        }
        next += period;
      }
    } finally {
      sched.sleeping(Thread.currentThread(), false);
    }
  }

  /** Whether this arming was stopped or reset, or the program ended. */
  private boolean stale(long gen) {
    return generation != gen || sched.isShutdown();
  }

  @Override
  SyncObject zero() {
    return ticker ? new Ticker() : new Timer();
  }

  /** A copied Timer shares C; it is not armed (Stop on it reports false, Reset arms it). */
  @Override
  void copyState(SyncObject from) {
    Timer t = (Timer) from;
    if (sched != null) locked(this::disarm);
    C = t.C;
    sched = t.sched;
  }
}
