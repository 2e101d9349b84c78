package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.append;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.kv;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.mapOf;
import static dev.gosem.api.build.Go.pkgCall;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.build.Go.elems;
import static dev.gosem.api.types.Types.FLOAT64;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;

/**
 * MapStructs stores structs in maps: a map of struct values cannot be updated field by field, so
 * the value is copied, changed and stored back; a map of pointers is updated in place; struct
 * keys group by several fields at once; maps of slices and maps of maps are filled lazily.
 * Everything is printed in sorted key order.
 */
public final class MapStructs {
  private MapStructs() {}

  public static Program program() {
    return Go.program("mapstructs", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "sort");
      Named item = f.type("Item", struct(field("Name", STRING), field("Qty", INT), field("Price", FLOAT64)));
      Named key = f.type("Key", struct(field("Dept", STRING), field("Year", INT)));
      f.func("main", b -> {
        Var stock = b.define("stock", lit(mapOf(STRING, item),
            kv("apple", elems("apple", 10, 0.5)), kv("pear", elems(kv("Name", "pear"), kv("Price", 0.75)))));
        Var it = b.define("it", stock.index("apple"));
        b.addAssign(it.field("Qty"), 5);
        b.call(fmtPrintln("copy changed, map not yet:", it.field("Qty"), stock.index("apple").field("Qty")));
        b.assign(stock.index("apple"), it);
        b.call(fmtPrintln("stored back:", stock.index("apple").field("Qty")));
        b.call(fmtPrintf("%v\n%+v\n", stock, stock.index("pear")));
        b.call(fmtPrintf("missing: %+v\n", stock.index("plum")));

        Var refs = b.define("refs", make(mapOf(STRING, ptr(item))));
        b.rangeOver(stock, "name", "v", (body, name, v) -> {
          Var c = body.define("c", v);
          body.assign(refs.index(name), c.addr());
        });
        b.addAssign(refs.index("pear").field("Qty"), 3);
        b.opAssign(refs.index("apple").field("Price"), dev.gosem.api.ast.BinaryOp.MUL, 2);
        b.call(fmtPrintln("through pointers:", refs.index("pear").deref(), refs.index("apple").deref(), "originals:", stock.index("pear").field("Qty")));
        b.call(fmtPrintln(refs.index("pear"), refs.index("plum").eq(Go.nil())));

        Var sales = b.define("sales", lit(sliceOf(key), elems("toys", 2021), elems("books", 2022), elems("toys", 2021), elems("toys", 2022), elems("books", 2022), elems("toys", 2021)));
        Var tally = b.define("tally", make(mapOf(key, INT)));
        b.rangeOver(sales, "_", "s", (body, k, s) -> body.inc(tally.index(s)));
        b.call(fmtPrintln(tally, len(tally)));
        b.call(fmtPrintln("toys 2021:", tally.index(lit(key, "toys", 2021)), "books 2021:", tally.index(lit(key, kv("Dept", "books"), kv("Year", 2021)))));

        Var groups = b.define("groups", make(mapOf(STRING, sliceOf(STRING))));
        b.rangeOver(lit(sliceOf(STRING), "ant", "bee", "asp", "cat", "bat", "cow", "ape"), "_", "w", (body, k, w) -> {
          Var first = body.define("first", w.slice(null, 1));
          body.assign(groups.index(first), append(groups.index(first), w));
        });
        b.call(fmtPrintln(groups));

        Var graph = b.define("graph", make(mapOf(STRING, mapOf(STRING, INT))));
        Var edges = b.define("edges", lit(sliceOf(struct(field("from", STRING), field("to", STRING), field("w", INT))),
            elems("a", "b", 4), elems("a", "c", 1), elems("c", "b", 2), elems("b", "d", 5), elems("c", "d", 8)));
        b.rangeOver(edges, "_", "e", (body, k, e) -> {
          body.ifThen(graph.index(e.field("from")).eq(Go.nil()), t -> t.assign(graph.index(e.field("from")), make(mapOf(STRING, INT))));
          body.assign(graph.index(e.field("from")).index(e.field("to")), e.field("w"));
        });
        b.call(fmtPrintln(graph));
        b.call(fmtPrintln("a->c", graph.index("a").index("c"), "d->a", graph.index("d").index("a"), len(graph.index("d"))));
        Var froms = b.var("froms", sliceOf(STRING));
        b.rangeOver(graph, "k", (body, k) -> body.assign(froms, append(froms, k)));
        b.call(pkgCall("sort", "Strings", froms));
        b.rangeOver(froms, "_", "from", (body, k, from) -> {
          Var tos = body.var("tos", sliceOf(STRING));
          body.rangeOver(graph.index(from), "to", (inner, to) -> inner.assign(tos, append(tos, to)));
          body.call(pkgCall("sort", "Strings", tos));
          body.rangeOver(tos, "_", "to", (inner, k2, to) -> inner.call(fmtPrintf("%s -> %s (%d)\n", from, to, graph.index(from).index(to))));
        });
      });
    }));
  }
}
