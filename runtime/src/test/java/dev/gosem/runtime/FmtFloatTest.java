package dev.gosem.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** fmt's %v of floats; the tables are Go 1.19's output, keyed by the float's bits. */
class FmtFloatTest {

  /*
   * vals := []float64{0, math.Copysign(0, -1), 1, -1, 1.5, -1.5, 0.1, 0.2, 0.3, 1.0 / 3, 10.0 / 3,
   *     2.0 / 3, 1e6, 1e5, 123456, 1234567, 999999, 999999.5, 9999999, 1e-4, 1e-5, 0.0001234,
   *     0.00001234, 123456.789, 1.2345678912345e+20, 1e20, 1e21, 1e22, 1e23, 1e100, 1e-100, 1e308,
   *     1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
   *     math.Inf(1), math.Inf(-1), math.NaN(), math.Pi, math.E, -math.Pi * 1e10, 100, 1000,
   *     12345678, 0.5, 0.25, 0.125, 1e-7, 3e-9, 2.5e-10, 9007199254740992, 4503599627370496.5,
   *     1 << 62, 123e-20, 299792458, 6.02214076e23, 1.602176634e-19, -0.0001, -100000, -1e6,
   *     0.000099999, 1e15, 1e16, 1e17, 4.35, 2.675, 1.005, 8.41, 5e-310, 1.1, 100.5, 33.333, 7e-5}
   * for _, v := range vals {
   *     fmt.Printf("%x\t%s\n", math.Float64bits(v), fmt.Sprint(v))
   * }
   */
  static Stream<Arguments> float64s() {
    return Stream.of(
        Arguments.of(0x0L, "0"),
        Arguments.of(0x8000000000000000L, "-0"),
        Arguments.of(0x3ff0000000000000L, "1"),
        Arguments.of(0xbff0000000000000L, "-1"),
        Arguments.of(0x3ff8000000000000L, "1.5"),
        Arguments.of(0xbff8000000000000L, "-1.5"),
        Arguments.of(0x3fb999999999999aL, "0.1"),
        Arguments.of(0x3fc999999999999aL, "0.2"),
        Arguments.of(0x3fd3333333333333L, "0.3"),
        Arguments.of(0x3fd5555555555555L, "0.3333333333333333"),
        Arguments.of(0x400aaaaaaaaaaaabL, "3.3333333333333335"),
        Arguments.of(0x3fe5555555555555L, "0.6666666666666666"),
        Arguments.of(0x412e848000000000L, "1e+06"),
        Arguments.of(0x40f86a0000000000L, "100000"),
        Arguments.of(0x40fe240000000000L, "123456"),
        Arguments.of(0x4132d68700000000L, "1.234567e+06"),
        Arguments.of(0x412e847e00000000L, "999999"),
        Arguments.of(0x412e847f00000000L, "999999.5"),
        Arguments.of(0x416312cfe0000000L, "9.999999e+06"),
        Arguments.of(0x3f1a36e2eb1c432dL, "0.0001"),
        Arguments.of(0x3ee4f8b588e368f1L, "1e-05"),
        Arguments.of(0x3f202c9dedbc309dL, "0.0001234"),
        Arguments.of(0x3ee9e0fcaf9380fcL, "1.234e-05"),
        Arguments.of(0x40fe240c9fbe76c9L, "123456.789"),
        Arguments.of(0x441ac53a7e6c362fL, "1.2345678912345e+20"),
        Arguments.of(0x4415af1d78b58c40L, "1e+20"),
        Arguments.of(0x444b1ae4d6e2ef50L, "1e+21"),
        Arguments.of(0x4480f0cf064dd592L, "1e+22"),
        Arguments.of(0x44b52d02c7e14af6L, "1e+23"),
        Arguments.of(0x54b249ad2594c37dL, "1e+100"),
        Arguments.of(0x2b2bff2ee48e0530L, "1e-100"),
        Arguments.of(0x7fe1ccf385ebc8a0L, "1e+308"),
        Arguments.of(0x7fefffffffffffffL, "1.7976931348623157e+308"),
        Arguments.of(0x1L, "5e-324"),
        Arguments.of(0x10000000000000L, "2.2250738585072014e-308"),
        Arguments.of(0xfffffffffffffL, "2.225073858507201e-308"),
        Arguments.of(0x7ff0000000000000L, "+Inf"),
        Arguments.of(0xfff0000000000000L, "-Inf"),
        Arguments.of(0x7ff8000000000001L, "NaN"),
        Arguments.of(0x400921fb54442d18L, "3.141592653589793"),
        Arguments.of(0x4005bf0a8b145769L, "2.718281828459045"),
        Arguments.of(0xc21d4223fc1f977cL, "-3.1415926535897934e+10"),
        Arguments.of(0x4059000000000000L, "100"),
        Arguments.of(0x408f400000000000L, "1000"),
        Arguments.of(0x41678c29c0000000L, "1.2345678e+07"),
        Arguments.of(0x3fe0000000000000L, "0.5"),
        Arguments.of(0x3fd0000000000000L, "0.25"),
        Arguments.of(0x3fc0000000000000L, "0.125"),
        Arguments.of(0x3e7ad7f29abcaf48L, "1e-07"),
        Arguments.of(0x3e29c511dc3a41dfL, "3e-09"),
        Arguments.of(0x3df12e0be826d695L, "2.5e-10"),
        Arguments.of(0x4340000000000000L, "9.007199254740992e+15"),
        Arguments.of(0x4330000000000000L, "4.503599627370496e+15"),
        Arguments.of(0x43d0000000000000L, "4.611686018427388e+18"),
        Arguments.of(0x3c36b082c2148b8eL, "1.23e-18"),
        Arguments.of(0x41b1de784a000000L, "2.99792458e+08"),
        Arguments.of(0x44dfe185ca57c517L, "6.02214076e+23"),
        Arguments.of(0x3c07a4da290c1653L, "1.602176634e-19"),
        Arguments.of(0xbf1a36e2eb1c432dL, "-0.0001"),
        Arguments.of(0xc0f86a0000000000L, "-100000"),
        Arguments.of(0xc12e848000000000L, "-1e+06"),
        Arguments.of(0x3f1a36d1bd105b06L, "9.9999e-05"),
        Arguments.of(0x430c6bf526340000L, "1e+15"),
        Arguments.of(0x4341c37937e08000L, "1e+16"),
        Arguments.of(0x4376345785d8a000L, "1e+17"),
        Arguments.of(0x4011666666666666L, "4.35"),
        Arguments.of(0x4005666666666666L, "2.675"),
        Arguments.of(0x3ff0147ae147ae14L, "1.005"),
        Arguments.of(0x4020d1eb851eb852L, "8.41"),
        Arguments.of(0x5c0ab9347ed7L, "5e-310"),
        Arguments.of(0x3ff199999999999aL, "1.1"),
        Arguments.of(0x4059200000000000L, "100.5"),
        Arguments.of(0x4040aa9fbe76c8b4L, "33.333"),
        Arguments.of(0x3f12599ed7c6fbd2L, "7e-05"));
  }

