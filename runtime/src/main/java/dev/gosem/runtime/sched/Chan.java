package dev.gosem.runtime.sched;

import dev.gosem.runtime.Panics;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Chan is a Go channel: a buffer of {@code cap} elements and queues of goroutines waiting to send
 * and to receive, all guarded by the program's scheduler lock ({@link Sched}). Elements are held
 * as interface-shaped objects (Long for every integer type, Double, Boolean, String, references
 * as they are), the way the backend boxes tuple elements; a receive from a closed, drained
 * channel gives {@code zero}, the element type's zero value in that shape. The nil channel is
 * {@code null}: every operation on it is a static method here.
 *
 * <p>Semantics follow Go's runtime/chan.go: a send hands its value straight to a waiting receiver,
 * else buffers it, else waits; a receive takes from the buffer (refilling it from a waiting
 * sender), else from a waiting sender, else gets the zero value of a closed channel, else waits;
 * close wakes every waiter (receivers get zero values, senders panic).
 */
public final class Chan {
  final Sched sched;
  final int cap;
  final Object zero;
  final ArrayDeque<Object> buf;
  boolean closed;
  final ArrayDeque<Entry> recvq = new ArrayDeque<>();
  final ArrayDeque<Entry> sendq = new ArrayDeque<>();

  /** A waiting goroutine in a queue: its wait, which select case it is, the value it sends. */
  record Entry(Sched.Wait w, int index, Object value) {}

  private Chan(Sched sched, int cap, Object zero) {
    this.sched = sched;
    this.cap = cap;
    this.zero = zero;
    this.buf = new ArrayDeque<>(Math.min(cap, 64));
  }

  /** make(chan T, size); zero is T's zero value as the channel holds elements. */
  public static Chan make(long size, Object zero) {
    if (size < 0 || size > Integer.MAX_VALUE - 8) throw Panics.makeChanSize();
    return new Chan(Sched.get(), (int) size, zero);
  }

  public static long len(Chan c) {
    if (c == null) return 0;
    c.sched.lock.lock();
    try {
      return c.buf.size();
    } finally {
      c.sched.lock.unlock();
    }
  }

  public static long cap(Chan c) {
    return c == null ? 0 : c.cap;
  }

  // ---- send ----

  /** {@code c <- v}. */
  public static void send(Chan c, Object v) {
    if (c == null) {
      Sched s = Sched.get();
      s.lock.lock();
      try {
        s.parkForever("chan send (nil chan)");
      } finally {
        s.lock.unlock();
      }
      return;
    }
    Sched s = c.sched;
    s.lock.lock();
    try {
      s.checkAlive();
      if (c.trySend(v, -1)) return;
      Sched.Wait w = new Sched.Wait(s.g());
      c.sendq.add(new Entry(w, 0, v));
      s.park(w, "chan send");
      if (w.closed) throw Panics.sendOnClosedChannel();
    } finally {
      s.lock.unlock();
    }
  }

  /** Sends without waiting if a receiver waits or the buffer has room; a closed channel panics. */
  private boolean trySend(Object v, int unused) {
    if (closed) throw Panics.sendOnClosedChannel();
    Entry r = poll(recvq);
    if (r != null) {
      r.w.index = r.index;
      r.w.value = v;
      r.w.ok = true;
      sched.ready(r.w);
      return true;
    }
    if (buf.size() < cap) {
      buf.add(v);
      return true;
    }
    return false;
  }

  /** A timer's send: hands v to a receiver or buffers it; drops it when the buffer is full. */
  void offer(Object v) {
    if (closed) return;
    Entry r = poll(recvq);
    if (r != null) {
      r.w.index = r.index;
      r.w.value = v;
      r.w.ok = true;
      sched.ready(r.w);
    } else if (buf.size() < cap) {
      buf.add(v);
    }
  }

  // ---- receive ----

  /** {@code <-c}. */
  public static Object recv(Chan c) {
    Sched.Wait w = recv2(c);
    return w.value;
  }

  /** {@code v, ok := <-c}: the tuple {value, ok}. */
  public static Object[] recvOk(Chan c) {
    Sched.Wait w = recv2(c);
    return new Object[] {w.value, w.ok};
  }

  private static Sched.Wait recv2(Chan c) {
    if (c == null) {
      Sched s = Sched.get();
      s.lock.lock();
      try {
        s.parkForever("chan receive (nil chan)");
      } finally {
        s.lock.unlock();
      }
      throw new Killed();
    }
    Sched s = c.sched;
    s.lock.lock();
    try {
      s.checkAlive();
      Sched.Wait w = new Sched.Wait(s.g());
      if (c.tryRecv(w, 0)) return w;
      c.recvq.add(new Entry(w, 0, null));
      s.park(w, "chan receive");
      return w;
    } finally {
      s.lock.unlock();
    }
  }

