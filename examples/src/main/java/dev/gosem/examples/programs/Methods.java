package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.append;
import static dev.gosem.api.build.Go.arrayOf;
import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.fmtSprintf;
import static dev.gosem.api.build.Go.func;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.mapOf;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.recv;
import static dev.gosem.api.build.Go.sig;
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
import java.util.List;

/**
 * Methods declares methods on named types of every kind: float64 (temperatures with String
 * methods fmt calls for %v and %s but not for %.1f), a struct with value and pointer receivers (a
 * value receiver works on a copy; Go takes the address or dereferences as needed), a slice type
 * whose pointer method appends, a map type, a func type and an array type.
 */
public final class Methods {
  private Methods() {}

  public static Program program() {
    return Go.program("methods", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      Named celsius = f.type("Celsius", FLOAT64);
      Named fahrenheit = f.type("Fahrenheit", FLOAT64);
      f.method(recv("c", celsius), "ToF", (fn, c) -> {
        fn.result(fahrenheit);
        fn.ret(conv(fahrenheit, c.mul(9).div(5).add(32)));
      });
      f.method(recv("f", fahrenheit), "ToC", (fn, x) -> {
        fn.result(celsius);
        fn.ret(conv(celsius, x.sub(32).mul(5).div(9)));
      });
      f.method(recv("c", celsius), "String", (fn, c) -> {
        fn.result(STRING);
        fn.ret(fmtSprintf("%.1f°C", conv(FLOAT64, c)));
      });
      f.method(recv("f", fahrenheit), "String", (fn, x) -> {
        fn.result(STRING);
        fn.ret(fmtSprintf("%.1f°F", conv(FLOAT64, x)));
      });
      Named counter = f.type("Counter", struct(field("name", STRING), field("n", INT)));
      f.method(recv("c", counter), "Get", (fn, c) -> {
        fn.result(INT);
        fn.ret(c.field("n"));
      });
      f.method(recv("c", ptr(counter)), "Inc", (fn, c) -> fn.inc(c.field("n")));
      f.method(recv("c", counter), "IncCopy", (fn, c) -> {
        fn.result(INT);
        fn.inc(c.field("n"));
        fn.ret(c.field("n"));
      });
      f.method(recv("c", ptr(counter)), "Reset", (fn, c) -> fn.assign(c.deref(), lit(counter, Go.kv("name", c.field("name")))));
      Named intList = f.type("IntList", sliceOf(INT));
      f.method(recv("l", intList), "Sum", (fn, l) -> {
        fn.result(INT);
        Var s = fn.define("s", 0);
        fn.rangeOver(l, "_", "v", (body, k, v) -> body.addAssign(s, v));
        fn.ret(s);
      });
      f.method(recv("l", ptr(intList)), "Add", (fn, l) -> {
        Var vs = fn.variadic("vs", INT);
        fn.assign(l.deref(), Go.appendSpread(l.deref(), vs));
      });
      f.method(recv("l", intList), "Double", (fn, l) -> fn.rangeOver(l, "i", (body, i) -> body.opAssign(l.index(i), dev.gosem.api.ast.BinaryOp.MUL, 2)));
      Named set = f.type("Set", mapOf(STRING, BOOL));
      f.method(recv("s", set), "Add", (fn, s) -> {
        Var k = fn.param("k", STRING);
        fn.assign(s.index(k), true);
      });
      f.method(recv("s", set), "Has", (fn, s) -> {
        Var k = fn.param("k", STRING);
        fn.result(BOOL);
        fn.ret(s.index(k));
      });
      Named op = f.type("Op", sig(List.of(INT, INT), INT));
      f.method(recv("o", op), "Apply", (fn, o) -> {
        Var a = fn.param("a", INT);
        Var b = fn.param("b", INT);
        fn.result(STRING);
        fn.ret(fmtSprintf("op(%d, %d) = %d", a, b, o.call(a, b)));
      });
      Named board = f.type("Board", arrayOf(3, arrayOf(3, Go.BYTE)));
      f.method(recv("b", ptr(board)), "Play", (fn, b) -> {
        Var r = fn.param("r", INT);
        Var c = fn.param("c", INT);
        Var m = fn.param("m", Go.BYTE);
        fn.assign(b.index(r).index(c), m);
      });
      f.method(recv("b", board), "String", (fn, b) -> {
        fn.result(STRING);
        Var s = fn.define("s", "");
        fn.rangeOver(b, "_", "row", (body, k, row) -> {
          body.rangeOver(row, "_", "c", (inner, k2, c) -> inner.ifThen(c.eq(0), t -> t.addAssign(s, ".")).orElse(e -> e.addAssign(s, conv(STRING, c))));
          body.addAssign(s, "/");
        });
        fn.ret(s);
      });
      f.func("main", b -> {
        Var boiling = b.define("boiling", conv(celsius, 100));
        b.call(fmtPrintln(boiling, boiling.method("ToF"), boiling.method("ToF").method("ToC"), conv(celsius, -40).method("ToF")));
        b.call(fmtPrintf("%v %s %.2f %5.1f %T\n", boiling, boiling, boiling, boiling.method("ToF"), boiling));
        b.call(fmtPrintln(lit(sliceOf(celsius), 0, 37, -273.15), lit(mapOf(STRING, fahrenheit), Go.kv("body", 98.6))));

        Var c = b.define("c", lit(counter, Go.kv("name", "hits")));
        b.call(c.method("Inc"));
        b.call(c.method("Inc"));
        b.call(fmtPrintln(c.method("Get"), c.method("IncCopy"), c.method("IncCopy"), c.method("Get")));
        Var pc = b.define("pc", c.addr());
        b.call(pc.method("Inc"));
        b.call(fmtPrintln(pc.method("Get"), c.field("n"), pc.method("IncCopy"), c));
        b.call(pc.method("Reset"));
        b.call(fmtPrintf("%+v\n", c));

        Var l = b.define("l", lit(intList, 1, 2, 3));
        b.call(l.method("Add", 4, 5));
        b.call(l.method("Double"));
        b.call(fmtPrintln(l, l.method("Sum"), len(l), lit(intList).method("Sum")));
        Var nums = b.define("nums", lit(sliceOf(INT), 10, 20));
        b.call(l.field("Add").callSpread(nums));
        b.call(fmtPrintln(l, conv(intList, nums).method("Sum")));

        Var seen = b.define("seen", make(set));
        b.rangeOver(lit(sliceOf(STRING), "go", "java", "go"), "_", "w", (body, k, w) -> body.call(seen.method("Add", w)));
        b.call(fmtPrintln(seen, len(seen), seen.method("Has", "go"), seen.method("Has", "rust")));

        Var add = b.define("add", conv(op, func(fn -> {
          Var x = fn.param("x", INT);
          Var y = fn.param("y", INT);
          fn.result(INT);
          fn.ret(x.add(y));
        })));
        b.call(fmtPrintln(add.method("Apply", 2, 3), conv(op, func(fn -> {
          Var x = fn.param("x", INT);
          Var y = fn.param("y", INT);
          fn.result(INT);
          fn.ret(x.mul(y));
        })).method("Apply", 6, 7)));

        Var game = b.var("game", board);
        b.call(game.method("Play", 1, 1, 'X'));
        b.call(game.method("Play", 0, 2, 'O'));
        Var copyOf = b.define("copyOf", game);
        b.call(copyOf.method("Play", 2, 0, 'X'));
        b.call(fmtPrintln(game, copyOf, game.eq(copyOf)));
        b.call(fmtPrintf("%v %s %d\n", game, game, game.index(1)));
      });
    }));
  }
}
