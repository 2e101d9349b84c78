package dev.gosem.api.print;

import static dev.gosem.api.build.Go.BYTE;
import static dev.gosem.api.build.Go.RUNE;
import static dev.gosem.api.build.Go.append;
import static dev.gosem.api.build.Go.appendSpread;
import static dev.gosem.api.build.Go.arrayOf;
import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.callSpread;
import static dev.gosem.api.build.Go.cap;
import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.copy;
import static dev.gosem.api.build.Go.delete;
import static dev.gosem.api.build.Go.elems;
import static dev.gosem.api.build.Go.embed;
import static dev.gosem.api.build.Go.errorsNew;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtErrorf;
import static dev.gosem.api.build.Go.fmtPrint;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.fmtSprint;
import static dev.gosem.api.build.Go.fmtSprintf;
import static dev.gosem.api.build.Go.func;
import static dev.gosem.api.build.Go.id;
import static dev.gosem.api.build.Go.iface;
import static dev.gosem.api.build.Go.iota;
import static dev.gosem.api.build.Go.kv;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.mapOf;
import static dev.gosem.api.build.Go.method;
import static dev.gosem.api.build.Go.names;
import static dev.gosem.api.build.Go.newOf;
import static dev.gosem.api.build.Go.nil;
import static dev.gosem.api.build.Go.pkgCall;
import static dev.gosem.api.build.Go.pkgType;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.recover;
import static dev.gosem.api.build.Go.recv;
import static dev.gosem.api.build.Go.sig;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.build.Go.variadicSig;
import static dev.gosem.api.types.Types.BOOL;
import static dev.gosem.api.types.Types.ERROR;
import static dev.gosem.api.types.Types.FLOAT64;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.INT8;
import static dev.gosem.api.types.Types.STRING;
import static dev.gosem.api.types.Types.UNTYPED_NIL;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import java.util.List;

/**
 * Programs built with the fluent builder that use the data and function model (issue 3): named
 * types, methods, interfaces, composite literals, slices, maps, strings, closures, switches,
 * defer, variadics, iota. Each comes with the output Go prints for it.
 */
final class DataPrograms {
  private DataPrograms() {}

  static List<Programs.Case> all() {
    return List.of(shapes(), collections(), control());
  }

