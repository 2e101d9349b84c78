package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.errorsNew;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.fmtSprintf;
import static dev.gosem.api.build.Go.func;
import static dev.gosem.api.build.Go.iface;
import static dev.gosem.api.build.Go.kv;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.mapOf;
import static dev.gosem.api.build.Go.method;
import static dev.gosem.api.build.Go.nil;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.recv;
import static dev.gosem.api.build.Go.sig;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.types.Types.ANY;
import static dev.gosem.api.types.Types.BOOL;
import static dev.gosem.api.types.Types.ERROR;
import static dev.gosem.api.types.Types.FLOAT64;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.INT16;
import static dev.gosem.api.types.Types.INT64;
import static dev.gosem.api.types.Types.INT8;
import static dev.gosem.api.types.Types.STRING;
import static dev.gosem.api.types.Types.UINT;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;
import java.util.List;

/**
 * TypeSwitch classifies values of type any with a type switch: a nil case, single types (the
 * bound variable has that type), lists of types (it keeps type any), named and pointer types,
 * slices, maps, funcs, and interface cases, where order matters (a value implementing error and
 * Stringer goes to whichever comes first); plain and comma-ok assertions to concrete and
 * interface types.
 */
public final class TypeSwitch {
  private TypeSwitch() {}

  public static Program program() {
    return Go.program("typeswitch", prog -> prog.file("main.go", f -> {
      f.imports("errors", "fmt");
      Named point = f.type("Point", struct(field("X", INT), field("Y", INT)));
      Named stringer = f.type("Stringer", iface(method("String", List.of(), STRING)));
      Named celsius = f.type("Celsius", FLOAT64);
      f.method(recv("c", celsius), "String", (fn, c) -> {
        fn.result(STRING);
        fn.ret(fmtSprintf("%.1fC", conv(FLOAT64, c)));
      });
      Named oops = f.type("Oops", STRING);
      f.method(recv("o", oops), "Error", (fn, o) -> {
        fn.result(STRING);
        fn.ret(Go.str("oops: ").add(conv(STRING, o)));
      });
      f.method(recv("o", oops), "String", (fn, o) -> {
        fn.result(STRING);
        fn.ret(Go.str("Oops(").add(conv(STRING, o)).add(")"));
      });
      f.func("classify", fn -> {
        Var v = fn.param("v", ANY);
        fn.result(STRING);
        fn.typeSwitch("x", v, sw -> sw
            .caseNil(c -> c.ret("nil"))
            .caseOf(INT, (c, x) -> c.ret(fmtSprintf("int %d, doubled %d", x, x.mul(2))))
            .caseOf(List.of(INT8, INT16, INT64), (c, x) -> c.ret(fmtSprintf("sized int %v of type %T", x, x)))
            .caseOf(STRING, (c, x) -> c.ret(fmtSprintf("string %q of %d bytes", x, len(x))))
            .caseOf(BOOL, (c, x) -> c.ifThen(x, t -> t.ret("true")).orElse(e -> e.ret("false")))
            .caseOf(FLOAT64, (c, x) -> c.ret(fmtSprintf("float %g", x)))
            .caseOf(point, (c, x) -> c.ret(fmtSprintf("point at %d,%d", x.field("X"), x.field("Y"))))
            .caseOf(ptr(point), (c, x) -> {
              c.ifThen(x.eq(nil()), t -> t.ret("nil *Point"));
              c.ret(fmtSprintf("pointer to %v", x.deref()));
            })
            .caseOf(sliceOf(INT), (c, x) -> c.ret(fmtSprintf("%d ints %v", len(x), x)))
            .caseOf(mapOf(STRING, INT), (c, x) -> c.ret(fmtSprintf("map with %d keys", len(x))))
            .caseOf(sig(List.of(INT), INT), (c, x) -> c.ret(fmtSprintf("func giving %d", x.call(20))))
            .caseOf(ERROR, (c, x) -> c.ret(Go.str("error: ").add(x.method("Error"))))
            .caseOf(stringer, (c, x) -> c.ret(Go.str("stringer: ").add(x.method("String"))))
            .defaultCase((c, x) -> c.ret(fmtSprintf("something else: %T", x))));
      });
      f.func("kind", fn -> {
        Var v = fn.param("v", ANY);
        fn.result(STRING);
        fn.typeSwitch(v, sw -> sw
            .caseOf(List.of(INT, INT8, INT16, INT64, UINT), c -> c.ret("integer"))
            .caseOf(List.of(FLOAT64), c -> c.ret("float"))
            .caseOf(List.of(STRING, sliceOf(Go.BYTE)), c -> c.ret("text"))
            .caseOf(List.of(dev.gosem.api.types.Types.UNTYPED_NIL, ERROR), c -> c.ret("nil or error")));
        fn.ret("other");
      });
      f.func("main", b -> {
        Var values = b.define("values", lit(sliceOf(ANY), nil(), 42, conv(INT8, -8), conv(INT64, 1).shl(40), "héllo", true, false,
            2.5e-3, lit(point, 1, 2), lit(point, 3, 4).addr(), conv(ptr(point), nil()), lit(sliceOf(INT), 1, 2, 3),
            lit(mapOf(STRING, INT), kv("a", 1)), func(fn -> {
              Var n = fn.param("n", INT);
              fn.result(INT);
              fn.ret(n.add(1));
            }), errorsNew("disk full"), conv(celsius, 21.5), conv(oops, "late"), lit(struct()), conv(UINT, 7),
            lit(sliceOf(STRING), "x"), conv(sliceOf(Go.BYTE), "hi")));
        b.rangeOver(values, "i", "v", (body, i, v) -> body.call(fmtPrintf("%2d %-12s %s\n", i, call("kind", v), call("classify", v))));

        Var x = b.define("x", Go.conv(ANY, "text"));
        Var s = b.define("s", x.assertType(STRING));
        Var[] nok = b.define(Go.names("n", "ok"), x.assertType(INT));
        b.call(fmtPrintln(s, nok[0], nok[1]));
        Var[] sok = b.define(Go.names("st", "isStringer"), Go.conv(ANY, conv(celsius, 0)).assertType(stringer));
        b.call(fmtPrintln(sok[0], sok[1], sok[0].method("String")));
        Var[] eok = b.define(Go.names("e", "isErr"), x.assertType(ERROR));
        b.call(fmtPrintln(eok[0], eok[1], eok[0].eq(nil())));
        Var err = b.var("err", ERROR, conv(oops, "again"));
        Var[] ook = b.define(Go.names("o", "isOops"), err.assertType(oops));
        Var[] ssok = b.define(Go.names("str", "isStr"), err.assertType(stringer));
        b.call(fmtPrintln(ook[0], ook[1], conv(STRING, ook[0]), ssok[0].method("String"), ssok[1]));
        Var counts = b.define("counts", Go.make(mapOf(STRING, INT)));
        b.rangeOver(values, "_", "v", (body, k, v) -> body.inc(counts.index(call("kind", v))));
        b.call(fmtPrintln(counts));
      });
    }));
  }
}
