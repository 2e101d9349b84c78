package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.append;
import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.kv;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.mapOf;
import static dev.gosem.api.build.Go.newOf;
import static dev.gosem.api.build.Go.nil;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;

/**
 * Pointers takes addresses of locals (which then outlive their function), of struct fields and of
 * array and slice elements; dereferences them, also through a pointer to a pointer; compares them;
 * allocates with new; updates struct fields through automatic dereference; shows that a pointer
 * into a slice keeps the old array alive after append reallocates; and prints pointers to structs,
 * arrays, slices and maps as fmt does (&{...}, &[...], &map[...]).
 */
public final class Pointers {
  private Pointers() {}

  public static Program program() {
    return Go.program("pointers", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      Named vertex = f.type("Vertex", struct(field("X", INT), field("Y", INT)));
      f.func("counter", fn -> {
        Var start = fn.param("start", INT);
        fn.result(ptr(INT));
        Var c = fn.define("c", start);
        fn.ret(c.addr());
      });
      f.func("swap", fn -> {
        Var a = fn.param("a", ptr(INT));
        Var b = fn.param("b", ptr(INT));
        fn.assign(new Ex[] {a.deref(), b.deref()}, b.deref(), a.deref());
      });
      f.func("scale", fn -> {
        Var v = fn.param("v", ptr(vertex));
        Var k = fn.param("k", INT);
        fn.assign(v.field("X"), v.field("X").mul(k));
        fn.assign(v.deref().field("Y"), v.deref().field("Y").mul(k));
      });
      f.func("scaled", fn -> {
        Var v = fn.param("v", vertex);
        Var k = fn.param("k", INT);
        fn.result(vertex);
        fn.call("scale", v.addr(), k);
        fn.ret(v);
      });
      f.func("newVertex", fn -> {
        Var x = fn.param("x", INT);
        Var y = fn.param("y", INT);
        fn.result(ptr(vertex));
        fn.ret(lit(vertex, x, y).addr());
      });
      f.func("main", b -> {
        Var x = b.define("x", 1);
        Var p = b.define("p", x.addr());
        b.assign(p.deref(), 5);
        b.call(fmtPrintln(x, p.deref(), p.eq(x.addr()), p.ne(nil())));
        Var pp = b.define("pp", p.addr());
        b.assign(pp.deref().deref(), 9);
        b.inc(p.deref());
        b.call(fmtPrintln(x, pp.deref().deref(), pp.deref().eq(p)));

        Var c1 = b.define("c1", call("counter", 10));
        Var c2 = b.define("c2", call("counter", 10));
        b.inc(c1.deref());
        b.inc(c1.deref());
        b.dec(c2.deref());
        b.call(fmtPrintln("counters", c1.deref(), c2.deref(), c1.eq(c2), c1.deref().eq(c2.deref().add(3))));

        Var a = b.define("a", 1);
        Var bb = b.define("bb", 2);
        b.call("swap", a.addr(), bb.addr());
        b.call(fmtPrintln("swapped", a, bb));

        Var n = b.define("n", newOf(INT));
        Var m = b.define("m", newOf(INT));
        b.call(fmtPrintln("new", n.deref(), m.deref(), n.eq(m), n.deref().eq(m.deref())));
        b.assign(n.deref(), 42);
        b.assign(m, n);
        b.inc(m.deref());
        b.call(fmtPrintln("aliased", n.deref(), m.deref(), n.eq(m)));

        Var v = b.define("v", lit(vertex, 1, 2));
        b.call("scale", v.addr(), 3);
        b.call(fmtPrintln(v, call("scaled", v, 10), v));
        Var vp = b.define("vp", call("newVertex", 7, 8));
        b.assign(vp.field("X"), 70);
        b.call(fmtPrintln(vp, vp.deref(), vp.field("X"), vp.deref().field("Y")));
        b.call(fmtPrintf("%v %+v %T %T\n", vp, vp, vp, vp.deref()));
        Var fx = b.define("fx", v.field("X").addr());
        b.assign(fx.deref(), -1);
        b.call(fmtPrintln("field pointer", v));
        Var nv = b.define("nv", newOf(vertex));
        b.assign(nv.field("Y"), 4);
        b.call(fmtPrintln(nv, nv.deref().eq(lit(vertex, kv("Y", 4)))));

        Var arr = b.define("arr", lit(Go.arrayOf(3, INT), 10, 20, 30));
        Var e = b.define("e", arr.index(1).addr());
        b.assign(e.deref(), 21);
        Var ap = b.define("ap", arr.addr());
        b.assign(ap.index(2), 31);
        b.call(fmtPrintln(arr, ap, ap.index(0), len(ap)));

        Var s = b.define("s", make(sliceOf(INT), 1, 1));
        Var first = b.define("first", s.index(0).addr());
        b.assign(first.deref(), 1);
        b.assign(s, append(s, 2));
        b.assign(first.deref(), 100);
        b.call(fmtPrintln("after append reallocated:", s, first.deref()));
        Var sp = b.define("sp", s.addr());
        b.assign(sp.deref(), append(sp.deref(), 3));
        b.assign(sp.deref().index(0), 7);
        b.call(fmtPrintln(s, sp, len(sp.deref())));
        Var counts = b.define("counts", lit(mapOf(STRING, INT), kv("k", 1)));
        Var mp = b.define("mp", counts.addr());
        b.inc(mp.deref().index("k"));
        b.call(fmtPrintln(mp, mp.deref().index("k")));

        Var ptrs = b.var("ptrs", sliceOf(ptr(vertex)));
        b.rangeInt("i", 3, (body, i) -> body.assign(ptrs, append(ptrs, call("newVertex", i, i.mul(i)))));
        b.rangeOver(ptrs, "_", "q", (body, k, q) -> body.addAssign(q.field("X"), 100));
        b.rangeOver(ptrs, "i", "q", (body, i, q) -> body.call(fmtPrintln(i, q.deref(), q)));
        Var np = b.var("np", ptr(vertex));
        b.call(fmtPrintln("nil pointer:", np, np.eq(nil()), np.eq(ptrs.index(0))));
      });
    }));
  }
}
