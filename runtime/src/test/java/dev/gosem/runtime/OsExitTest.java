package dev.gosem.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** os.Exit and the status the shell sees. */
class OsExitTest {

  /*
   * os.Exit(code) in a built program, then `echo $?` in bash:
   *   os.Exit(-1) -> 255, os.Exit(256) -> 0, os.Exit(3) -> 3, os.Exit(1000) -> 232
   */
  @ParameterizedTest
  @CsvSource({"-1, 255", "256, 0", "3, 3", "1000, 232", "0, 0", "1, 1"})
  void exitCodeIsWhatTheShellSees(long code, int status) {
    GoProcess p = GoProcess.captured();
    assertThat(p.run(() -> Os.exit(code))).isEqualTo(status);
    assertThat(p.stderr()).isEmpty();
  }

  @Test
  void exitUnwindsPastCatchExceptionAndKeepsOutput() {
    GoProcess p = GoProcess.captured();
    boolean[] after = {false};
    int status =
        p.run(
            () -> {
              Fmt.println("out");
              Builtin.printString("err\n");
              try {
                Os.exit(7);
              } catch (Exception e) {
                // GoExit is an Error, so generated or host catch (Exception) blocks miss it.
                after[0] = true;
              }
              after[0] = true;
            });
    assertThat(status).isEqualTo(7);
    assertThat(after[0]).isFalse();
    assertThat(p.stdout()).isEqualTo("out\n");
    assertThat(p.stderr()).isEqualTo("err\n");
  }

  @Test
  void normalReturnIsZero() {
    assertThat(GoProcess.captured().run(() -> {})).isZero();
  }
}
