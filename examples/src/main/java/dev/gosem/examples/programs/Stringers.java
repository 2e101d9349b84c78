package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtErrorf;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.fmtSprint;
import static dev.gosem.api.build.Go.fmtSprintf;
import static dev.gosem.api.build.Go.iota;
import static dev.gosem.api.build.Go.kv;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.mapOf;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.recv;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.strconvItoa;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.types.Types.FLOAT64;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.INT64;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;

/**
 * Stringers prints types with String methods: fmt calls String for %v, %s, %q and %x (hex of the
 * text) but not for %d or %#v; a String method on the pointer type is not used for a value;
 * String is used for elements of slices and maps, for map keys (sorted by their value, not their
 * text), and for exported struct fields but not for unexported ones.
 */
public final class Stringers {
  private Stringers() {}

  public static Program program() {
    return Go.program("stringers", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "strconv");
      Named color = f.type("Color", INT);
      f.constGroup(c -> c.constant("Red", color, iota()).next("Green").next("Blue"));
      f.method(recv("c", color), "String", (fn, c) -> {
        fn.result(STRING);
        fn.switchOn(c, sw -> sw
            .caseOf(Go.id("Red"), k -> k.ret("Red"))
            .caseOf(Go.id("Green"), k -> k.ret("Green"))
            .caseOf(Go.id("Blue"), k -> k.ret("Blue")));
        fn.ret(Go.str("Color(").add(strconvItoa(conv(INT, c))).add(")"));
      });
      Named money = f.type("Money", INT64);
      f.method(recv("m", money), "String", (fn, m) -> {
        fn.result(STRING);
        Var sign = fn.define("sign", "");
        fn.ifThen(m.lt(0), t -> {
          t.assign(sign, "-");
          t.assign(m, Go.neg(m));
        });
        fn.ret(fmtSprintf("%s$%d.%02d", sign, conv(INT64, m.div(100)), conv(INT64, m.rem(100))));
      });
      Named temp = f.type("Temp", FLOAT64);
      f.method(recv("t", ptr(temp)), "String", (fn, t) -> {
        fn.result(STRING);
        fn.ret(fmtSprintf("%.1f degrees", conv(FLOAT64, t.deref())));
      });
      Named item = f.type("Item", struct(field("Name", STRING), field("Price", money), field("tint", color), field("Tint", color)));
      f.func("main", b -> {
        Var c = b.define("c", Go.id("Green"));
        b.call(fmtPrintln(Go.id("Red"), c, Go.id("Blue"), c.add(1), conv(color, 7)));
        b.call(fmtPrintf("%v|%s|%q|%x|%X|%d|%#v|%T|%5s|%-6v|\n", c, c, c, c, c, c, c, c, c, c));
        b.call(fmtPrintln(lit(sliceOf(color), Go.id("Blue"), Go.id("Red"), 9), lit(mapOf(color, INT), kv(Go.id("Blue"), 3), kv(Go.id("Red"), 1), kv(Go.id("Green"), 2))));
        b.call(fmtPrintln(lit(mapOf(STRING, color), kv("sky", Go.id("Blue")), kv("grass", Go.id("Green")))));

        Var price = b.define("price", conv(money, 123456));
        b.call(fmtPrintln(price, conv(money, -5), conv(money, 0), price.add(1), price.mul(2)));
        b.call(fmtPrintf("%v %d %s %08d\n", price, price, price, price));

        Var t = b.define("t", conv(temp, 21.5));
        b.call(fmtPrintln(t, t.addr()));
        b.call(fmtPrintf("%v %v %.3f\n", t, t.addr(), t));

        Var it = b.define("it", lit(item, "lamp", 1999, Go.id("Blue"), Go.id("Blue")));
        b.call(fmtPrintf("%v\n%+v\n", it, it));
        b.call(fmtPrintln(lit(sliceOf(item), it, lit(item, kv("Name", "mug"), kv("Price", 450)))));
        b.call(fmtPrintln(fmtSprint(Go.id("Red"), Go.id("Green")), fmtSprint("x", Go.id("Red"), 1, 2), fmtSprintf("%v-%v", price, c)));
        b.call(fmtPrintln(fmtErrorf("cannot paint %v with %s", it.field("Name"), conv(color, 5))));
        Var total = b.var("total", money);
        b.rangeOver(lit(sliceOf(money), 250, 1999, 1), "_", "m", (body, k, m) -> body.addAssign(total, m));
        b.call(fmtPrintln("total", total, conv(INT64, total)));
      });
    }));
  }
}
