package dev.gosem.runtime;

import static dev.gosem.runtime.GoTables.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.runtime.slice.DoubleSlice;
import dev.gosem.runtime.slice.RefSlice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * strconv, strings and sort against the results Go 1.19 printed (gen_lib.go in the test
 * resources): one row per call, checked function by function.
 */
class LibTablesFromGoTest {
  private static final TypeDesc STRINGS = TypeDesc.sliceOf(TypeDesc.STRING);

  private static String q(RefSlice s) {
    return Fmt.sprintf("%q", new Boxed(STRINGS, s));
  }

  private static String err(Object e) {
    return e == null ? "nil" : ((GoError) e).error();
  }

  /** What the runtime gives for one row, in the table's notation; null for unknown rows. */
  private static String run(String[] f) {
    return switch (f[0]) {
      case "FormatFloat" ->
          Strconv.formatFloat(
              Double.longBitsToDouble(Long.parseUnsignedLong(f[1], 16)),
              f[2].charAt(0),
              Long.parseLong(f[3]),
              Long.parseLong(f[4]));
      case "Quote" -> hex(Strconv.quote(bytes(f[1])));
      case "QuoteToASCII" -> hex(Strconv.quoteToASCII(bytes(f[1])));
      case "CanBackquote" -> String.valueOf(Strconv.canBackquote(bytes(f[1])));
      case "QuoteRune" -> hex(Strconv.quoteRune(Long.parseLong(f[1])));
      case "QuoteRuneToASCII" -> hex(Strconv.quoteRuneToASCII(Long.parseLong(f[1])));
      case "Atoi" -> {
        Object[] r = Strconv.atoi(bytes(f[1]));
        yield r[0] + "\t" + hex(err(r[1]));
      }
      case "ParseInt" -> {
        Object[] r = Strconv.parseInt(bytes(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]));
        yield r[0] + "\t" + hex(err(r[1]));
      }
      case "ParseUint" -> {
        Object[] r = Strconv.parseUint(bytes(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]));
        yield Long.toUnsignedString((Long) r[0]) + "\t" + hex(err(r[1]));
      }
      case "FormatInt" -> Strconv.formatInt(Long.parseLong(f[1]), Long.parseLong(f[2]));
      case "Fields" -> hex(q(Strings.fields(bytes(f[1]))));
      case "TrimSpace" -> hex(Strings.trimSpace(bytes(f[1])));
      case "ToUpper" -> hex(Strings.toUpper(bytes(f[1])));
      case "ToLower" -> hex(Strings.toLower(bytes(f[1])));
      case "Split" -> {
        RefSlice s = Strings.split(bytes(f[1]), bytes(f[2]));
        yield hex(q(s) + " " + RefSlice.cap(s));
      }
      case "SplitN" -> hex(q(Strings.splitN(bytes(f[1]), bytes(f[2]), Long.parseLong(f[3]))));
      case "Replace" ->
          hex(Strings.replace(bytes(f[1]), bytes(f[2]), "<>", Long.parseLong(f[3])));
      case "Index" -> String.valueOf(Strings.index(bytes(f[1]), bytes(f[2])));
      case "Count" -> String.valueOf(Strings.count(bytes(f[1]), bytes(f[2])));
      case "Trim" -> hex(Strings.trim(bytes(f[1]), bytes(f[2])));
      case "TrimLeft" -> hex(Strings.trimLeft(bytes(f[1]), bytes(f[2])));
      case "TrimRight" -> hex(Strings.trimRight(bytes(f[1]), bytes(f[2])));
      case "Join" -> hex(Strings.join(Strings.fields(bytes(f[1])), bytes(f[2])));
      case "Repeat" -> hex(Strings.repeat(bytes(f[1]), 3));
      case "SortSlice" -> sortIds(f[1], false);
      case "SortSliceStable" -> sortIds(f[1], true);
      case "Float64s" -> {
        long[] keys = keys(f[1]);
        double[] fs = new double[keys.length];
        for (int i = 0; i < fs.length; i++) {
          fs[i] =
              switch ((int) (keys[i] % 4)) {
                case 0 -> -0.0;
                case 1 -> 0.0;
                case 2 -> Double.NaN;
                default -> keys[i];
              };
        }
        DoubleSlice s = DoubleSlice.of(fs);
        Sort.float64s(s);
        yield Fmt.sprint(new Boxed(TypeDesc.sliceOf(TypeDesc.FLOAT64), s));
      }
      case "Pow" -> math2(f, GoMath::pow);
      case "Max" -> math2(f, GoMath::max);
      case "Min" -> math2(f, GoMath::min);
      case "Mod" -> math2(f, GoMath::mod);
      case "Sqrt" -> math1(f, GoMath::sqrt);
      case "Floor" -> math1(f, GoMath::floor);
      case "Ceil" -> math1(f, GoMath::ceil);
      case "Trunc" -> math1(f, GoMath::trunc);
      case "Round" -> math1(f, GoMath::round);
      case "Abs" -> math1(f, GoMath::abs);
      case "Log2" -> math1(f, GoMath::log2);
      case "Log10" -> math1(f, GoMath::log10);
      default -> null;
    };
  }

  private static double bits(String hex) {
    return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
  }

  private static String resultBits(double r) {
    return Long.toHexString(Double.doubleToRawLongBits(r));
  }

  /**
   * NaNs match whatever their bits (Go's come from the hardware or its own NaN()); Pow with a
   * fractional exponent goes through exp and log, where the JDK's fdlibm and Go's amd64 assembly
   * may differ in the last bits (error in log(x) is scaled by y).
   */
  private static boolean sameFloatResult(String[] f, String got, String want) {
    boolean math = f[0].equals("Pow") || f[0].equals("Sqrt") || f[0].equals("Log2")
        || f[0].equals("Log10") || f[0].equals("Max") || f[0].equals("Min") || f[0].equals("Mod");
    if (!math) {
      return false;
    }
    double g = bits(got);
    double w = bits(want);
    if (g != g && w != w) {
      return true;
    }
    if (f[0].equals("Pow")) {
      double y = bits(f[2]);
      if (y != Math.rint(y)) {
        return Math.abs(Double.doubleToRawLongBits(g) - Double.doubleToRawLongBits(w)) <= 4;
      }
    }
    return false;
  }

  private static String math1(String[] f, java.util.function.DoubleUnaryOperator op) {
    return resultBits(op.applyAsDouble(bits(f[1])));
  }

  private static String math2(String[] f, java.util.function.DoubleBinaryOperator op) {
    return resultBits(op.applyAsDouble(bits(f[1]), bits(f[2])));
  }

  private static String hex(String goBytes) {
    StringBuilder sb = new StringBuilder("x");
    for (int i = 0; i < goBytes.length(); i++) {
      sb.append(String.format("%02x", (int) goBytes.charAt(i)));
    }
    return sb.toString();
  }

  private static long[] keys(String printed) {
    String inner = printed.substring(1, printed.length() - 1).trim();
    if (inner.isEmpty()) {
      return new long[0];
    }
    String[] parts = inner.split(" ");
    long[] k = new long[parts.length];
    for (int i = 0; i < k.length; i++) {
      k[i] = Long.parseLong(parts[i]);
    }
    return k;
  }

  /** Sorts (key, id) pairs by key (SliceStable: by key/2) and prints the ids, as Go did. */
  private static String sortIds(String printedKeys, boolean stable) {
    long[] keys = keys(printedKeys);
    TypeDesc elem = TypeDesc.arrayOf(2, TypeDesc.INT);
    Object[] pairs = new Object[keys.length];
    for (int i = 0; i < keys.length; i++) {
      pairs[i] = new long[] {keys[i], i};
    }
    RefSlice s = RefSlice.of(pairs);
    Object boxed = new Boxed(TypeDesc.sliceOf(elem), s);
    if (stable) {
      Sort.sliceStable(
          boxed,
          (i, j) ->
              ((long[]) RefSlice.get(s, i))[0] / 2 < ((long[]) RefSlice.get(s, j))[0] / 2);
    } else {
      Sort.slice(
          boxed, (i, j) -> ((long[]) RefSlice.get(s, i))[0] < ((long[]) RefSlice.get(s, j))[0]);
    }
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < keys.length; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(((long[]) RefSlice.get(s, i))[1]);
    }
    return sb.append(']').toString();
  }

  @Test
  void everyRowMatchesGo() {
    Map<String, Integer> checked = new TreeMap<>();
    List<String> mismatches = new ArrayList<>();
    for (String[] f : GoTables.read("lib-table.txt")) {
      String got;
      try {
        got = run(f);
      } catch (RuntimeException e) {
        got = "threw " + e;
      }
      assertThat(got).as("no runner for %s", f[0]).isNotNull();
      String want = f[f.length - 1];
      if (f[0].equals("Atoi") || f[0].equals("ParseInt") || f[0].equals("ParseUint")) {
        want = f[f.length - 2] + "\t" + f[f.length - 1];
      }
      checked.merge(f[0], 1, Integer::sum);
      if (!got.equals(want) && !sameFloatResult(f, got, want)) {
        String shown = String.join(" ", f);
        mismatches.add(
            (shown.length() > 200 ? shown.substring(0, 200) + "..." : shown)
                + "\n    got  "
                + (got.length() > 200 ? got.substring(0, 200) + "..." : got));
      }
    }
    assertThat(checked).hasSizeGreaterThan(25);
    assertThat(mismatches).isEmpty();
  }
}
