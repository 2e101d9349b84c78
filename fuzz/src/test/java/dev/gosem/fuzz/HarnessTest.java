package dev.gosem.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.fuzz.run.Diff;
import dev.gosem.fuzz.run.Outcome;
import org.junit.jupiter.api.Test;

/** The comparison rules: stderr up to the goroutine line, hex addresses masked, nothing else. */
class HarnessTest {
  @Test
  void stderrIsComparedUpToTheGoroutineLine() {
    String go = "panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\nmain.main()\n\tfuzz/p1/main.go:5 +0x1d\nexit status 2\n";
    String gosem = "panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\nmain.main()\n\tmain.go:5\n";
    assertThat(Diff.compare(new Outcome("", go, 2, false), new Outcome("", gosem, 2, false))).isNull();
    assertThat(Diff.normalizeStderr("panic: main.T{p:0xc000012345}\n")).isEqualTo("panic: main.T{p:0x?}\n");
  }

  @Test
  void differencesAreNamed() {
    Diff.Mismatch m = Diff.compare(new Outcome("1\n2\n", "", 0, false), new Outcome("1\n3\n", "", 0, false));
    assertThat(m.kind()).isEqualTo(Diff.Kind.STDOUT);
    assertThat(m.summary()).isEqualTo("stdout: line 2: Go \"2\", gosem \"3\"");
    assertThat(Diff.compare(new Outcome("", "", 0, false), new Outcome("", "", 2, false)).kind()).isEqualTo(Diff.Kind.EXIT);
    assertThat(Diff.compare(new Outcome("", "", 0, false), Outcome.timeout("", "")).kind()).isEqualTo(Diff.Kind.TIMEOUT);
  }
}
