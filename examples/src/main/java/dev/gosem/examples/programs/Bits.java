package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.compl;
import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.literal;
import static dev.gosem.api.build.Go.neg;

import dev.gosem.api.Program;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;

/**
 * Bits covers the bitwise operators {@code & | ^ &^} and unary {@code ^} on signed and unsigned
 * values of several widths, and small bit algorithms built from them: population count,
 * reversing the bits of a uint32, and xorshift, a pseudo-random generator whose output depends on
 * every shift and xor wrapping exactly at 64 bits.
 */
public final class Bits {
  private Bits() {}

  public static Program program() {
    return Go.program("bits", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("popcount", fn -> {
        Var x = fn.param("x", Types.UINT64);
        fn.result(Types.INT);
        Var n = fn.define("n", 0);
        fn.whileLoop(x.ne(0), body -> {
          body.opAssign(x, BinaryOp.AND, x.sub(1));
          body.inc(n);
        });
        fn.ret(n);
      });
      f.func("reverse", fn -> {
        Var x = fn.param("x", Types.UINT32);
        fn.result(Types.UINT32);
        Var r = fn.var("r", Types.UINT32);
        fn.rangeInt(32, body -> {
          body.assign(r, r.shl(1).or(x.and(1)));
          body.opAssign(x, BinaryOp.SHR, 1);
        });
        fn.ret(r);
      });
      f.func("main", b -> {
        Var a = b.var("a", Types.UINT8, literal(Expr.LitKind.INT, "0xCA"));
        Var m = b.var("m", Types.UINT8, literal(Expr.LitKind.INT, "0x0F"));
        b.call(fmtPrintln("uint8", a.and(m), a.or(m), a.xor(m), a.andNot(m), compl(a), compl(m).and(a)));
        Var s = b.var("s", Types.INT8, -86);
        Var t = b.var("t", Types.INT8, 15);
        b.call(fmtPrintln("int8", s.and(t), s.or(t), s.xor(t), s.andNot(t), compl(s), compl(t)));
        Var x = b.var("x", Types.INT64, -1);
        Var y = b.var("y", Types.UINT64, literal(Expr.LitKind.INT, "0xF0F0F0F0F0F0F0F0"));
        b.call(fmtPrintln("64-bit", x.and(255), x.xor(x), compl(x), y.andNot(literal(Expr.LitKind.INT, "0xFF")), compl(y), y.shr(4).xor(y)));
        Var i = b.define("i", 12345);
        b.call(fmtPrintln("int", i.and(compl(i)), i.or(compl(i)), i.xor(compl(i)), i.andNot(i), i.and(i.sub(1)), i.and(neg(i))));
        b.call(fmtPrintln("popcount", call("popcount", 0), call("popcount", 255), call("popcount", conv(Types.UINT64, y)),
            call("popcount", lit(1).shl(64).sub(1)), call("popcount", conv(Types.UINT64, i))));
        b.call(fmtPrintln("reverse", call("reverse", 1), call("reverse", literal(Expr.LitKind.INT, "0x80000000")),
            call("reverse", literal(Expr.LitKind.INT, "0x12345678")), call("reverse", call("reverse", 987654321))));
        Var state = b.var("state", Types.UINT64, 88172645463325252L);
        b.rangeInt("k", 8, (body, k) -> {
          body.opAssign(state, BinaryOp.XOR, state.shl(13));
          body.opAssign(state, BinaryOp.XOR, state.shr(7));
          body.opAssign(state, BinaryOp.XOR, state.shl(17));
          body.call(fmtPrintln("xorshift", k, state, state.rem(100), conv(Types.INT64, state), conv(Types.UINT16, state)));
        });
        Var flags = b.var("flags", Types.UINT16);
        b.opAssign(flags, BinaryOp.OR, lit(1).shl(3));
        b.opAssign(flags, BinaryOp.OR, lit(1).shl(15));
        b.opAssign(flags, BinaryOp.XOR, 6);
        b.opAssign(flags, BinaryOp.AND_NOT, 4);
        b.call(fmtPrintln("flags", flags, flags.and(lit(1).shl(15)).ne(0), flags.and(4).ne(0)));
      });
    }));
  }
}
