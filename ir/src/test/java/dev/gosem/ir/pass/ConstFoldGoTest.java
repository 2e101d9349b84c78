package dev.gosem.ir.pass;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Program;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.ast.UnaryOp;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.Go;
import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Types;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.Options;
import dev.gosem.ir.ssa.Intrinsic;
import dev.gosem.ir.ssa.Module;
import dev.gosem.ir.ssa.Op;
import dev.gosem.ir.ssa.Value;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Constant folding against the Go toolchain. Each case of {@code constfold/cases.txt} is a Go
 * expression over variables holding constants, e.g. {@code int8:127 + int8:1} for
 * {@code var a int8 = 127; var b int8 = 1; fmt.Println(a + b)}. Unoptimized, the operation is
 * there to compute at run time; optimized, it must have folded to exactly the value Go prints
 * ({@code constfold/expected.txt}, made by {@code regen.sh} with Go), or, where Go panics at run
 * time (division by zero, negative shift count, index out of range), it must not have folded.
 */
class ConstFoldGoTest {
  private static final String OPERAND = "(\\w+):(\\S+)";
  private static final Pattern BINARY = Pattern.compile("^" + OPERAND + " (\\S+) " + OPERAND + "$");
  private static final Pattern UNARY = Pattern.compile("^([-^!+])" + OPERAND + "$");
  private static final Pattern CALL = Pattern.compile("^(\\w+)\\(" + OPERAND + "\\)$");
  private static final Pattern INDEX = Pattern.compile("^" + OPERAND + "\\[" + OPERAND + "\\]$");
  private static final Pattern FLOAT = Pattern.compile("^(\\S+) (0x[0-9a-f]{16})$");
  private static final Set<Op> MAY_PANIC = Set.of(Op.DIV, Op.REM, Op.SHL, Op.SHR, Op.STRINDEX);

  record Case(String expr, String expected) {}

  static List<String> lines(String resource) throws IOException {
    try (InputStream in = ConstFoldGoTest.class.getResourceAsStream("/constfold/" + resource)) {
      assertThat(in).as("resource constfold/%s", resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    for (String line : lines("expected.txt")) {
      int tab = line.indexOf('\t');
      out.add(new Case(line.substring(0, tab), line.substring(tab + 1)));
    }
    return out;
  }

  /** expected.txt answers exactly the cases of cases.txt, in order: regen.sh was run. */
  @Test
  void expectedValuesAreUpToDate() throws IOException {
    List<String> asked = lines("cases.txt").stream().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    assertThat(cases().stream().map(Case::expr).toList())
        .as("expected.txt is stale: run ir/src/test/resources/constfold/regen.sh")
        .isEqualTo(asked);
  }

  @TestFactory
  Stream<DynamicTest> foldsLikeGo() throws IOException {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.expr() + " => " + c.expected(), () -> check(c)));
  }

  private static void check(Case c) {
    Program p = program(c.expr());
    Value raw = printed(Compiler.lower(p, new Options(false, true)));
    if (!c.expr().startsWith("+")) { // unary plus is the operand itself
      assertThat(raw.isConst()).as("unoptimized, %s is computed at run time", c.expr()).isFalse();
    }
    Value folded = printed(Compiler.lower(p, new Options(true, true)));
    if (c.expected().startsWith("panic: ")) {
      assertThat(folded.isConst()).as("%s panics in Go (%s), so it must not fold", c.expr(), c.expected()).isFalse();
      assertThat(folded.op()).isIn(MAY_PANIC);
      return;
    }
    assertThat(folded.isConst()).as("%s folds", c.expr()).isTrue();
    Object got = folded.aux();
    Basic type = (Basic) folded.type();
    if (Types.isInteger(type)) {
      long want = new BigInteger(c.expected()).longValue(); // uint64 values as their bits
      assertThat(got).as("%s (%s)", c.expr(), type).isEqualTo(want);
    } else if (Types.isFloat(type)) {
      Matcher m = FLOAT.matcher(c.expected());
      assertThat(m.matches()).as("float result %s", c.expected()).isTrue();
      double d = (Double) got;
      if (m.group(1).equals("NaN")) {
        assertThat(d).as(c.expr()).isNaN();
      } else {
        long bits = Long.parseUnsignedLong(m.group(2).substring(2), 16);
        assertThat(Long.toHexString(Double.doubleToRawLongBits(d))).as("%s = %s", c.expr(), d)
            .isEqualTo(Long.toHexString(bits));
      }
    } else if (Types.isBoolean(type)) {
      assertThat(got).as(c.expr()).isEqualTo(Boolean.parseBoolean(c.expected()));
    } else {
      String bytes = new String(c.expected().getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
      assertThat(got).as(c.expr()).isEqualTo(bytes);
    }
  }

  /** The value main passes to fmt.Println. */
  private static Value printed(Module m) {
    return m.func("main").allValues().stream()
        .filter(v -> v.op() == Op.INTRINSIC && v.aux() == Intrinsic.FMT_PRINTLN)
        .findFirst().orElseThrow().arg(0);
  }

  static Program program(String expr) {
    return Go.program("fold", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("main", fn -> {
        Ex result;
        Matcher m;
        if ((m = BINARY.matcher(expr)).matches()) {
          Ex a = fn.var("a", type(m.group(1)), literal(m.group(1), m.group(2)));
          Ex b = fn.var("b", type(m.group(4)), literal(m.group(4), m.group(5)));
          result = a.op(binaryOp(m.group(3)), b);
        } else if ((m = UNARY.matcher(expr)).matches()) {
          Ex a = fn.var("a", type(m.group(2)), literal(m.group(2), m.group(3)));
          result = Go.unary(unaryOp(m.group(1)), a);
        } else if ((m = CALL.matcher(expr)).matches()) {
          Ex a = fn.var("a", type(m.group(2)), literal(m.group(2), m.group(3)));
          result = m.group(1).equals("len") ? Go.len(a) : Go.conv(type(m.group(1)), a);
        } else if ((m = INDEX.matcher(expr)).matches()) {
          Ex a = fn.var("a", type(m.group(1)), literal(m.group(1), m.group(2)));
          Ex b = fn.var("b", type(m.group(3)), literal(m.group(3), m.group(4)));
          result = a.index(b);
        } else {
          throw new IllegalArgumentException("cannot parse case " + expr);
        }
        fn.call(Go.fmtPrintln(result));
      });
    }));
  }

  private static Basic type(String name) {
    Basic t = Types.PREDECLARED.get(name);
    if (t == null) throw new IllegalArgumentException("unknown type " + name);
    return t;
  }

  private static Object literal(String type, String text) {
    Basic t = type(type);
    if (Types.isInteger(t)) return Go.lit(new BigInteger(text));
    if (Types.isFloat(t)) return Go.lit(Double.parseDouble(text));
    if (Types.isBoolean(t)) return Go.lit(Boolean.parseBoolean(text));
    return Go.str(text);
  }

  private static UnaryOp unaryOp(String token) {
    for (UnaryOp op : UnaryOp.values()) if (op.token().equals(token)) return op;
    throw new IllegalArgumentException("unknown operator " + token);
  }

  private static BinaryOp binaryOp(String token) {
    for (BinaryOp op : BinaryOp.values()) if (op.token().equals(token)) return op;
    throw new IllegalArgumentException("unknown operator " + token);
  }
}
