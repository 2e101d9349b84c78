package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.func;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.pkgCall;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.build.Go.elems;
import static dev.gosem.api.build.Go.copy;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;
import static dev.gosem.api.types.Types.BOOL;

import dev.gosem.api.Program;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;

/**
 * Sorting sorts with package sort: sort.Ints and sort.Strings (bytewise, so upper case first),
 * sort.Slice with a less function over structs by several keys and in reverse, and a binary
 * search over the sorted result; a hand-written insertion sort agrees with sort.Ints on
 * pseudo-random data. Every ordering is total, so the output does not depend on the algorithm.
 */
public final class Sorting {
  private Sorting() {}

  public static Program program() {
    return Go.program("sorting", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "sort");
      Named city = f.type("City", struct(field("Name", STRING), field("Country", STRING), field("Pop", INT)));
      f.func("insertionSort", fn -> {
        Var s = fn.param("s", sliceOf(INT));
        fn.forLoop(l -> {
          Var i = l.init().define("i", 1);
          l.cond(i.lt(len(s)));
          l.post().inc(i);
          l.body(body -> {
            Var v = body.define("v", s.index(i));
            Var j = body.define("j", i.sub(1));
            body.whileLoop(j.ge(0).andAlso(s.index(j).gt(v)), w -> {
              w.assign(s.index(j.add(1)), s.index(j));
              w.dec(j);
            });
            body.assign(s.index(j.add(1)), v);
          });
        });
      });
      f.func("search", fn -> {
        Var s = fn.param("s", sliceOf(INT));
        Var x = fn.param("x", INT);
        fn.results(INT, BOOL);
        Var[] lh = fn.define(Go.names("lo", "hi"), 0, len(s));
        Var lo = lh[0];
        Var hi = lh[1];
        fn.whileLoop(lo.lt(hi), body -> {
          Var mid = body.define("mid", lo.add(hi).div(2));
          body.ifThen(s.index(mid).lt(x), t -> t.assign(lo, mid.add(1))).orElse(e -> e.assign(hi, mid));
        });
        fn.ret(lo, lo.lt(len(s)).andAlso(s.index(lo).eq(x)));
      });
      f.func("main", b -> {
        Var nums = b.define("nums", lit(sliceOf(INT), 42, -7, 19, 0, 3, 88, -50, 19, 7, 1));
        b.call(pkgCall("sort", "Ints", nums));
        b.call(fmtPrintln("ints", nums));
        Var words = b.define("words", lit(sliceOf(STRING), "pear", "Apple", "fig", "apple", "Banana", "", "éclair", "zebra", "10", "9"));
        b.call(pkgCall("sort", "Strings", words));
        b.call(fmtPrintf("strings %q\n", words));

        Var cities = b.define("cities", lit(sliceOf(city),
            elems("Lyon", "FR", 522000), elems("Paris", "FR", 2161000), elems("Bonn", "DE", 330000),
            elems("Berlin", "DE", 3645000), elems("Osaka", "JP", 2691000), elems("Kyoto", "JP", 1475000),
            elems("Nice", "FR", 342000), elems("Hamburg", "DE", 1841000)));
        b.call(pkgCall("sort", "Slice", cities, func(fn -> {
          Var i = fn.param("i", INT);
          Var j = fn.param("j", INT);
          fn.result(BOOL);
          fn.ret(cities.index(i).field("Pop").lt(cities.index(j).field("Pop")));
        })));
        b.call(fmtPrintln("by population:"));
        b.rangeOver(cities, "_", "c", (body, k, c) -> body.call(fmtPrintf("  %-8s %s %9d\n", c.field("Name"), c.field("Country"), c.field("Pop"))));
        b.call(pkgCall("sort", "Slice", cities, func(fn -> {
          Var i = fn.param("i", INT);
          Var j = fn.param("j", INT);
          fn.result(BOOL);
          Ex a = cities.index(i);
          Ex c = cities.index(j);
          fn.ifThen(a.field("Country").ne(c.field("Country")), t -> t.ret(a.field("Country").lt(c.field("Country"))));
          fn.ret(a.field("Name").lt(c.field("Name")));
        })));
        b.call(fmtPrintln("by country, then name:"));
        b.rangeOver(cities, "i", "c", (body, i, c) -> body.call(fmtPrintf("  %d %+v\n", i, c)));
        b.call(pkgCall("sort", "Slice", cities, func(fn -> {
          Var i = fn.param("i", INT);
          Var j = fn.param("j", INT);
          fn.result(BOOL);
          fn.ret(cities.index(i).field("Name").gt(cities.index(j).field("Name")));
        })));
        Var names = b.var("names", sliceOf(STRING));
        b.rangeOver(cities, "_", "c", (body, k, c) -> body.assign(names, Go.append(names, c.field("Name"))));
        b.call(fmtPrintln("names descending", names));

        Var seed = b.define("seed", 12345);
        Var data = b.define("data", make(sliceOf(INT), 40));
        b.rangeOver(data, "i", (body, i) -> {
          body.assign(seed, seed.mul(1103515245).add(12345).rem(2147483648L));
          body.assign(data.index(i), seed.rem(1000));
        });
        Var other = b.define("other", make(sliceOf(INT), len(data)));
        b.call(copy(other, data));
        b.call("insertionSort", data);
        b.call(pkgCall("sort", "Ints", other));
        Var same = b.define("same", true);
        b.rangeOver(data, "i", (body, i) -> body.ifThen(data.index(i).ne(other.index(i)), t -> t.assign(same, false)));
        b.call(fmtPrintln("sorted", data));
        b.call(fmtPrintln("insertion sort agrees with sort.Ints:", same));
        b.rangeOver(lit(sliceOf(INT), data.index(0), data.index(17), 500, -1, 1000), "_", "x", (body, k, x) -> {
          Var[] r = body.define(Go.names("at", "found"), call("search", data, x));
          body.call(fmtPrintln("search", x, r[0], r[1]));
        });
        Var byLen = b.define("byLen", lit(sliceOf(STRING), "ccc", "a", "bb", "dddd", "ee", "f"));
        b.call(pkgCall("sort", "Slice", byLen, func(fn -> {
          Var i = fn.param("i", INT);
          Var j = fn.param("j", INT);
          fn.result(BOOL);
          Ex li = len(byLen.index(i));
          Ex lj = len(byLen.index(j));
          fn.ret(li.lt(lj).orElse(li.eq(lj).andAlso(byLen.index(i).lt(byLen.index(j)))));
        })));
        b.call(fmtPrintln("by length", byLen));
      });
    }));
  }
}
