package dev.gosem.runtime.sched;

import dev.gosem.runtime.TypeDesc;

/** time.Ticker: a {@link Timer} that fires every period (Stop and Reset are tickerStop, tickerReset). */
public final class Ticker extends Timer {
  /** *time.Ticker. */
  public static final TypeDesc TYPE = pointerToNamed("Ticker");

  static {
    TYPE.elem().setZeroFactory(Ticker::new);
  }

  /** The zero Ticker: C is nil. */
  public Ticker() {
    super(null, true);
  }

  Ticker(Sched sched) {
    super(sched, true);
  }
}
