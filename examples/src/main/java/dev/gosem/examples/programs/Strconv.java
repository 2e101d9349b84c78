package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.nil;
import static dev.gosem.api.build.Go.pkgCall;
import static dev.gosem.api.build.Go.sel;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.strconvItoa;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.INT64;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;

/**
 * Strconv converts between numbers and text with package strconv: Itoa and FormatInt in bases 2
 * to 36, Atoi and ParseInt with their exact error texts (invalid syntax, value out of range, with
 * the clamped value ParseInt returns), base 0 prefixes, bit sizes, and Quote's escapes; a small
 * parser sums the valid numbers of a list and reports the others.
 */
public final class Strconv {
  private Strconv() {}

  public static Program program() {
    return Go.program("strconv", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "math", "strconv", "strings");
      f.func("sum", fn -> {
        Var fields = fn.param("fields", sliceOf(STRING));
        fn.results(INT, INT);
        Var total = fn.define("total", 0);
        Var bad = fn.define("bad", 0);
        fn.rangeOver(fields, "_", "s", (body, k, s) -> {
          Var[] ne = body.define(Go.names("n", "err"), pkgCall("strconv", "Atoi", s));
          body.ifThen(ne[1].ne(nil()), t -> {
            t.call(fmtPrintln("  skip:", ne[1]));
            t.inc(bad);
            t.cont();
          });
          body.addAssign(total, ne[0]);
        });
        fn.ret(total, bad);
      });
      f.func("main", b -> {
        b.call(fmtPrintf("%q %q %q %q\n", strconvItoa(0), strconvItoa(-42), strconvItoa(sel("math", "MaxInt64")), strconvItoa(sel("math", "MinInt64"))));
        b.rangeOver(lit(sliceOf(INT), 2, 8, 10, 16, 36), "_", "base", (body, k, base) ->
            body.call(fmtPrintf("base %2d: %s %s %s\n", base, pkgCall("strconv", "FormatInt", 255, base),
                pkgCall("strconv", "FormatInt", -1000, base), pkgCall("strconv", "FormatInt", sel("math", "MaxInt64"), base))));

        b.rangeOver(lit(sliceOf(STRING), "123", "-0", "+7", "  8", "12a", "", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "0x10", "1_000"),
            "_", "s", (body, k, s) -> {
              Var[] ne = body.define(Go.names("n", "err"), pkgCall("strconv", "Atoi", s));
              body.call(fmtPrintf("Atoi(%q) = %d, %v\n", s, ne[0], ne[1]));
            });
        Var[] r = b.define(Go.names("v", "err"), pkgCall("strconv", "Atoi", "x1"));
        b.call(fmtPrintf("%T %T %v %d\n", r[1], r[0], r[1].ne(nil()), r[0]));

        b.call(fmtPrintln("ParseInt cases:"));
        Var cases = b.define("cases", lit(sliceOf(Go.struct(Go.field("s", STRING), Go.field("base", INT), Go.field("bits", INT))),
            Go.elems("ff", 16, 64), Go.elems("-101", 2, 8), Go.elems("300", 10, 8), Go.elems("-129", 10, 8), Go.elems("0x1f", 0, 64),
            Go.elems("0b101", 0, 16), Go.elems("0o17", 0, 32), Go.elems("017", 0, 32), Go.elems("zz", 36, 64), Go.elems("1_000", 0, 64),
            Go.elems("12", 1, 64), Go.elems("12", 37, 64), Go.elems("99999999999", 10, 32), Go.elems("-", 10, 64), Go.elems("7fffffffffffffff", 16, 64)));
        b.rangeOver(cases, "_", "c", (body, k, c) -> {
          Var[] ve = body.define(Go.names("v", "err"), pkgCall("strconv", "ParseInt", c.field("s"), c.field("base"), c.field("bits")));
          body.ifThen(ve[1].ne(nil()), t -> t.call(fmtPrintf("  %-13q base %2d bits %2d: %d, error %q\n", c.field("s"), c.field("base"), c.field("bits"), ve[0], ve[1].method("Error"))))
              .orElse(e -> e.call(fmtPrintf("  %-13q base %2d bits %2d: %d\n", c.field("s"), c.field("base"), c.field("bits"), ve[0])));
        });

        b.rangeOver(lit(sliceOf(STRING), "plain", "tab\there", "quote\"s", "back\\slash", "new\nline", "bell\u0007", "nul\u0000", "é世🎉", "\u00a0nbsp", "\u2028sep"),
            "_", "s", (body, k, s) -> body.call(fmtPrintln(pkgCall("strconv", "Quote", s))));
        b.call(fmtPrintln(pkgCall("strconv", "Quote", Go.literal(dev.gosem.api.ast.Expr.LitKind.STRING, "\"\\xff\\xfe ok\""))));

        Var[] tb = b.define(Go.names("total", "bad"), call("sum", pkgCall("strings", "Fields", "10 20 x 30 4.5 -5 1e3 99999999999999999999 7")));
        b.call(fmtPrintln("total", tb[0], "bad", tb[1]));
        Var n64 = b.define("n64", conv(INT64, 1).shl(40));
        b.call(fmtPrintln(pkgCall("strconv", "FormatInt", n64, 2), pkgCall("strconv", "FormatInt", Go.neg(n64), 32), strconvItoa(conv(INT, n64))));
        Var[] back = b.define(Go.names("back", "err2"), pkgCall("strconv", "ParseInt", pkgCall("strconv", "FormatInt", n64, 7), 7, 64));
        b.call(fmtPrintln(back[0], back[0].eq(n64), back[1]));
      });
    }));
  }
}
