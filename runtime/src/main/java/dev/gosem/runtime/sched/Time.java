package dev.gosem.runtime.sched;

import dev.gosem.runtime.GoStringer;
import dev.gosem.runtime.GoValue;
import dev.gosem.runtime.TypeDesc;
import java.util.concurrent.locks.LockSupport;

/**
 * Package time: Sleep, Now, Since, After, Tick and Duration's methods; timers and tickers are
 * {@link Timer}. A time.Duration is an int64 of nanoseconds, as in Go; a time.Time is an int64
 * too here, the nanoseconds of the monotonic clock (enough for Now, Since, Sub and timers; the
 * calendar is not supported).
 *
 * <p>A sleeping goroutine is not blocked as far as deadlock detection goes, and a pending timer
 * (After, Tick) keeps the program from being declared deadlocked, as in Go.
 */
public final class Time {
  private Time() {}

  /** time.Duration. */
  public static final TypeDesc DURATION = TypeDesc.stdNamed("time", "Duration", TypeDesc.INT64, "String");

  /** A time.Duration in an interface: fmt calls its String method. */
  public record Duration(long nanos) implements GoStringer, GoValue {
    @Override
    public String string() {
      return durationString(nanos);
    }

    @Override
    public TypeDesc goType() {
      return DURATION;
    }

    @Override
    public Object goValue() {
      return nanos;
    }
  }

  public static Object boxDuration(long d) {
    return new Duration(d);
  }

  public static long now() {
    return System.nanoTime();
  }

  /** Time.Sub. */
  public static long sub(long t, long u) {
    return t - u;
  }

  public static long since(long t) {
    return System.nanoTime() - t;
  }

  /** time.Sleep: the goroutine sleeps (it is not blocked) until d has passed or the program ends. */
  public static void sleep(long d) {
    Sched s = Sched.get();
    s.checkAlive();
    if (d <= 0) {
      Thread.yield();
      return;
    }
    long deadline = System.nanoTime() + d;
    s.sleeping(Thread.currentThread(), true);
    try {
      long left;
      while ((left = deadline - System.nanoTime()) > 0) {
        LockSupport.parkNanos(left);
        s.checkAlive();
      }
    } finally {
      s.sleeping(Thread.currentThread(), false);
    }
  }

  /** time.After: a channel that receives the time once d has passed. */
  public static Chan after(long d) {
    return Timer.newTimer(d).C;
  }

  /** time.NewTimer. */
  public static Timer newTimer(long d) {
    return Timer.newTimer(d);
  }

  /** time.NewTicker. */
  public static Ticker newTicker(long d) {
    return Timer.newTicker(d);
  }

  /** time.Tick: a channel that receives the time every d (ticks a slow receiver misses are dropped). */
  public static Chan tick(long d) {
    return d <= 0 ? null : Timer.newTicker(d).C;
  }

  // ---- Duration's methods ----

  public static double seconds(long d) {
    long sec = d / 1_000_000_000L;
    long nsec = d % 1_000_000_000L;
    return (double) sec + (double) nsec / 1e9;
  }

  public static long milliseconds(long d) {
    return d / 1_000_000L;
  }

  public static long microseconds(long d) {
    return d / 1_000L;
  }

  /**
   * Go's Duration.String: "72h3m0.5s", "1.5s", "100ms", "1.2µs", "0s"; units below a second for
   * durations under one, trailing zeros of the fraction dropped.
   */
  public static String durationString(long d) {
    if (d == 0) return "0s";
    boolean neg = d < 0;
    // The magnitude as unsigned (MinInt64 has no positive counterpart).
    long u = neg ? -d : d;
    StringBuilder sb = new StringBuilder();
    if (Long.compareUnsigned(u, 1_000_000_000L) < 0) {
      int prec;
      String unit;
      if (Long.compareUnsigned(u, 1_000L) < 0) {
        prec = 0;
        unit = "ns";
      } else if (Long.compareUnsigned(u, 1_000_000L) < 0) {
        prec = 3;
        unit = "\u00c2\u00b5s"; // "µs" as Go's UTF-8 bytes, one char per byte
      } else {
        prec = 6;
        unit = "ms";
      }
      sb.append(fraction(u, prec)).append(unit);
    } else {
      String secs = fraction(Long.remainderUnsigned(u, 60_000_000_000L), 9);
      long mins = Long.divideUnsigned(u, 60_000_000_000L);
      if (mins > 0) {
        long hours = mins / 60;
        mins %= 60;
        if (hours > 0) sb.append(hours).append('h');
        sb.append(mins).append('m');
      }
      sb.append(secs).append('s');
    }
    return neg ? "-" + sb : sb.toString();
  }

  /** v / 10^prec with the fraction's trailing zeros (and a bare point) dropped. */
  private static String fraction(long v, int prec) {
    long pow = 1;
    for (int i = 0; i < prec; i++) pow *= 10;
    long whole = Long.divideUnsigned(v, pow);
    long frac = Long.remainderUnsigned(v, pow);
    String w = Long.toUnsignedString(whole);
    if (frac == 0) return w;
    StringBuilder f = new StringBuilder(Long.toString(frac));
    while (f.length() < prec) f.insert(0, '0');
    int end = f.length();
    while (end > 0 && f.charAt(end - 1) == '0') end--;
    return w + "." + f.substring(0, end);
  }
}
