package dev.gosem.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The predeclared print/println; every expected text is what Go 1.19 printed. */
class BuiltinPrintTest {

  /*
   * vals := []float64{1.5, 0, math.Copysign(0, -1), math.NaN(), math.Inf(1), math.Inf(-1), 1, -1,
   *     100, 1e100, 1e-100, 1e308, 5e-324, 1.7976931348623157e308, 123456789, 0.1, 2.5e-10,
   *     9.9999999, 9.99999999, -0.000123, 1e20, 1e21, 3.3333333333333335, 1e-310, 999999.9999999}
   * for _, v := range vals { println(v) }
   * println(float32(16777216), float32(0.1), 1e-323, 2.2250738585072014e-308, 0.5, 0.3,
   *     9.9999995, 9.9999994, 1.0000005, 1.00000049)
   */
  static Stream<Arguments> floats() {
    return Stream.of(
        Arguments.of(1.5, "+1.500000e+000"),
        Arguments.of(0.0, "+0.000000e+000"),
        Arguments.of(-0.0, "-0.000000e+000"),
        Arguments.of(Double.NaN, "NaN"),
        Arguments.of(Double.POSITIVE_INFINITY, "+Inf"),
        Arguments.of(Double.NEGATIVE_INFINITY, "-Inf"),
        Arguments.of(1.0, "+1.000000e+000"),
        Arguments.of(-1.0, "-1.000000e+000"),
        Arguments.of(100.0, "+1.000000e+002"),
        Arguments.of(1e100, "+1.000000e+100"),
        Arguments.of(1e-100, "+1.000000e-100"),
        Arguments.of(1e308, "+1.000000e+308"),
        Arguments.of(5e-324, "+4.940656e-324"),
        Arguments.of(1.7976931348623157e308, "+1.797693e+308"),
        Arguments.of(123456789.0, "+1.234568e+008"),
        Arguments.of(0.1, "+1.000000e-001"),
        Arguments.of(2.5e-10, "+2.500000e-010"),
        Arguments.of(9.9999999, "+1.000000e+001"),
        Arguments.of(9.99999999, "+1.000000e+001"),
        Arguments.of(-0.000123, "-1.230000e-004"),
        Arguments.of(1e20, "+1.000000e+020"),
        Arguments.of(1e21, "+1.000000e+021"),
        Arguments.of(3.3333333333333335, "+3.333333e+000"),
        Arguments.of(1e-310, "+1.000000e-310"),
        Arguments.of(999999.9999999, "+1.000000e+006"),
        Arguments.of((double) 16777216f, "+1.677722e+007"),
        Arguments.of((double) 0.1f, "+1.000000e-001"),
        Arguments.of(1e-323, "+9.881313e-324"),
        Arguments.of(2.2250738585072014e-308, "+2.225074e-308"),
        Arguments.of(0.5, "+5.000000e-001"),
        Arguments.of(0.3, "+3.000000e-001"),
        Arguments.of(9.9999995, "+1.000000e+001"),
        Arguments.of(9.9999994, "+9.999999e+000"),
        Arguments.of(1.0000005, "+1.000001e+000"),
        Arguments.of(1.00000049, "+1.000000e+000"));
  }

  @ParameterizedTest
  @MethodSource("floats")
  void formatsFloatsAsGoPrintln(double v, String expected) {
    assertThat(Builtin.formatFloat(v)).isEqualTo(expected);
  }

  /*
   * println(int64(math.MinInt64), int64(math.MaxInt64), 0, -1, 42, int8(-128), uint8(255))
   * println(uint64(math.MaxUint64), uint64(1<<63), uint32(math.MaxUint32), uint(0))
   * println(true, false, "", "héllo", "a\tb")
   * print("x", 1, true, 2.5, "\n")
   * println(complex(1.5, -2))
   */
  @Test
  void printsLikeGo() {
    GoProcess p = GoProcess.captured();
    int status =
        p.run(
            () -> {
              long[] ints = {Long.MIN_VALUE, Long.MAX_VALUE, 0, -1, 42, -128, 255};
              for (int i = 0; i < ints.length; i++) {
                if (i > 0) {
                  Builtin.printSp();
                }
                Builtin.printInt(ints[i]);
              }
              Builtin.printNl();
              Builtin.printUint(-1L);
              Builtin.printSp();
              Builtin.printUint(1L << 63);
              Builtin.printSp();
              Builtin.printUint(0xFFFF_FFFFL);
              Builtin.printSp();
              Builtin.printUint(0);
              Builtin.printNl();
              Builtin.printBool(true);
              Builtin.printSp();
              Builtin.printBool(false);
              Builtin.printSp();
              Builtin.printString("");
              Builtin.printSp();
              Builtin.printString(GoStrings.fromJava("héllo"));
              Builtin.printSp();
              Builtin.printString("a\tb");
              Builtin.printNl();
              Builtin.printString("x");
              Builtin.printInt(1);
              Builtin.printBool(true);
              Builtin.printFloat(2.5);
              Builtin.printString("\n");
              Builtin.printComplex(1.5, -2);
              Builtin.printNl();
            });
    assertThat(status).isZero();
    assertThat(p.stdout()).isEmpty();
    assertThat(p.stderr())
        .isEqualTo(
            """
            -9223372036854775808 9223372036854775807 0 -1 42 -128 255
            18446744073709551615 9223372036854775808 4294967295 0
            true false  héllo a\tb
            x1true+2.500000e+000
            (+1.500000e+000-2.000000e+000i)
            """);
  }
}
