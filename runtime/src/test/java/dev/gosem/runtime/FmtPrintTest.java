package dev.gosem.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** fmt.Print/Println/Sprint/Sprintln spacing and %v of basic values, as Go 1.19 printed them. */
class FmtPrintTest {

  /** A Go error value, as errors.New("...") would give. */
  private record Err(String text) implements GoError {
    @Override
    public String error() {
      return text;
    }
  }

  /*
   * fmt.Print(1, 2); fmt.Print("|\n")
   * fmt.Print("a", 1, 2, "b"); fmt.Print("|\n")
   * fmt.Print(1.5, true, false, "x", uint64(18446744073709551615), int64(-5), nil, nil, "y", "z", 3)
   * fmt.Print("|\n")
   * fmt.Print(); fmt.Print("|\n")
   * fmt.Print(errors.New("e1"), errors.New("e2"), "s")
   * fmt.Print("|\n")
   * fmt.Println(1, "a", "b", 2.5, true, nil, uint8(200), -0.0, 1e21)
   * fmt.Println()
   * fmt.Println("x")
   * printed the text block below.
   */
  @Test
  void printAndPrintlnToStdout() {
    GoProcess p = GoProcess.captured();
    int status =
        p.run(
            () -> {
              Fmt.print(1L, 2L);
              Fmt.print("|\n");
              Fmt.print("a", 1L, 2L, "b");
              Fmt.print("|\n");
              Fmt.print(
                  1.5, true, false, "x", new Unsigned(-1L), -5L, null, null, "y", "z", 3L);
              Fmt.print("|\n");
              Fmt.print();
              Fmt.print("|\n");
              Fmt.print(new Err("e1"), new Err("e2"), "s");
              Fmt.print("|\n");
              // -0.0 as a Go constant is plain 0, so Go printed "0".
              Fmt.println(1L, "a", "b", 2.5, true, null, new Unsigned(200), 0.0, 1e21);
              Fmt.println();
              Fmt.println("x");
            });
    assertThat(status).isZero();
    assertThat(p.stderr()).isEmpty();
    assertThat(p.stdout())
        .isEqualTo(
            """
            1 2|
            a1 2b|
            1.5 true falsex18446744073709551615 -5 <nil> <nil>yz3|
            |
            e1 e2s|
            1 a b 2.5 true <nil> 200 0 1e+21

            x
            """);
  }

  /*
   * fmt.Printf("%q\n", fmt.Sprint("a", "b", 1, 2, "c"))    // "ab1 2c"
   * fmt.Printf("%q\n", fmt.Sprintln("a", "b", 1, 2, "c"))  // "a b 1 2 c\n"
   * fmt.Printf("%q\n", fmt.Sprintln())                     // "\n"
   */
  @Test
  void sprintAndSprintln() {
    assertThat(Fmt.sprint("a", "b", 1L, 2L, "c")).isEqualTo("ab1 2c");
    assertThat(Fmt.sprintln("a", "b", 1L, 2L, "c")).isEqualTo("a b 1 2 c\n");
    assertThat(Fmt.sprintln()).isEqualTo("\n");
  }

  @Test
  void stringsPassThroughAsBytes() {
    // fmt.Println("héllo") writes the UTF-8 bytes unchanged.
    GoProcess p = GoProcess.captured();
    p.run(() -> Fmt.println(GoStrings.fromJava("héllo"), "\u00ff"));
    assertThat(p.stdoutBytes()).containsExactly('h', 0xC3, 0xA9, 'l', 'l', 'o', ' ', 0xFF, '\n');
  }
}
