package dev.gosem.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The runtime's side of defer, panic and recover, driven as generated code drives it. */
class DefersTest {
  private final List<String> log = new ArrayList<>();
  private Goroutine g;

  @BeforeEach
  void fresh() {
    Goroutine.reset();
    g = Goroutine.current();
  }

  /** A deferred call that logs, and may recover or panic. */
  private DeferRecord call(String name, boolean recovers, Object panics) {
    return new DeferRecord() {
      @Override
      public void run(GoPanic panic) {
        Defers.setDirect(panic);
        GoPanic direct = Defers.takeDirect();
        Object r = recovers ? Defers.recover(direct) : null;
        log.add(name + (recovers ? " recovered " + r : ""));
        if (panics != null) throw Panics.panic(panics);
      }
    };
  }

  @Test
  void normalReturnRunsTheFramesCallsNewestFirstAndNoOthers() {
    Defers.heapPush(g, call("outer", false, null));
    DeferRecord mark = g.chain();
    Defers.heapPush(g, call("a", false, null));
    Defers.heapPush(g, call("b", false, null));
    Defers.deferReturn(g, mark);
    assertThat(log).containsExactly("b", "a");
    assertThat(g.chain()).isSameAs(mark);
  }

  @Test
  void stackRecordsAreReusedAndRunInOrderWithHeapRecords() {
    DeferRecord site = new DeferRecord() {
      @Override
      public void run(GoPanic panic) {}

      @Override
      public void runSlots(StackRecord r, GoPanic p) {
        log.add("stack " + r.j[0]);
      }
    };
    DeferRecord mark = g.chain();
    StackRecord first = Defers.stackPush(g, site, 1, 0, 0);
    first.j[0] = 1;
    Defers.heapPush(g, call("heap", false, null));
    Defers.stackPush(g, site, 1, 0, 0).j[0] = 2;
    Defers.deferReturn(g, mark);
    assertThat(log).containsExactly("stack 2", "heap", "stack 1");
    assertThat(Defers.stackPush(g, site, 1, 0, 0)).as("the side stack's record is reused").isSameAs(first);
  }

  @Test
  void aRecoveringCallStopsThePanicAndTheRestRunNormally() {
    DeferRecord mark = g.chain();
    Defers.heapPush(g, call("last", true, null));
    Defers.heapPush(g, call("recoverer", true, null));
    Defers.heapPush(g, call("first", false, null));
    Defers.panicFrame(g, mark, Panics.panic("boom"));
    assertThat(log).containsExactly("first", "recoverer recovered boom", "last recovered null");
    assertThat(g.panicking).isNull();
  }

  @Test
  void aPanicInADeferredCallReplacesTheOneInFlight() {
    DeferRecord mark = g.chain();
    Defers.heapPush(g, call("sees", false, null));
    Defers.heapPush(g, call("panics", false, "second"));
    assertThatThrownBy(() -> Defers.panicFrame(g, mark, Panics.panic("first")))
        .isInstanceOfSatisfying(GoPanic.class, p -> {
          assertThat(p.value()).isEqualTo("second");
          assertThat(p.previous().value()).isEqualTo("first");
          assertThat(p.previous().recovered()).isFalse();
          assertThat(CrashReport.text(p, 1)).startsWith("panic: first\n\tpanic: second\n\ngoroutine 1 [running]:\n");
        });
    assertThat(log).containsExactly("panics", "sees");
  }

  @Test
  void javaExceptionsBecomeGoRuntimeErrors() {
    DeferRecord mark = g.chain();
    Defers.heapPush(g, call("recoverer", true, null));
    Defers.panicFrame(g, mark, new NullPointerException());
    assertThat(log).containsExactly("recoverer recovered runtime error: invalid memory address or nil pointer dereference");
  }

  @Test
  void osExitRunsNothing() {
    DeferRecord mark = g.chain();
    Defers.heapPush(g, call("never", true, null));
    assertThatThrownBy(() -> Defers.panicFrame(g, mark, new GoExit(3))).isInstanceOf(GoExit.class);
    assertThat(log).isEmpty();
  }

  @Test
  void goexitRunsTheCallsButCannotBeRecovered() {
    DeferRecord mark = g.chain();
    Defers.heapPush(g, call("tries", true, null));
    assertThatThrownBy(() -> Defers.panicFrame(g, mark, Defers.goexit()))
        .isInstanceOfSatisfying(GoPanic.class, p -> assertThat(CrashReport.text(p, 1))
            .isEqualTo("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n"));
    assertThat(log).containsExactly("tries recovered null");
  }

  @Test
  void aLazyPanicGetsItsTracebackWhenItLeavesAFrameUnrecovered() {
    GoPanic p = Panics.panicLazy("x");
    assertThat(p.needsTrace()).isTrue();
    assertThatThrownBy(() -> Defers.openPanicEnd(Defers.openPanicBegin(Goroutine.current(), p))).isSameAs(p);
    assertThat(p.needsTrace()).isFalse();
    assertThat(p.traceback()).isNotEmpty();
  }
}
