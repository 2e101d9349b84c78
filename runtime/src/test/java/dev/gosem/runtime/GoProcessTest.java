package dev.gosem.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Binding a program to its threads, and capturing its output. */
class GoProcessTest {

  @Test
  void runBindsTheProcessAndGoroutinesInheritIt() throws Exception {
    GoProcess p = GoProcess.captured();
    AtomicReference<GoProcess> inMain = new AtomicReference<>();
    AtomicReference<GoProcess> inGoroutine = new AtomicReference<>();
    p.run(
        () -> {
          inMain.set(GoProcess.current());
          Thread t = Thread.ofVirtual().start(() -> inGoroutine.set(GoProcess.current()));
          try {
            t.join();
          } catch (InterruptedException e) {
            throw new AssertionError(e);
          }
          Fmt.print("done");
        });
    assertThat(inMain.get()).isSameAs(p);
    assertThat(inGoroutine.get()).isSameAs(p);
    assertThat(p.stdout()).isEqualTo("done");
    // Unbound again afterwards: the caller falls back to the shared system process.
    assertThat(GoProcess.current()).isNotSameAs(p);
  }

  @Test
  void runHereUsesTheCallingThreadAndRestoresItsBinding() {
    GoProcess outer = GoProcess.captured();
    GoProcess inner = GoProcess.captured();
    Thread caller = Thread.currentThread();
    outer.runHere(
        () -> {
          inner.runHere(
              () -> {
                assertThat(Thread.currentThread()).isSameAs(caller);
                Fmt.print("inner");
              });
          Fmt.print("outer");
        });
    assertThat(inner.stdout()).isEqualTo("inner");
    assertThat(outer.stdout()).isEqualTo("outer");
  }

  @Test
  void mainGetsADeepStack() {
    // Go grows goroutine stacks to 1 GB; a Java thread's default stack would overflow here.
    GoProcess p = GoProcess.captured();
    assertThat(p.run(() -> Fmt.print(depth(1_000_000)))).isZero();
    assertThat(p.stdout()).isEqualTo("1000000");
  }

  private static long depth(long n) {
    return n == 0 ? 0 : depth(n - 1) + 1;
  }

  @Test
  void writesGoByteStringsAndDecodesCapturesAsUtf8() {
    GoProcess p = GoProcess.captured();
    p.writeOut(GoStrings.fromJava("π=3"));
    p.writeErr("\u00ff");
    assertThat(p.stdout()).isEqualTo("π=3");
    assertThat(p.stdoutBytes()).hasSize(4);
    assertThat(p.stderrBytes()).containsExactly((byte) 0xFF);
  }

  @Test
  void onlyCapturedProcessesHaveCaptures() {
    assertThatThrownBy(() -> GoProcess.system().stdout()).isInstanceOf(IllegalStateException.class);
  }
}
