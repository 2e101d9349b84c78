package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.id;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.literal;

import dev.gosem.api.Program;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;

/**
 * Shifts covers Go's shift rules: {@code >>} is arithmetic on signed and logical on unsigned
 * operands; a count at or beyond the width gives 0, or -1 for a negative signed operand shifted
 * right (unlike Java and the hardware, which mask the count); the count may have any integer type,
 * signed ones included (Go 1.13); and constant shifts are exact, beyond 64 bits.
 */
public final class Shifts {
  private Shifts() {}

  public static Program program() {
    return Go.program("shifts", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("main", b -> {
        Var x = b.var("x", Types.INT32, -8);
        Var u = b.var("u", Types.UINT32, literal(Expr.LitKind.INT, "0x80000001"));
        Var n = b.var("n", Types.UINT, 3);
        b.call(fmtPrintln("basic", x.shl(n), x.shr(n), u.shl(n), u.shr(n)));
        b.println("basic", x.shl(n), x.shr(n), u.shl(n), u.shr(n));

        // Counts around and beyond the width of the operand.
        b.forLoop(loop -> {
          Var c = loop.init().define("c", conv(Types.UINT, 30));
          loop.cond(c.le(66));
          loop.post().addAssign(c, 4);
          loop.body(body -> body.call(fmtPrintln("count", c, x.shl(c), x.shr(c), u.shl(c), u.shr(c))));
        });
        Var huge = b.var("huge", Types.UINT64, lit(1).shl(63));
        b.call(fmtPrintln("huge count", x.shr(huge), x.shl(huge), u.shr(huge), conv(Types.INT64, -1).shr(huge)));

        // Every width: the top bit, and one past it.
        Var i8 = b.var("i8", Types.INT8, 1);
        Var i16 = b.var("i16", Types.INT16, 1);
        Var i64 = b.var("i64", Types.INT64, 1);
        Var u8 = b.var("u8", Types.UINT8, 255);
        Var u16 = b.var("u16", Types.UINT16, 1);
        Var u64 = b.var("u64", Types.UINT64, 1);
        Var i = b.var("i", Types.INT, 1);
        Var ui = b.var("ui", Types.UINT, 1);
        b.call(fmtPrintln("int8", i8.shl(7), i8.shl(8), i8.shl(7).shr(7), i8.shl(7).shr(8), i8.shl(6).shr(6)));
        b.call(fmtPrintln("int16", i16.shl(15), i16.shl(16), i16.shl(15).shr(15), i16.shl(14).shr(3)));
        b.call(fmtPrintln("int64", i64.shl(63), i64.shl(64), i64.shl(63).shr(63), i64.shl(62).shr(61)));
        b.call(fmtPrintln("int", i.shl(63), i.shl(64), i.shl(63).shr(70), i.shl(40)));
        b.call(fmtPrintln("uint8", u8.shl(1), u8.shr(1), u8.shl(8), u8.shr(7), u8.shl(4).shr(4)));
        b.call(fmtPrintln("uint16", u16.shl(15), u16.shl(16), u16.shl(15).shr(15)));
        b.call(fmtPrintln("uint64", u64.shl(63), u64.shl(64), u64.shl(63).shr(63), u64.sub(2).shr(1)));
        b.call(fmtPrintln("uint", ui.shl(63), ui.shl(64), ui.sub(2).shr(60)));
        b.println("int8", i8.shl(7), i8.shl(8), i8.shl(7).shr(7), i8.shl(7).shr(8));
        b.println("uint64", u64.shl(63), u64.sub(2).shr(1));

        // The count's own type does not matter, only its value; signed counts are allowed.
        Var c8 = b.var("c8", Types.UINT8, 4);
        Var c16 = b.var("c16", Types.UINT16, 200);
        Var c32 = b.var("c32", Types.UINT32, 5);
        Var c64 = b.var("c64", Types.UINT64, 33);
        Var s8 = b.var("s8", Types.INT8, 2);
        Var s64 = b.var("s64", Types.INT64, 40);
        Var s = b.var("s", Types.INT, 6);
        b.call(fmtPrintln("count types", x.shl(c8), x.shr(c16), u.shr(c32), u.shl(c64), x.shl(s8), i64.shl(s64), u8.shr(s)));

        // An untyped constant shifted by a variable takes the type the context gives it.
        Var asInt = b.define("asInt", lit(1).shl(s));
        Var asU8 = b.var("asU8", Types.UINT8, lit(1).shl(s).add(200));
        Var asI64 = b.var("asI64", Types.INT64, lit(-1).shl(s64));
        b.call(fmtPrintln("untyped left operand", asInt, asU8, asI64, lit(1).shl(s), u.add(lit(1).shl(c8))));

        // Constant shifts are exact: intermediate values may exceed 64 bits.
        b.constant("big", lit(1).shl(100));
        b.call(fmtPrintln("constants", id("big").shr(98), lit(1).shl(62), lit(-1).shr(1), lit(-7).shr(1), lit(7).shr(1),
            lit(1).shl(63).sub(1), id("big").shr(50).shl(3).shr(40)));
        b.constant("m8", Types.INT8, lit(-1).shl(7));
        b.call(fmtPrintln("typed constants", id("m8"), id("m8").shr(3), conv(Types.UINT8, 1).shl(7)));

        // Shift assignments.
        Var acc = b.var("acc", Types.INT16, 3);
        b.opAssign(acc, BinaryOp.SHL, 13);
        b.call(fmtPrintln("acc", acc));
        b.opAssign(acc, BinaryOp.SHR, c8);
        b.call(fmtPrintln("acc", acc));
        b.opAssign(acc, BinaryOp.SHL, s64);
        b.call(fmtPrintln("acc", acc));
      });
    }));
  }
}
