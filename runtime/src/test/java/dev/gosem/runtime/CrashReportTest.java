package dev.gosem.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a program prints to stderr when it dies, and its exit status. The expected texts up to
 * "goroutine 1 [running]:" are Go 1.19's, from programs run as shown next to each case.
 */
class CrashReportTest {

  private record GoErr(String text) implements GoError {
    @Override
    public String error() {
      return text;
    }
  }

  private record Str(String s) implements GoStringer {
    @Override
    public String string() {
      return "stringer:" + s;
    }
  }

  /* Each row: the Go statement in main, what Go 1.19 printed before "goroutine 1 [running]:". */
  static Stream<Arguments> panics() {
    int[] a = {1, 2, 3};
    return Stream.of(
        // panic("boom")
        Arguments.of((Runnable) () -> { throw Panics.panic("boom"); }, "panic: boom\n"),
        // panic(42)
        Arguments.of((Runnable) () -> { throw Panics.panic(42L); }, "panic: 42\n"),
        // panic(int64(-7))
        Arguments.of((Runnable) () -> { throw Panics.panic(-7L); }, "panic: -7\n"),
        // panic(uint(7))
        Arguments.of((Runnable) () -> { throw Panics.panic(new Unsigned(7)); }, "panic: 7\n"),
        // panic(1.5)
        Arguments.of((Runnable) () -> { throw Panics.panic(1.5); }, "panic: +1.500000e+000\n"),
        // panic(float32(1.5))
        Arguments.of((Runnable) () -> { throw Panics.panic(1.5f); }, "panic: +1.500000e+000\n"),
        // var z float64; panic(z / z * float64(zero))
        Arguments.of((Runnable) () -> { throw Panics.panic(Double.NaN); }, "panic: NaN\n"),
        // panic(true)
        Arguments.of((Runnable) () -> { throw Panics.panic(true); }, "panic: true\n"),
        // panic(nil)  (Go 1.19; 1.21 changed this)
        Arguments.of((Runnable) () -> { throw Panics.panic(null); }, "panic: nil\n"),
        // panic("line1\nline2")
        Arguments.of(
            (Runnable) () -> { throw Panics.panic("line1\nline2"); }, "panic: line1\nline2\n"),
        // panic("")
        Arguments.of((Runnable) () -> { throw Panics.panic(""); }, "panic: \n"),
        // panic("h\xffé"): bytes are written as they are
        Arguments.of(
            (Runnable) () -> { throw Panics.panic("h\u00ff" + GoStrings.fromJava("é")); },
            "panic: h\u00ff" + GoStrings.fromJava("é") + "\n"),
        // panic(errors.New("bad thing"))
        Arguments.of(
            (Runnable) () -> { throw Panics.panic(new GoErr("bad thing")); }, "panic: bad thing\n"),
        // type S string
        // func (s S) String() string { return "stringer:" + string(s) }
        // panic(S("x"))
        Arguments.of((Runnable) () -> { throw Panics.panic(new Str("x")); }, "panic: stringer:x\n"),
        // fmt.Println(1 / zero)
        Arguments.of(
            (Runnable) () -> { throw Panics.divideByZero(); },
            "panic: runtime error: integer divide by zero\n"),
        // n := -idx; fmt.Println(1 << n)
        Arguments.of(
            (Runnable) () -> { throw Panics.negativeShift(); },
            "panic: runtime error: negative shift amount\n"),
        // a := []int{1, 2, 3}; fmt.Println(a[idx]) with idx == 5
        Arguments.of(
            (Runnable) () -> { throw Panics.indexOutOfRange(5, 3); },
            "panic: runtime error: index out of range [5] with length 3\n"),
        // s := "abc"; fmt.Println(s[idx]) with idx == 5
        Arguments.of(
            (Runnable) () -> GoStrings.byteAt("abc", 5),
            "panic: runtime error: index out of range [5] with length 3\n"),
        // fmt.Println(a[n]) with n == -1
        Arguments.of(
            (Runnable) () -> { throw Panics.indexOutOfRange(-1, 3); },
            "panic: runtime error: index out of range [-1]\n"),
        // fmt.Println(a[:n+6]) with n == -1
        Arguments.of(
            (Runnable) () -> { throw Panics.sliceHighOverCapacity(5, 3); },
            "panic: runtime error: slice bounds out of range [:5] with capacity 3\n"),
        // fmt.Println(a[n+3 : n+2]) with n == -1
        Arguments.of(
            (Runnable) () -> { throw Panics.sliceLowOverHigh(2, 1); },
            "panic: runtime error: slice bounds out of range [2:1]\n"),
        // s := "abc"; fmt.Println(s[:n+6]) with n == -1
        Arguments.of(
            (Runnable) () -> { throw Panics.sliceHighOverLength(5, 3); },
            "panic: runtime error: slice bounds out of range [:5] with length 3\n"),
        // var m map[string]int; m["a"] = 1
        Arguments.of(
            (Runnable) () -> { throw Panics.nilMapWrite(); },
            "panic: assignment to entry in nil map\n"),
        // JVM checks standing in for Go's: 1 / zero, a[idx]
        Arguments.of(
            (Runnable) () -> System.out.print(1 / zero()),
            "panic: runtime error: integer divide by zero\n"),
        Arguments.of(
            (Runnable) () -> System.out.print(a[5]),
            "panic: runtime error: index out of range [5] with length 3\n"),
        // defer func() { panic("second") }(); panic("first")
        Arguments.of(
            (Runnable) () -> { throw Panics.panic("second").linkTo(Panics.panic("first")); },
            "panic: first\n\tpanic: second\n"),
        // defer func() { panic(3) }(); defer func() { panic("second") }(); panic("first")
        Arguments.of(
            (Runnable)
                () -> {
                  GoPanic first = Panics.panic("first");
                  throw Panics.panic(3L).linkTo(Panics.panic("second").linkTo(first));
                },
            "panic: first\n\tpanic: second\n\tpanic: 3\n"),
        // defer func() { r := recover(); panic(r) }(); panic("first")
        Arguments.of(
            (Runnable)
                () -> {
                  GoPanic recovered = Panics.panic("first").markRecovered();
                  throw Panics.panic("first").linkTo(recovered);
                },
            "panic: first [recovered]\n\tpanic: first\n"));
  }

