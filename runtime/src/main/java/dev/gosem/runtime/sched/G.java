package dev.gosem.runtime.sched;

import java.util.concurrent.locks.Condition;

/**
 * G is a goroutine as the scheduler sees it: its number, the condition it parks on (of its
 * program's one scheduler lock), and why it waits, for the deadlock report.
 */
final class G {
  final long id;
  final Condition cond;
  /** Go's wait reason while parked ("chan receive", "select", "semacquire"...), else null. */
  String waitReason;

  G(long id, Condition cond) {
    this.id = id;
    this.cond = cond;
  }
}