  /** Named types, methods, interfaces, embedding, pointers, type switches and assertions. */
  static Programs.Case shapes() {
    Program p = Go.program("shapes", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "errors", "strings");
      Named point = f.type("Point", struct(field("X", INT), field("Y", INT)));
      Named shape = f.type("Shape", iface(method("Area", List.of(), FLOAT64), method("Name", List.of(), STRING)));
      Named rect = f.type("Rect", struct(field("Min", point), field("Max", point)));
      Named circle = f.type("Circle", struct(embed(point), field("Radius", FLOAT64)));
      Named node = f.type("Node", self -> struct(field("Value", INT), field("Next", ptr(self))));
      Named celsius = f.type("Celsius", FLOAT64);
      f.method(recv("p", ptr(point)), "Move", (fn, pt) -> {
        Var dx = fn.param("dx", INT);
        Var dy = fn.param("dy", INT);
        fn.addAssign(pt.field("X"), dx);
        fn.addAssign(pt.field("Y"), dy);
      });
      f.method(recv("p", point), "String", (fn, pt) -> {
        fn.result(STRING);
        fn.ret(fmtSprintf("(%d,%d)", pt.field("X"), pt.field("Y")));
      });
      f.method(recv("r", rect), "Area", (fn, r) -> {
        fn.result(FLOAT64);
        Var w = fn.define("w", r.field("Max").field("X").sub(r.field("Min").field("X")));
        Var h = fn.define("h", r.field("Max").field("Y").sub(r.field("Min").field("Y")));
        fn.ret(conv(FLOAT64, w.mul(h)));
      });
      f.method(recv(rect), "Name", fn -> {
        fn.result(STRING);
        fn.ret("rect");
      });
      f.method(recv("c", ptr(circle)), "Area", (fn, c) -> {
        fn.result(FLOAT64);
        fn.ret(lit(3.0).mul(c.field("Radius")).mul(c.field("Radius")));
      });
      f.method(recv("c", ptr(circle)), "Name", fn -> {
        fn.result(STRING);
        fn.ret("circle");
      });
      f.method(recv("c", celsius), "String", (fn, c) -> {
        fn.result(STRING);
        fn.ret(fmtSprintf("%.1f°C", conv(FLOAT64, c)));
      });
      f.func("describe", fn -> {
        Var v = fn.param("v", Types.ANY);
        fn.result(STRING);
        fn.typeSwitch("x", v, sw -> sw
            .caseNil(c -> c.ret("nil"))
            .caseOf(INT, (c, x) -> c.ret(fmtSprintf("int %d", x.add(1))))
            .caseOf(List.of(STRING, BOOL), (c, x) -> c.ret(fmtSprintf("string or bool %v", x)))
            .caseOf(shape, (c, x) -> c.ret(x.method("Name").add(" ").add(fmtSprint(x.method("Area")))))
            .caseOf(ERROR, (c, x) -> c.ret(Go.str("error ").add(x.method("Error"))))
            .defaultCase((c, x) -> c.ret(fmtSprintf("other %T", x))));
      });
      f.func("sum", fn -> {
        Var n = fn.param("n", ptr(node));
        fn.result(INT);
        Var total = fn.define("total", 0);
        fn.forLoop(l -> {
          l.cond(n.ne(nil()));
          l.post().assign(n, n.field("Next"));
          l.body(b -> b.addAssign(total, n.field("Value")));
        });
        fn.ret(total);
      });
      f.func("main", b -> {
        Var pt = b.define("p", lit(point, 1, 2));
        b.call(pt.method("Move", 2, 3));
        Var q = b.define("q", lit(point, kv("Y", 7)).addr());
        b.call(q.method("Move", 1, 1));
        b.call(fmtPrintln(pt, q.deref(), pt.field("X"), q.field("Y")));
        b.call(fmtPrintf("%v %+v\n", pt, lit(rect, kv("Max", lit(point, 3, 4)))));
        Var shapes = b.define("shapes", lit(sliceOf(shape),
            lit(rect, lit(point, 0, 0), lit(point, 2, 5)),
            lit(circle, kv("Point", lit(point, 1, 1)), kv("Radius", 2.0)).addr()));
        b.rangeOver(shapes, "_", "s", (body, k, s) -> body.call(fmtPrintln(s.method("Name"), s.method("Area"))));
        Var c = b.define("c", lit(circle, lit(point, 5, 6), 1.5));
        b.call(fmtPrintln(c.field("X"), c.field("Point").field("Y"), c.method("Name")));
        Var s0 = b.define("s0", shapes.index(0));
        Var[] rOk = b.define(names("r", "ok"), s0.assertType(rect));
        b.call(fmtPrintln(rOk[0].field("Max"), rOk[1]));
        Var[] cOk = b.define(names("c2", "ok2"), s0.assertType(ptr(circle)));
        b.call(fmtPrintln(cOk[0].eq(nil()), cOk[1]));
        b.call(fmtPrintln(call("describe", nil()), call("describe", 41), call("describe", "s"), call("describe", true)));
        b.call(fmtPrintln(call("describe", shapes.index(1)), call("describe", errorsNew("boom")), call("describe", 2.5)));
        Var list = b.define("list", lit(node, 1, lit(node, 2, lit(node, kv("Value", 3)).addr()).addr()).addr());
        b.call(fmtPrintln(call("sum", list), list.field("Next").field("Value")));
        Var np = b.define("np", newOf(point));
        b.assign(np.deref(), lit(point, 9, 9));
        b.assign(np.field("X"), 10);
        b.call(fmtPrintln(np.deref(), lit(point).eq(lit(point, 0, 0))));
        Var mv = b.define("move", pt.addr().field("Move"));
        b.call(mv.call(10, 10));
        b.call(fmtPrintln(pt, conv(celsius, 21.5)));
        Var sb = b.var("sb", pkgType("strings", "Builder"));
        b.call(sb.method("WriteString", "built"));
        b.call(fmtPrintln(sb.method("String"), pkgCall("strings", "Repeat", "ab", 3)));
        b.ifThen(lit(point, 1, 2).eq(lit(point, 1, 2)), t -> t.call(fmtPrintln("equal points")));
        b.switchOn(lit(point, 1, 2), sw -> sw.caseOf(lit(point, 1, 2), body -> body.call(fmtPrintln("switch on a point"))));
      });
    }));
    String out = """
        (3,5) (1,8) 3 8
        (3,5) {Min:(0,0) Max:(3,4)}
        rect 10
        circle 12
        5 6 circle
        (2,5) true
        true false
        nil int 42 string or bool s string or bool true
        circle 12 error boom other float64
        6 2
        (10,9) true
        (13,15) 21.5°C
        built ababab
        equal points
        switch on a point
        """;
    return new Programs.Case(p, out);
  }

  /** Slices, arrays, maps, strings, variadics and spreads, closures and function values. */
  static Programs.Case collections() {
    Program p = Go.program("collections", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "sort", "strings");
      f.func("total", fn -> {
        Var label = fn.param("label", STRING);
        Var xs = fn.variadic("xs", INT);
        fn.result(STRING);
        Var t = fn.define("t", 0);
        fn.rangeOver(xs, "_", "x", (b, k, x) -> b.addAssign(t, x));
        fn.ret(fmtSprintf("%s=%d/%d", label, t, len(xs)));
      });
      f.func("counter", fn -> {
        fn.result(Go.sig(List.of(), INT));
        Var n = fn.define("n", 0);
        fn.ret(func(c -> {
          c.result(INT);
          c.inc(n);
          c.ret(n);
        }));
      });
      f.func("apply", fn -> {
        Var xs = fn.param("xs", sliceOf(INT));
        Var g = fn.param("f", sig(List.of(INT), INT));
        fn.result(sliceOf(INT));
        Var out = fn.define("out", make(sliceOf(INT), 0, len(xs)));
        fn.rangeOver(xs, "_", "x", (b, k, x) -> b.assign(out, append(out, g.call(x))));
        fn.ret(out);
      });
      f.func("main", b -> {
        Var s = b.define("s", make(sliceOf(INT), 3, 10));
        b.assign(s.index(0), 5);
        b.assign(s, append(s, 1, 2));
        b.call(fmtPrintln(s, len(s), cap(s)));
        Var t = b.define("t", s.slice(1, 3));
        Var u = b.define("u", s.slice3(null, 2, 4));
        b.call(fmtPrintln(t, u, len(u), cap(u), s.slice(3, null), s.slice(null, 1), s.slice()));
        Var d = b.define("d", make(sliceOf(INT), 2));
        Var n = b.define("n", copy(d, s.slice(len(s).sub(2), null)));
        b.call(fmtPrintln(d, n));
        Var nilSlice = b.var("nilSlice", sliceOf(STRING));
        b.call(fmtPrintln(nilSlice.eq(nil()), len(nilSlice), appendSpread(s.slice(null, 1), t)));
        Var arr = b.define("arr", lit(arrayOf(3, INT), 1, 2, 3));
        Var arr2 = b.define("arr2", arr);
        b.assign(arr2.index(0), 100);
        b.call(fmtPrintln(arr, arr2, len(arr), lit(arrayOf(5, INT), kv(2, 7), kv(4, 9))));
        Var m = b.define("m", lit(mapOf(STRING, INT), kv("a", 1), kv("b", 2)));
        b.assign(m.index("c"), 3);
        b.call(delete(m, "a"));
        Var[] vOk = b.define(names("v", "ok"), m.index("a"));
        b.call(fmtPrintln(m, len(m), vOk[0], vOk[1], m.index("zz")));
        Var keys = b.define("keys", make(sliceOf(STRING), 0));
        b.rangeOver(m, "k", (body, k) -> body.assign(keys, append(keys, k)));
        b.call(pkgCall("sort", "Strings", keys));
        b.call(fmtPrintln(keys, pkgCall("strings", "Join", keys, "+")));
        Var grid = b.define("grid", lit(mapOf(STRING, sliceOf(INT)), kv("x", elems(1, 2)), kv("y", elems())));
        b.call(fmtPrintln(grid, len(grid.index("x"))));
        Var word = b.define("word", "héllo");
        b.rangeOver(word, "i", "r", (body, i, r) -> body.call(fmtPrint(i, ":", conv(STRING, r), " ")));
        b.call(fmtPrintln(len(word), word.index(1), word.slice(0, 1), conv(sliceOf(BYTE), "hi"), conv(sliceOf(RUNE), "hé")));
        b.call(fmtPrintln(call("total", "none"), call("total", "three", 1, 2, 3), callSpread("total", "spread", s)));
        Var next = b.define("next", call("counter"));
        b.call(next.call());
        b.call(fmtPrintln(next.call(), next.call()));
        Var factor = b.define("factor", 3);
        Var triple = b.define("triple", func(fn -> {
          Var x = fn.param("x", INT);
          fn.result(INT);
          fn.ret(x.mul(factor));
        }));
        b.assign(factor, 10);
        b.call(fmtPrintln(call("apply", lit(sliceOf(INT), 1, 2), triple), triple.call(1)));
        Var people = b.define("people", lit(sliceOf(struct(field("Name", STRING), field("Age", INT))),
            elems("Bob", 31), elems(kv("Name", "Alice"), kv("Age", 29)), elems("Carol", 40)));
        b.call(pkgCall("sort", "Slice", people, func(fn -> {
          Var i = fn.param("i", INT);
          Var j = fn.param("j", INT);
          fn.result(BOOL);
          fn.ret(people.index(i).field("Age").lt(people.index(j).field("Age")));
        })));
        b.call(fmtPrintln(people));
        Var matrix = b.define("matrix", lit(sliceOf(sliceOf(INT)), elems(1, 2), elems(3, 4)));
        b.rangeOver(matrix, "i", "row", (body, i, row) -> body.rangeOver(row, "j", (inner, j) ->
            inner.opAssign(matrix.index(i).index(j), dev.gosem.api.ast.BinaryOp.MUL, 10)));
        b.call(fmtPrintln(matrix));
        Var bs = b.define("bs", appendSpread(lit(sliceOf(BYTE)), "go"));
        b.call(fmtPrintln(bs, conv(STRING, bs)));
        Var funcs = b.define("funcs", lit(mapOf(STRING, sig(List.of(INT, INT), INT)),
            kv("add", func(fn -> {
              Var x = fn.param("x", INT);
              Var y = fn.param("y", INT);
              fn.result(INT);
              fn.ret(x.add(y));
            })),
            kv("sub", func(fn -> {
              Var x = fn.param("x", INT);
              Var y = fn.param("y", INT);
              fn.result(INT);
              fn.ret(x.sub(y));
            }))));
        b.call(fmtPrintln(funcs.index("add").call(7, 2), funcs.index("sub").call(7, 2)));
        Var vf = b.var("vf", variadicSig(List.of(STRING, INT), STRING), id("total"));
        b.call(fmtPrintln(vf.call("vf", 4, 5)));
        b.rangeOver(lit(sliceOf(STRING), "x", "y"), b2 -> b2.call(fmtPrint(".")));
        b.rangeInt("i", len(s), (body, i) -> body.call(fmtPrint(i)));
        b.call(fmtPrintln());
      });
    }));
    String out = """
        [5 0 0 1 2] 5 10
        [0 0] [5 0] 2 4 [1 2] [5] [5 0 0 1 2]
        [1 2] 2
        true 0 [5 0 0]
        [1 2 3] [100 2 3] 3 [0 0 7 0 9]
        map[b:2 c:3] 2 0 false 0
        [b c] b+c
        map[x:[1 2] y:[]] 2
        0:h 1:é 3:l 4:l 5:o 6 195 h [104 105] [104 233]
        none=0/0 three=6/3 spread=8/5
        2 3
        [10 20] 10
        [{Alice 29} {Bob 31} {Carol 40}]
        [[10 20] [30 40]]
        [103 111] go
        9 5
        vf=9/2
        ..01234
        """;
    return new Programs.Case(p, out);
  }

  /**
   * Switches, fallthrough, const groups with iota, defer and recover (a block's defers run when
   * the function returns), local types, type groups and aliases, closures over per-iteration
   * variables.
   */
  static Programs.Case control() {
    Program p = Go.program("control", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      Named weekday = f.type("Weekday", INT);
      Var[] days = f.constGroup(c -> c.constant("Sunday", weekday, iota()).next("Monday").next("Tuesday"));
      Var[] sizes = f.constGroup(c -> c
          .constant("_", iota())
          .constant("KB", lit(1).shl(iota().mul(10)))
          .next("MB"));
      f.varGroup(v -> v.var("verbose", BOOL).var("level", 2).var("name", STRING, "control"));
      Type[] group = new Type[3];
      f.types(g -> {
        group[0] = g.type("ID", INT);
        group[1] = g.type("Pair", struct(field("Key", STRING), field("Value", INT)));
        group[2] = g.alias("Number", FLOAT64);
      });
      f.func("classify", fn -> {
        Var n = fn.param("n", INT);
        fn.result(STRING);
        fn.switchTagless(sw -> sw
            .caseOf(n.lt(0), c -> c.ret("negative"))
            .caseOf(n.eq(0), c -> c.ret("zero"))
            .caseOf(n.lt(10), c -> c.ret("small"))
            .defaultCase(c -> c.ret("large")));
      });
      f.func("grade", fn -> {
        Var n = fn.param("n", INT);
        fn.result(STRING);
        Var out = fn.define("out", "");
        fn.switchOn(n, sw -> sw
            .caseOf(List.of(1, 2), c -> {
              c.addAssign(out, "low ");
              c.fallthrough();
            })
            .caseOf(3, c -> c.addAssign(out, "mid "))
            .defaultCase(c -> c.addAssign(out, "other ")));
        fn.switchInit(i -> i.define("m", n.rem(2)), sw -> sw
            .caseOf(0, c -> c.addAssign(out, "even"))
            .caseOf(1, c -> c.addAssign(out, "odd")));
        fn.ret(out);
      });
      f.func("safeDiv", fn -> {
        Var a = fn.param("a", INT);
        Var b = fn.param("b", INT);
        Var q = fn.namedResult("q", INT);
        Var err = fn.namedResult("err", ERROR);
        fn.defer(func(d -> d.ifInit(i -> i.define("r", recover()).ne(nil()),
            t -> t.assign(err, fmtErrorf("recovered: %v", id("r"))))).call());
        fn.assign(q, a.div(b));
        fn.ret();
      });
      f.func("main", b -> {
        b.call(fmtPrintln(days[0], days[1], days[2], sizes[1], sizes[2]));
        b.call(fmtPrintln(id("verbose"), id("level"), id("name"), conv(group[0], 3)));
        b.call(fmtPrintln(call("classify", -5), call("classify", 0), call("classify", 7), call("classify", 70)));
        b.call(fmtPrintln(call("grade", 1), call("grade", 3), call("grade", 8)));
        Var[] qe = b.define(names("q", "err"), call("safeDiv", 7, 2));
        b.call(fmtPrintln(qe[0], qe[1]));
        b.assign(new Var[] {qe[0], qe[1]}, call("safeDiv", 1, 0));
        b.call(fmtPrintln(qe[0], qe[1]));
        b.block(in -> {
          in.defer(fmtPrintln("deferred 1"));
          in.defer(fmtPrintln("deferred 2"));
        });
        Named local = b.type("Local", struct(field("A", INT8), field("Bee", STRING)));
        Var l = b.define("l", lit(local, kv("A", 1)));
        b.call(fmtPrintf("%+v %v\n", l, lit(group[1], "k", 1)));
        Var x = b.var("x", group[2], 1.5);
        b.call(fmtPrintln(x));
        b.constGroup(c -> c.constant("a", iota()).next("b2"));
        b.call(fmtPrintln(id("b2")));
        Var acc = b.define("acc", make(sliceOf(sig(List.of(), INT)), 0));
        b.rangeInt("i", 3, (body, i) -> {
          Var j = body.define("j", i);
          body.assign(acc, append(acc, func(fn -> {
            fn.result(INT);
            fn.ret(j.mul(j));
          })));
        });
        b.rangeOver(acc, "_", "g", (body, k, g) -> body.call(fmtPrint(g.call(), " ")));
        b.call(fmtPrintln());
        b.typeSwitch(conv(Types.ANY, 1), sw -> sw
            .caseOf(List.of(STRING, UNTYPED_NIL), c -> c.call(fmtPrintln("string or nil")))
            .defaultCase(c -> c.call(fmtPrintln("default"))));
      });
    }));
    String out = """
        0 1 2 1024 1048576
        false 2 control 3
        negative zero small large
        low mid odd mid odd other even
        3 <nil>
        0 recovered: runtime error: integer divide by zero
        {A:1 Bee:} {k 1}
        1.5
        1
        0 1 4\s
        default
        deferred 2
        deferred 1
        """;
    return new Programs.Case(p, out);
  }
}