  @ParameterizedTest
  @MethodSource("float64s")
  void formatsFloat64(long bits, String expected) {
    double v = Double.longBitsToDouble(bits);
    assertThat(Fmt.formatValue(v)).isEqualTo(expected);
    assertThat(Fmt.sprint(v)).isEqualTo(expected);
  }

  /*
   * f32 := []float32{0.1, 1.0 / 3, 1e6, 1e7, 16777216, 3.4028235e38, 1e-45, 1.5, 0.3, 123456.7}
   * for _, v := range f32 {
   *     fmt.Printf("%x\t%s\n", math.Float32bits(v), fmt.Sprint(v))
   * }
   */
  static Stream<Arguments> float32s() {
    return Stream.of(
        Arguments.of(0x3dcccccd, "0.1"),
        Arguments.of(0x3eaaaaab, "0.33333334"),
        Arguments.of(0x49742400, "1e+06"),
        Arguments.of(0x4b189680, "1e+07"),
        Arguments.of(0x4b800000, "1.6777216e+07"),
        Arguments.of(0x7f7fffff, "3.4028235e+38"),
        Arguments.of(0x1, "1e-45"),
        Arguments.of(0x3fc00000, "1.5"),
        Arguments.of(0x3e99999a, "0.3"),
        Arguments.of(0x47f1205a, "123456.7"));
  }

  @ParameterizedTest
  @MethodSource("float32s")
  void formatsFloat32(int bits, String expected) {
    assertThat(Fmt.formatValue(Float.intBitsToFloat(bits))).isEqualTo(expected);
  }
}
