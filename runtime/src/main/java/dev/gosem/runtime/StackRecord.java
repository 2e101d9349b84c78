package dev.gosem.runtime;

/**
 * A reusable deferred-call record of the stack strategy: the goroutine keeps a side stack of
 * these, so a defer statement only fills slots and allocates nothing. Arguments are stored by
 * JVM kind: integers and bools in {@link #j}, floats in {@link #d}, references in {@link #a}.
 */
public final class StackRecord extends DeferRecord {
  public long[] j = new long[4];
  public double[] d = new double[2];
  public Object[] a = new Object[4];
  /** Who knows how to make the call from the slots. */
  public DeferRecord site;
  /** How many of {@link #a}'s slots the current call uses (cleared when it is done). */
  private int refs;

  @Override
  public void run(GoPanic panic) {
    site.runSlots(this, panic);
  }

  void ensure(int longs, int doubles, int refs) {
    if (j.length < longs) j = new long[longs];
    if (d.length < doubles) d = new double[doubles];
    if (a.length < refs) a = new Object[refs];
    this.refs = refs;
  }

  /** Drops references so a finished call keeps nothing alive (sites are constants). */
  void clear() {
    link = null;
    for (int i = 0; i < refs; i++) a[i] = null;
  }
}
