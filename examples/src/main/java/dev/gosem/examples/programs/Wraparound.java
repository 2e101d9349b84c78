package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.literal;
import static dev.gosem.api.build.Go.neg;

import dev.gosem.api.Program;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.build.BlockBuilder;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.FileBuilder;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Types;
import java.util.List;

/**
 * Wraparound checks that every integer type wraps modulo 2^n: for each of the ten sized and
 * unsized integer types, overflow on add, subtract, multiply, negate and increment, printed by
 * both fmt.Println and the println builtin; then conversions between sizes, which truncate to the
 * low bits and sign- or zero-extend by the source type.
 */
public final class Wraparound {
  private Wraparound() {}

  /** One integer type with its extreme values written as constant expressions. */
  private record IntType(Basic type, Ex max, Ex min) {
    String name() {
      return type.kind().goName();
    }
  }

  private static List<IntType> types() {
    return List.of(
        new IntType(Types.INT8, lit(127), lit(-128)),
        new IntType(Types.INT16, lit(1).shl(15).sub(1), lit(-1).shl(15)),
        new IntType(Types.INT32, lit(1).shl(31).sub(1), lit(-1).shl(31)),
        new IntType(Types.INT64, lit(1).shl(63).sub(1), lit(-1).shl(63)),
        new IntType(Types.INT, lit(1).shl(63).sub(1), lit(-1).shl(63)),
        new IntType(Types.UINT8, lit(255), lit(0)),
        new IntType(Types.UINT16, literal(Expr.LitKind.INT, "0xFFFF"), lit(0)),
        new IntType(Types.UINT32, lit(1).shl(32).sub(1), lit(0)),
        new IntType(Types.UINT64, lit(1).shl(64).sub(1), lit(0)),
        new IntType(Types.UINT, lit(1).shl(64).sub(1), lit(0)));
  }

  public static Program program() {
    return Go.program("wraparound", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      for (IntType t : types()) wrapFunc(f, t);
      f.func("conversions", Wraparound::conversions);
      f.func("main", b -> {
        for (IntType t : types()) b.call(funcName(t));
        b.call("conversions");
      });
    }));
  }

  private static String funcName(IntType t) {
    return "wrap" + Character.toUpperCase(t.name().charAt(0)) + t.name().substring(1);
  }

  /** func wrapT(): the same overflow checks for one type, on variables so nothing is constant. */
  private static void wrapFunc(FileBuilder f, IntType t) {
    f.func(funcName(t), b -> {
      Var hi = b.var("hi", t.type(), t.max());
      Var lo = b.var("lo", t.type(), t.min());
      Var v = b.var("v", t.type(), 100);
      Var c = b.define("c", hi);
      b.inc(c);
      Var d = b.define("d", lo);
      b.dec(d);
      Var m = b.define("m", hi);
      b.opAssign(m, BinaryOp.MUL, 3);
      Object[] row = {t.name(), hi, lo, hi.add(1), lo.sub(1), hi.mul(2), neg(lo), neg(hi), v.mul(v).mul(v), c, d, m,
          hi.add(hi).add(2), lo.mul(lo)};
      b.call(fmtPrintln(row));
      b.println(row);
    });
  }

  /** Conversions between integer types: truncation, sign extension and zero extension. */
  private static void conversions(BlockBuilder b) {
    Var big = b.var("big", Types.INT64, literal(Expr.LitKind.INT, "0x123456789ABCDEF0"));
    allTypes(b, "from int64", big);
    Var negBig = b.var("negBig", Types.INT64, neg(literal(Expr.LitKind.INT, "0x0FEDCBA987654321")));
    allTypes(b, "from negative int64", negBig);
    Var small = b.var("small", Types.INT8, -2);
    allTypes(b, "from int8", small);
    Var u8 = b.var("u8", Types.UINT8, 200);
    allTypes(b, "from uint8", u8);
    Var u32 = b.var("u32", Types.UINT32, literal(Expr.LitKind.INT, "0xFFFFFFFE"));
    allTypes(b, "from uint32", u32);
    Var u64 = b.var("u64", Types.UINT64, lit(1).shl(64).sub(1));
    allTypes(b, "from uint64", u64);
    Var i16 = b.var("i16", Types.INT16, -300);
    allTypes(b, "from int16", i16);
    // Round trips: narrowing then widening keeps only the low bits, sign-extended by the narrow type.
    b.call(fmtPrintln("round trips", conv(Types.INT64, conv(Types.INT8, big)), conv(Types.UINT64, conv(Types.INT32, negBig)),
        conv(Types.INT, conv(Types.UINT16, small)), conv(Types.INT8, conv(Types.UINT8, i16))));
    b.println("round trips", conv(Types.INT64, conv(Types.INT8, big)), conv(Types.UINT64, conv(Types.INT32, negBig)),
        conv(Types.INT, conv(Types.UINT16, small)), conv(Types.INT8, conv(Types.UINT8, i16)));
  }

  private static void allTypes(BlockBuilder b, String label, Var x) {
    Object[] row = {label, conv(Types.INT8, x), conv(Types.INT16, x), conv(Types.INT32, x), conv(Types.INT64, x),
        conv(Types.INT, x), conv(Types.UINT8, x), conv(Types.UINT16, x), conv(Types.UINT32, x), conv(Types.UINT64, x),
        conv(Types.UINT, x)};
    b.call(fmtPrintln(row));
    b.println(row);
  }
}
