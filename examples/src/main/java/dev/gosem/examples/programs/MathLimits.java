package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.neg;
import static dev.gosem.api.build.Go.pkgCall;
import static dev.gosem.api.build.Go.sel;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.types.Types.FLOAT64;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.INT16;
import static dev.gosem.api.types.Types.INT32;
import static dev.gosem.api.types.Types.INT64;
import static dev.gosem.api.types.Types.INT8;
import static dev.gosem.api.types.Types.UINT;
import static dev.gosem.api.types.Types.UINT16;
import static dev.gosem.api.types.Types.UINT32;
import static dev.gosem.api.types.Types.UINT64;
import static dev.gosem.api.types.Types.UINT8;

import dev.gosem.api.Program;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;

/**
 * MathLimits prints package math's integer limits (untyped constants: MaxUint64 needs a uint64
 * to be printed), wraps every integer type past its limits at run time, takes square roots and
 * powers, and shows the special floats: +Inf, -Inf and NaN from math.Inf and math.NaN and from
 * arithmetic, NaN unequal to itself and unordered, IsNaN and IsInf, how Println and Printf's
 * verbs (with widths and signs) print them, and Floor, Ceil, Abs, Max, Min on them.
 */
public final class MathLimits {
  private MathLimits() {}

  private static Ex math(String name) {
    return sel("math", name);
  }

  public static Program program() {
    return Go.program("mathlimits", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "math");
      f.func("main", b -> {
        b.call(fmtPrintln(math("MaxInt8"), math("MinInt8"), math("MaxInt16"), math("MinInt16"), math("MaxInt32"), math("MinInt32")));
        b.call(fmtPrintln(math("MaxInt64"), math("MinInt64"), math("MaxInt"), math("MinInt")));
        b.call(fmtPrintln(math("MaxUint8"), math("MaxUint16"), math("MaxUint32"), conv(UINT64, math("MaxUint64")), conv(UINT, math("MaxUint"))));
        b.call(fmtPrintf("%T %T %x %X\n", math("MaxInt64"), math("MaxUint32"), conv(UINT64, math("MaxUint64")), math("MinInt64")));
        b.call(fmtPrintln(math("MaxUint64").div(math("MaxUint32")), math("MaxInt64").sub(math("MaxInt32")), lit(1).shl(62).div(math("MaxInt32"))));

        Var i64 = b.var("i64", INT64, math("MaxInt64"));
        b.inc(i64);
        Var i32 = b.var("i32", INT32, math("MinInt32"));
        b.dec(i32);
        Var i8 = b.var("i8", INT8, 127);
        b.addAssign(i8, 2);
        Var i16 = b.var("i16", INT16, math("MaxInt16"));
        b.opAssign(i16, dev.gosem.api.ast.BinaryOp.MUL, 2);
        Var u8 = b.var("u8", UINT8, 0);
        b.dec(u8);
        Var u16 = b.var("u16", UINT16, 65535);
        b.inc(u16);
        Var u32 = b.var("u32", UINT32, math("MaxUint32"));
        b.addAssign(u32, 10);
        Var u64 = b.var("u64", UINT64, 0);
        b.opAssign(u64, dev.gosem.api.ast.BinaryOp.SUB, 1);
        b.call(fmtPrintln(i64, i32, i8, i16, u8, u16, u32, u64));
        Var minI = b.var("minI", INT, math("MinInt"));
        b.call(fmtPrintln(neg(minI), minI.div(-1), minI.mul(-1), minI.sub(1), minI.eq(neg(minI))));
        Var big = b.var("big", INT64, math("MaxInt32"));
        b.call(fmtPrintln(big.mul(big), conv(INT32, big.add(1)), conv(INT8, big), conv(UINT8, big.sub(1)), conv(UINT32, neg(big))));

        b.call(fmtPrintln(pkgCall("math", "Sqrt", 2), pkgCall("math", "Sqrt", 144), pkgCall("math", "Sqrt", 1e-10), pkgCall("math", "Pow", 2, 10), pkgCall("math", "Pow", 2, 0.5)));
        b.call(fmtPrintf("%.15f %.3e %g\n", pkgCall("math", "Sqrt", 2), pkgCall("math", "Sqrt", 2e10), math("Pi")));

        Var inf = b.define("inf", pkgCall("math", "Inf", 1));
        Var ninf = b.define("ninf", pkgCall("math", "Inf", -1));
        Var nan = b.define("nan", pkgCall("math", "NaN"));
        Var zero = b.define("zero", 0.0);
        b.call(fmtPrintln(inf, ninf, nan, lit(1).div(zero), lit(-1).div(zero), zero.div(zero), inf.sub(inf), inf.mul(0), neg(zero)));
        b.call(fmtPrintln("nan == nan:", nan.eq(nan), "nan != nan:", nan.ne(nan), "nan < 1:", nan.lt(1), "nan > 1:", nan.gt(1), "nan >= nan:", nan.ge(nan)));
        b.call(fmtPrintln("inf == inf:", inf.eq(inf), "inf > MaxFloat64:", inf.gt(math("MaxFloat64")), "-inf < -MaxFloat64:", ninf.lt(neg(math("MaxFloat64"))), "inf+1 == inf:", inf.add(1).eq(inf)));
        b.call(fmtPrintln(pkgCall("math", "IsNaN", nan), pkgCall("math", "IsNaN", inf), pkgCall("math", "IsInf", inf, 1), pkgCall("math", "IsInf", ninf, 1),
            pkgCall("math", "IsInf", ninf, 0), pkgCall("math", "IsInf", ninf, -1)));
        b.call(fmtPrintf("|%f|%f|%f|%.2f|%e|%g|%v|\n", inf, ninf, nan, inf, ninf, nan, ninf));
        b.call(fmtPrintf("|%8.2f|%-8f|%+f|%+f|%08.3f|% f|%x|\n", inf, nan, inf, nan, ninf, inf, inf));
        b.call(fmtPrintf("|%5.1f|%5.1f|%v|%v|%.3g|\n", neg(zero), zero, math("MaxFloat64"), math("SmallestNonzeroFloat64"), math("MaxFloat64")));
        b.call(fmtPrintln(pkgCall("math", "Floor", -2.5), pkgCall("math", "Ceil", -2.5), pkgCall("math", "Abs", ninf), pkgCall("math", "Floor", nan),
            pkgCall("math", "Max", 3, nan), pkgCall("math", "Min", ninf, 0), pkgCall("math", "Max", neg(zero), zero)));
        Var xs = b.define("xs", lit(sliceOf(FLOAT64), 1, 0.1, 1e100, 123456789, 1e21));
        b.call(fmtPrintln(xs, xs.index(1).mul(3), xs.index(2).mul(xs.index(2)).mul(xs.index(2)).mul(xs.index(2))));
        Var count = b.define("count", 0);
        Var x = b.define("x", 1.0);
        b.whileLoop(x.ne(inf), body -> {
          body.opAssign(x, dev.gosem.api.ast.BinaryOp.MUL, 2);
          body.inc(count);
        });
        b.call(fmtPrintln("doublings from 1 to +Inf:", count, x, conv(FLOAT64, conv(INT32, 7)).div(2)));
      });
    }));
  }
}
