package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.elems;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.kv;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.mapOf;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.types.Types.BOOL;
import static dev.gosem.api.types.Types.FLOAT64;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;

/**
 * Structs builds struct values with positional and keyed literals (missing fields are zero),
 * copies them on assignment and in calls, compares them with ==, nests them, uses them as map
 * keys, stores them in slices (where a range variable is a copy), and prints them with %v, %+v,
 * %#v and %T, including anonymous structs, the empty struct and a nil pointer field.
 */
public final class Structs {
  private Structs() {}

  public static Program program() {
    return Go.program("structs", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      Named point = f.type("Point", struct(field("X", INT), field("Y", INT)));
      Named rect = f.type("Rect", struct(field("Min", point), field("Max", point), field("Label", STRING)));
      Named person = f.type("Person", self -> struct(field("Name", STRING), field("Age", INT), field("Tags", sliceOf(STRING)),
          field("Boss", ptr(self)), field("Score", FLOAT64), field("Active", BOOL)));
      f.func("area", fn -> {
        Var r = fn.param("r", rect);
        fn.result(INT);
        fn.ret(r.field("Max").field("X").sub(r.field("Min").field("X")).mul(r.field("Max").field("Y").sub(r.field("Min").field("Y"))));
      });
      f.func("grow", fn -> {
        Var r = fn.param("r", rect);
        Var d = fn.param("d", INT);
        fn.result(rect);
        fn.opAssign(r.field("Min").field("X"), dev.gosem.api.ast.BinaryOp.SUB, d);
        fn.opAssign(r.field("Min").field("Y"), dev.gosem.api.ast.BinaryOp.SUB, d);
        fn.addAssign(r.field("Max").field("X"), d);
        fn.addAssign(r.field("Max").field("Y"), d);
        fn.ret(r);
      });
      f.func("main", b -> {
        Var p = b.define("p", lit(point, 1, 2));
        Var q = b.define("q", lit(point, kv("Y", 5)));
        Var z = b.var("z", point);
        b.call(fmtPrintln(p, q, z, p.eq(q), p.eq(lit(point, 1, 2)), z.eq(lit(point))));
        b.call(fmtPrintf("%v|%+v|%#v|%T\n", p, p, p, p));
        Var c = b.define("c", p);
        b.assign(c.field("X"), 100);
        b.call(fmtPrintln("copy", p, c));

        Var r = b.define("r", lit(rect, lit(point, 0, 0), lit(point, 4, 3), "box"));
        Var big = b.define("big", call("grow", r, 2));
        b.call(fmtPrintln(r, big, call("area", r), call("area", big)));
        b.call(fmtPrintf("%+v\n%#v\n", big, r));
        b.assign(r.field("Max"), lit(point, 10, 10));
        b.call(fmtPrintln(r.field("Max").field("X"), call("area", r), r.eq(big), r.field("Min").eq(lit(point))));

        Var ann = b.define("ann", lit(person, kv("Name", "Ann"), kv("Age", 40), kv("Tags", lit(sliceOf(STRING), "lead")), kv("Score", 9.5), kv("Active", true)));
        Var bob = b.define("bob", lit(person, kv("Name", "Bob"), kv("Age", 25), kv("Boss", ann.addr())));
        b.call(fmtPrintf("%v\n%+v\n", ann, ann));
        b.call(fmtPrintf("%#v\n", ann));
        b.call(fmtPrintln(bob.field("Boss").field("Name"), bob.field("Boss").field("Tags"), bob.field("Tags").eq(Go.nil()), bob.field("Score")));
        b.assign(bob.field("Boss").field("Age"), 41);
        b.call(fmtPrintln("through the pointer:", ann.field("Age")));

        Var cfg = b.define("cfg", lit(struct(field("Host", STRING), field("Port", INT)), "localhost", 8080));
        b.call(fmtPrintf("%v %+v %#v\n", cfg, cfg, cfg));
        b.assign(cfg.field("Port"), cfg.field("Port").add(1));
        b.call(fmtPrintln(cfg.field("Host") , cfg.field("Port")));

        Var set = b.define("set", make(mapOf(STRING, struct())));
        b.rangeOver(lit(sliceOf(STRING), "a", "b", "a", "c", "b"), "_", "k", (body, k0, k) -> body.assign(set.index(k), lit(struct())));
        Var[] vo = b.define(Go.names("v", "ok"), set.index("b"));
        b.call(fmtPrintln(len(set), set, vo[0], vo[1]));

        Var visits = b.define("visits", make(mapOf(point, INT)));
        b.rangeOver(lit(sliceOf(point), elems(1, 1), elems(2, 3), elems(1, 1), kv(3, elems(kv("X", 2), kv("Y", 3)))), "_", "pt", (body, k0, pt) ->
            body.inc(visits.index(pt)));
        b.call(fmtPrintln(visits, visits.index(lit(point, 2, 3))));

        Var pts = b.define("pts", lit(sliceOf(point), elems(1, 2), elems(3, 4), elems(5, 6)));
        b.rangeOver(pts, "_", "pt", (body, k0, pt) -> body.addAssign(pt.field("X"), 10));
        b.call(fmtPrintln("range copies:", pts));
        b.rangeOver(pts, "i", (body, i) -> body.addAssign(pts.index(i).field("X"), 10));
        b.call(fmtPrintln("index updates:", pts));
        Var first = b.define("first", pts.index(0).addr());
        b.assign(first.field("Y"), -1);
        b.call(fmtPrintln(pts.index(0), first, first.deref().eq(pts.index(0))));

        Var arr = b.var("arr", Go.arrayOf(2, rect));
        b.assign(arr.index(1).field("Label"), "second");
        b.call(fmtPrintf("%v %+v\n", arr, arr.index(1)));
        Var matrix = b.define("matrix", lit(struct(field("Rows", INT), field("Data", Go.arrayOf(4, FLOAT64))), kv("Rows", 2), kv("Data", lit(Go.arrayOf(4, FLOAT64), 1.5, 2, 0, -1))));
        Var m2 = b.define("m2", matrix);
        b.assign(m2.field("Data").index(2), 3);
        b.call(fmtPrintln(matrix, m2, matrix.eq(m2), matrix.field("Data").index(0).eq(m2.field("Data").index(0))));
        b.call(fmtPrintf("%T\n%T\n", cfg, set));
      });
    }));
  }
}