  /** Receives into w without waiting if a value is buffered, a sender waits, or c is closed. */
  private boolean tryRecv(Sched.Wait w, int index) {
    if (!buf.isEmpty()) {
      w.value = buf.poll();
      w.ok = true;
      Entry s = poll(sendq);
      if (s != null) {
        buf.add(s.value);
        s.w.index = s.index;
        sched.ready(s.w);
      }
      w.index = index;
      return true;
    }
    Entry s = poll(sendq);
    if (s != null) {
      w.value = s.value;
      w.ok = true;
      w.index = index;
      s.w.index = s.index;
      sched.ready(s.w);
      return true;
    }
    if (closed) {
      w.value = zero;
      w.ok = false;
      w.index = index;
      return true;
    }
    return false;
  }

  /** The first waiter in q whose wait is not already done (by another case of its select). */
  private static Entry poll(ArrayDeque<Entry> q) {
    Entry e;
    while ((e = q.poll()) != null) {
      if (!e.w.done) return e;
    }
    return null;
  }

  // ---- close ----

  /** {@code close(c)}. */
  public static void close(Chan c) {
    if (c == null) throw Panics.closeOfNilChannel();
    Sched s = c.sched;
    s.lock.lock();
    try {
      if (c.closed) throw Panics.closeOfClosedChannel();
      c.closed = true;
      Entry e;
      while ((e = poll(c.recvq)) != null) {
        e.w.index = e.index;
        e.w.value = c.zero;
        e.w.ok = false;
        s.ready(e.w);
      }
      while ((e = poll(c.sendq)) != null) {
        e.w.index = e.index;
        e.w.closed = true;
        s.ready(e.w);
      }
    } finally {
      s.lock.unlock();
    }
  }

  // ---- select ----

  /**
   * A select statement: chans[i] is case i's channel, sends[i] whether it sends values[i]. Returns
   * the tuple the IR's Select has: {chosen index (-1 for default), ok, then for each receive case
   * in order its element (set for the chosen case only)}. Among the cases ready at once, each is
   * chosen with equal probability (a random polling order, as Go's selectgo does).
   */
  public static Object[] select(Chan[] chans, Object[] values, boolean[] sends, int recvCount, boolean blocking) {
    int n = chans.length;
    Object[] out = new Object[2 + recvCount];
    Sched s = Sched.get();
    s.lock.lock();
    try {
      s.checkAlive();
      Sched.Wait w = new Sched.Wait(s.g());
      int[] order = pollOrder(n);
      for (int i : order) {
        Chan c = chans[i];
        if (c == null) continue;
        if (sends[i]) {
          if (c.trySend(values[i], i)) return result(out, i, null, false, sends);
        } else if (c.tryRecv(w, i)) {
          return result(out, i, w.value, w.ok, sends);
        }
      }
      if (!blocking) return result(out, -1, null, false, sends);
      boolean any = false;
      for (int i = 0; i < n; i++) {
        Chan c = chans[i];
        if (c == null) continue;
        any = true;
        if (sends[i]) c.sendq.add(new Entry(w, i, values[i]));
        else c.recvq.add(new Entry(w, i, null));
      }
      // Go compiles a select with one case and no default into that case's plain channel
      // operation (cmd/compile's walkSelectCases), which waits with the operation's reason.
      String reason = n == 1 ? (sends[0] ? "chan send" : "chan receive") : "select";
      if (!any) {
        s.parkForever(n == 0 ? "select (no cases)" : n == 1 ? reason + " (nil chan)" : reason);
      }
      s.park(w, reason);
      for (int i = 0; i < n; i++) {
        Chan c = chans[i];
        if (c == null) continue;
        remove(sends[i] ? c.sendq : c.recvq, w);
      }
      if (sends[w.index] && w.closed) throw Panics.sendOnClosedChannel();
      return result(out, w.index, w.value, w.ok, sends);
    } finally {
      s.lock.unlock();
    }
  }

  private static int[] pollOrder(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) order[i] = i;
    ThreadLocalRandom r = ThreadLocalRandom.current();
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  private static Object[] result(Object[] out, int index, Object value, boolean ok, boolean[] sends) {
    out[0] = (long) index;
    out[1] = ok;
    if (index >= 0 && !sends[index]) {
      int k = 0;
      for (int i = 0; i < index; i++) if (!sends[i]) k++;
      out[2 + k] = value;
    }
    return out;
  }

  private static void remove(ArrayDeque<Entry> q, Sched.Wait w) {
    for (Iterator<Entry> it = q.iterator(); it.hasNext(); ) {
      if (it.next().w == w) it.remove();
    }
  }
}
