package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.neg;
import static dev.gosem.api.build.Go.not;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;

/**
 * PrintBuiltin prints values of every supported type with the builtins println and print, which
 * write to stderr in the runtime's own format: floats as {@code +d.dddddde+ddd}, no quoting,
 * println separating operands with spaces and print with nothing.
 */
public final class PrintBuiltin {
  private PrintBuiltin() {}

  public static Program program() {
    return Go.program("printbuiltin", prog -> prog.file("main.go", f -> f.func("main", b -> {
      Var yes = b.define("yes", true);
      b.println(yes, not(lit(true)), lit(1).lt(2), yes.andAlso(lit(false)));
      Var i8 = b.var("i8", Types.INT8, -128);
      Var i16 = b.var("i16", Types.INT16, 32767);
      Var i32 = b.var("i32", Types.INT32, lit(-1).shl(31));
      Var i64 = b.var("i64", Types.INT64, lit(-1).shl(63));
      Var i = b.define("i", 42);
      b.println(i8, i16, i32, i64, i, neg(i), 0, -1);
      Var u8 = b.var("u8", Types.UINT8, 255);
      Var u16 = b.var("u16", Types.UINT16, 65535);
      Var u32 = b.var("u32", Types.UINT32, lit(1).shl(32).sub(1));
      Var u64 = b.var("u64", Types.UINT64, lit(1).shl(64).sub(1));
      Var u = b.var("u", Types.UINT, lit(1).shl(63));
      Var uptr = b.var("uptr", Types.UINTPTR, 4096);
      b.println(u8, u16, u32, u64, u, uptr);
      Var zero = b.define("zero", 0.0);
      Var x = b.define("x", 1.5);
      b.println(x, neg(x), zero, neg(zero), 0.1, 100.0, 123456789.0, 1e100, 1e-100, 5e-324, 1.7976931348623157e308);
      b.println(lit(1).div(zero), lit(-1).div(zero), zero.div(zero), x.div(3), lit(2.0).div(3), 0.999999999);
      b.println("strings", "", "with spaces", "tab\there", "é 世界");
      b.println();
      b.print("print:", 1, 2, 3, true, x, "\n");
      b.print(i8, u64, "|", "", "|\n");
      b.print();
      b.println(conv(Types.INT64, u64.sub(1).div(2)), conv(Types.FLOAT64, i64), "end");
    })));
  }
}