  private static int zero() {
    return 0;
  }

  @ParameterizedTest
  @MethodSource("panics")
  void printsGosPanicBlockAndExitsWith2(Runnable main, String expectedPanicLines) {
    GoProcess p = GoProcess.captured();
    assertThat(p.run(main)).isEqualTo(2);
    assertThat(p.stdout()).isEmpty();
    assertThat(headUpToGoroutineLine(p))
        .isEqualTo(GoStrings.toJava(expectedPanicLines) + "\ngoroutine 1 [running]:\n");
  }

  /*
   * var p *T; fmt.Println(p.a) printed
   *   panic: runtime error: invalid memory address or nil pointer dereference
   *   [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x48354a]
   * The pc is a machine address; ours is 0x0.
   */
  @Test
  void nilDereferenceHasASignalLine() {
    GoProcess p = GoProcess.captured();
    Object nil = null;
    assertThat(p.run(() -> nil.hashCode())).isEqualTo(2);
    assertThat(headUpToGoroutineLine(p))
        .isEqualTo(
            """
            panic: runtime error: invalid memory address or nil pointer dereference
            [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]

            goroutine 1 [running]:
            """);
  }

  /*
   * For a panic in main.f called from main.main Go printed
   *   main.f(...)
   *   \t/tmp/x/main.go:18 +0x...
   *   main.main()
   *   \t/tmp/x/main.go:14 +0x...
   * Ours has the JVM's source file name and no pc offset.
   */
  @Test
  void tracebackListsGoFramesOnly() {
    GoProcess p = GoProcess.captured();
    assertThat(p.run(go.main.Main::main)).isEqualTo(2);
    assertThat(p.stderr())
        .isEqualTo(
            """
            panic: boom

            goroutine 1 [running]:
            main.f(...)
            \tMain.java:18
            main.main()
            \tMain.java:14
            """);
  }

  /*
   * f = func(n int) int { return f(n+1) + 1 }; f(0) printed
   *   runtime: goroutine stack exceeds 1000000000-byte limit
   *   runtime: sp=0xc0200e0398 stack=[0xc0200e0000, 0xc0400e0000]
   *   fatal error: stack overflow
   * and, after the runtime's own frames, 100 frames of main.main.func1 then
   * "...additional frames elided...". We leave out the sp line (machine addresses).
   */
  @Test
  void stackOverflowIsGosFatalError() {
    // A small stack keeps the test fast: unwinding a StackOverflowError costs HotSpot seconds.
    GoProcess p = GoProcess.captured().mainStackBytes(16L << 20);
    assertThat(p.run(() -> go.main.Main.recurse(0))).isEqualTo(2);
    String err = p.stderr();
    assertThat(err)
        .startsWith(
            """
            runtime: goroutine stack exceeds 1000000000-byte limit
            fatal error: stack overflow

            goroutine 1 [running]:
            main.recurse(...)
            \tMain.java:23
            """)
        .endsWith("...additional frames elided...\n");
    assertThat(err.lines().filter(l -> l.equals("main.recurse(...)")).count()).isEqualTo(100);
  }

  @Test
  void javaFailuresThatNoGoProgramCausesAreFatalErrors() {
    GoProcess p = GoProcess.captured();
    assertThat(p.run(() -> { throw new IllegalStateException("compiler bug"); })).isEqualTo(2);
    assertThat(p.stderr())
        .startsWith(
            "fatal error: unexpected JVM exception: java.lang.IllegalStateException: compiler bug\n"
                + "\ngoroutine 1 [running]:\n")
        .contains("JVM stack trace:");
  }

  @Test
  void outputBeforeThePanicIsKept() {
    GoProcess p = GoProcess.captured();
    p.run(
        () -> {
          Fmt.println("before");
          throw Panics.panic("boom");
        });
    assertThat(p.stdout()).isEqualTo("before\n");
    assertThat(p.stderr()).startsWith("panic: boom\n");
  }

  private static String headUpToGoroutineLine(GoProcess p) {
    String err = p.stderr();
    String marker = "goroutine 1 [running]:\n";
    int at = err.indexOf(marker);
    return at < 0 ? err : err.substring(0, at + marker.length());
  }
}
