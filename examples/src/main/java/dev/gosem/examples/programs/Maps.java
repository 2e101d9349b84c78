package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.append;
import static dev.gosem.api.build.Go.delete;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.kv;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.mapOf;
import static dev.gosem.api.build.Go.pkgCall;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.types.Types.BOOL;
import static dev.gosem.api.types.Types.FLOAT64;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;

/**
 * Maps covers the map operations: literals and make, reads of missing keys (the zero value),
 * the comma-ok form, updates in place (m[k]++, m[k] += ...), delete (also of missing keys), len,
 * range over the keys in sorted order for deterministic output, and fmt, which prints maps with
 * their keys sorted (numbers by value, strings bytewise, false before true).
 */
public final class Maps {
  private Maps() {}

  public static Program program() {
    return Go.program("maps", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "sort");
      f.func("lookup", fn -> {
        Var m = fn.param("m", mapOf(STRING, INT));
        Var k = fn.param("k", STRING);
        fn.ifInit(s -> {
          Var[] vo = s.define(Go.names("v", "ok"), m.index(k));
          return vo[1];
        }, t -> t.call(fmtPrintf("%q is %d\n", k, Go.id("v")))).orElse(e -> e.call(fmtPrintf("%q is missing (reads as %d)\n", k, m.index(k))));
      });
      f.func("sortedKeys", fn -> {
        Var m = fn.param("m", mapOf(STRING, INT));
        fn.result(sliceOf(STRING));
        Var keys = fn.define("keys", make(sliceOf(STRING), 0, len(m)));
        fn.rangeOver(m, "k", (body, k) -> body.assign(keys, append(keys, k)));
        fn.call(pkgCall("sort", "Strings", keys));
        fn.ret(keys);
      });
      f.func("main", b -> {
        Var ages = b.define("ages", lit(mapOf(STRING, INT), kv("alice", 31), kv("bob", 27), kv("carol", 45)));
        b.call(fmtPrintln(ages, len(ages)));
        b.call("lookup", ages, "bob");
        b.call("lookup", ages, "dave");
        b.assign(ages.index("dave"), 0);
        b.call("lookup", ages, "dave");
        b.inc(ages.index("alice"));
        b.addAssign(ages.index("bob"), 10);
        b.opAssign(ages.index("carol"), BinaryOp.QUO, 5);
        b.inc(ages.index("erin"));
        b.call(fmtPrintln(ages, len(ages)));
        b.call(delete(ages, "dave"));
        b.call(delete(ages, "nobody"));
        b.call(fmtPrintln("after delete", ages, len(ages)));
        b.rangeOver(Go.call("sortedKeys", ages), "i", "k", (body, i, k) ->
            body.call(fmtPrintf("%d: %-6s %3d\n", i, k, ages.index(k))));

        Var squares = b.define("squares", make(mapOf(INT, INT)));
        b.rangeInt("i", 12, (body, i) -> body.assign(squares.index(i.sub(5)), i.sub(5).mul(i.sub(5))));
        b.call(fmtPrintln(squares));
        Var total = b.define("total", 0);
        b.rangeOver(squares, "k", "v", (body, k, v) -> body.addAssign(total, k.add(v)));
        b.call(fmtPrintln("sum of keys and values", total));

        Var flags = b.define("flags", lit(mapOf(BOOL, STRING), kv(true, "yes"), kv(false, "no")));
        Var prices = b.define("prices", lit(mapOf(FLOAT64, STRING), kv(2.5, "b"), kv(-1.0, "a"), kv(10.0, "c")));
        b.call(fmtPrintln(flags, prices, flags.index(lit(1).lt(2))));
        Var byLen = b.define("byLen", make(mapOf(INT, sliceOf(STRING))));
        b.rangeOver(lit(sliceOf(STRING), "go", "map", "key", "value", "hash", "a", "range"), "_", "w", (body, k, w) ->
            body.assign(byLen.index(len(w)), append(byLen.index(len(w)), w)));
        b.call(fmtPrintln(byLen));
        Var[] vo = b.define(Go.names("v", "ok"), byLen.index(4));
        b.call(fmtPrintln(vo[0], vo[1], len(byLen.index(9)), byLen.index(9).eq(Go.nil())));

        // Deleting during range is allowed; every key present at the end is still visited once.
        Var m = b.define("m", make(mapOf(INT, BOOL)));
        b.rangeInt("i", 10, (body, i) -> body.assign(m.index(i), i.rem(3).eq(0)));
        b.rangeOver(m, "k", "v", (body, k, v) -> body.ifThen(Go.not(v), t -> t.call(delete(m, k))));
        b.call(fmtPrintln("multiples of 3", m, len(m)));
        Var copyOf = b.define("copyOf", make(mapOf(INT, BOOL), len(m)));
        b.rangeOver(m, "k", "v", (body, k, v) -> body.assign(copyOf.index(k), v));
        b.call(delete(copyOf, 0));
        Var alias = b.define("alias", m);
        b.assign(alias.index(100), false);
        b.call(fmtPrintln("a map value is a reference:", len(m), len(copyOf), m.index(100)));
        b.call(fmtPrintf("%v %d %#v\n", lit(mapOf(STRING, FLOAT64), kv("pi", 3.14159), kv("e", 2.71828)),
            lit(mapOf(STRING, INT), kv("z", 26), kv("a", 1)), lit(mapOf(STRING, BOOL), kv("on", true))));
      });
    }));
  }
}
