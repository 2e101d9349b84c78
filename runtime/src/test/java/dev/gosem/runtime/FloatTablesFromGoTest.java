package dev.gosem.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Random floats (including power-of-two boundaries and subnormals) formatted by Go 1.19; the
 * tables and the program that made them (gen_floats.go) are in this package's test resources.
 */
class FloatTablesFromGoTest {

  @Test
  void fmtMatchesGoForFloat64AndFloat32() throws IOException {
    List<String> mismatches = new ArrayList<>();
    for (String line : lines("floats-fmt.txt")) {
      String[] f = line.split(" ");
      double d = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
      check(mismatches, line, Fmt.formatValue(d), f[1]);
      if (!f[3].equals("x")) {
        float s = Float.intBitsToFloat(Integer.parseUnsignedInt(f[2], 16));
        check(mismatches, line, Fmt.formatValue(s), f[3]);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void builtinPrintlnMatchesGo() throws IOException {
    List<String> mismatches = new ArrayList<>();
    for (String line : lines("floats-println.txt")) {
      String[] f = line.split(" ");
      double d = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
      check(mismatches, line, Builtin.formatFloat(d), f[1]);
    }
    assertThat(mismatches).isEmpty();
  }

  private static void check(List<String> mismatches, String line, String got, String want) {
    if (!got.equals(want)) {
      mismatches.add(line + " -> got " + got + ", Go printed " + want);
    }
  }

  private static List<String> lines(String resource) throws IOException {
    try (var in = FloatTablesFromGoTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      List<String> lines =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)).lines().toList();
      assertThat(lines).hasSizeGreaterThan(1000);
      return lines;
    }
  }
}
