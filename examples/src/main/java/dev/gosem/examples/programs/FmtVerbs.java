package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrint;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.fmtSprint;
import static dev.gosem.api.build.Go.fmtSprintf;
import static dev.gosem.api.build.Go.fmtSprintln;
import static dev.gosem.api.build.Go.kv;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.mapOf;
import static dev.gosem.api.build.Go.neg;
import static dev.gosem.api.build.Go.nil;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.rune;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.types.Types.ANY;
import static dev.gosem.api.types.Types.BOOL;
import static dev.gosem.api.types.Types.FLOAT64;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.INT8;
import static dev.gosem.api.types.Types.STRING;
import static dev.gosem.api.types.Types.UINT16;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;

/**
 * FmtVerbs goes through Printf's verbs with widths, precisions and flags: integers in every base
 * with padding, signs and # prefixes, characters and code points, quoted strings, floats in %f
 * %e %g with precision, strings truncated by precision, %v %+v %#v %T of structs, pointers to
 * structs, maps, slices and nested values, booleans, %% and the bracketed text fmt writes for a
 * wrong or missing argument; then the spacing rules of Sprint (a space only between operands
 * that are both not strings) against Sprintln (always a space, and a newline).
 */
public final class FmtVerbs {
  private FmtVerbs() {}

  public static Program program() {
    return Go.program("fmtverbs", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      Named point = f.type("Point", struct(field("X", INT), field("Y", INT)));
      Named item = f.type("Item", struct(field("Name", STRING), field("Tags", sliceOf(STRING)), field("At", ptr(point)),
          field("price", FLOAT64), field("Meta", mapOf(STRING, INT))));
      f.func("main", b -> {
        Var n = b.define("n", 42);
        Var neg = b.define("neg", -42);
        b.call(fmtPrintf("|%d|%5d|%-5d|%05d|%+d|%+d|% d|% d|\n", n, n, n, n, n, neg, n, neg));
        b.call(fmtPrintf("|%x|%X|%#x|%#X|%o|%#o|%b|%08b|%x|\n", 255, 255, 255, 255, 8, 8, 5, 5, neg));
        b.call(fmtPrintf("|%6.3d|%-8x|%#-8x|%+05d|%-05d|\n", 7, 3054, 3054, 12, 12));
        b.call(fmtPrintf("|%c|%c|%c|%U|%#U|%q|%q|%d|\n", 65, rune('é'), 0x1F600, rune('⌘'), rune('⌘'), rune('x'), rune('\n'), rune('A')));
        b.call(fmtPrintf("|%d|%d|%x|\n", conv(INT8, -128), conv(UINT16, 65535), conv(UINT16, 65535)));

        Var pi = b.define("pi", 3.14159265358979);
        b.call(fmtPrintf("|%f|%.2f|%8.3f|%-8.3f|%08.3f|%+.1f|%.0f|\n", pi, pi, pi, pi, pi, pi, pi));
        b.call(fmtPrintf("|%e|%.3e|%E|%g|%.3g|%g|%g|%G|\n", pi, 123456.789, 0.000123, pi, pi, 1e21, 1e-7, 1e-7));
        b.call(fmtPrintf("|%v|%v|%v|%.1f|%.0f|%.0f|%5.1f%%|\n", 1.0, 100000000.0, 0.1, 0.05, 0.5, 1.5, 99.5));
        b.call(fmtPrintf("|%g|%g|%v|%.2g|%6.2g|\n", 2.0, 1e6, 1e20, 123.0, 0.000456));

        Var s = b.define("s", "gopher");
        b.call(fmtPrintf("|%s|%10s|%-10s|%.3s|%q|%x|%X|% x|%5.1s|\n", s, s, s, s, s, s, s, s, s));
        b.call(fmtPrintf("|%q|%+q|%#q|%q|\n", "tab\there", "héllo", "back`tick", "quote\"d"));
        b.call(fmtPrintf("|%t|%v|%5t|%-6t|\n", true, false, true, false));

        Var p = b.define("p", lit(point, 1, -2));
        Var pp = b.define("pp", p.addr());
        b.call(fmtPrintf("%v %+v %#v %T\n", p, p, p, p));
        b.call(fmtPrintf("%v %+v %T\n", pp, pp, pp));
        Var it = b.define("it", lit(item, kv("Name", "pen"), kv("Tags", lit(sliceOf(STRING), "a", "b")),
            kv("price", 1.5), kv("Meta", lit(mapOf(STRING, INT), kv("z", 26), kv("a", 1)))));
        b.call(fmtPrintf("%v\n%+v\n", it, it));
        b.call(fmtPrintf("%T\n", it));
        b.call(fmtPrintf("%v %+v %#v\n", lit(item), lit(item).field("At"), lit(item).field("Tags")));
        Var grid = b.define("grid", lit(sliceOf(sliceOf(INT)), Go.elems(1, 2), Go.elems(3), nil()));
        b.call(fmtPrintf("%v %d %#v %T\n", grid, grid, grid, grid));
        Var m = b.define("m", lit(mapOf(STRING, sliceOf(point)), kv("b", lit(sliceOf(point), Go.elems(1, 2))), kv("a", nil())));
        b.call(fmtPrintf("%v %+v %T\n", m, m, m));
        b.call(fmtPrintf("%#v\n", lit(mapOf(INT, STRING), kv(2, "two"), kv(1, "one"))));
        b.call(fmtPrintf("%#v %#v %#v %#v %#v\n", 42, "s", 1.0, true, lit(sliceOf(ANY), 1, "a", nil())));
        b.call(fmtPrintf("%v %d %s %x\n", lit(sliceOf(INT), 10, 11), lit(sliceOf(INT), 10, 11), lit(sliceOf(STRING), "x", "y"), lit(sliceOf(INT), 10, 11)));
        b.call(fmtPrintf("%6.2f|%-4d|%q\n", lit(sliceOf(FLOAT64), 1, 2.5), lit(sliceOf(INT), 1, 2), lit(sliceOf(STRING), "a", "b")));
        b.call(fmtPrintf("%T %T %T %T %T %T\n", n, pi, s, 'x', nil(), lit(sliceOf(ANY))));

        b.call(fmtPrintf("100%% sure, %d%%\n", 50));
        b.call(fmtPrintf("%d %s\n", "str", 5));
        b.call(fmtPrintf("%d\n"));
        b.call(fmtPrintf("%d %d\n", 1, 2, 3));
        b.call(fmtPrintf("%z %!\n", 1));
        b.call(fmtPrintf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, pi));

        Var str = b.define("str", fmtSprintf("%03d-%s", 7, "x"));
        b.call(fmtPrintln(str, len(str)));
        b.call(fmtPrintf("[%s]\n", fmtSprint("a", "b", 1, 2, "c", 3.5, true, "d")));
        b.call(fmtPrintf("[%s]\n", fmtSprint(1, 2, 3)));
        b.call(fmtPrintf("[%s]\n", fmtSprint("x", 1, "y")));
        b.call(fmtPrintf("[%s]\n", fmtSprintln("a", "b", 1, 2)));
        b.call(fmtPrintf("[%s]\n", fmtSprint(p, pp, nil(), lit(sliceOf(INT), 1))));
        b.call(fmtPrintf("[%s]\n", fmtSprint()));
        b.call(fmtPrint(conv(BOOL, true), 1, 2.0, "z", neg(1), "\n"));
      });
    }));
  }
}
