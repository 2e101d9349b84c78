package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.fmtSprintf;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.pkgCall;
import static dev.gosem.api.build.Go.pkgType;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.rune;
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
 * StringsBuilder builds text with strings.Builder: its zero value is ready to use, WriteString,
 * WriteByte and WriteRune append, Len counts bytes, String returns the text so far; a *Builder
 * is passed to helpers that render a table with padding computed from the widths, a box drawn
 * with runes, and a number with thousands separators.
 */
public final class StringsBuilder {
  private StringsBuilder() {}

  public static Program program() {
    return Go.program("builder", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "strings");
      Named builder = pkgType("strings", "Builder");
      Named row = f.type("row", struct(field("name", STRING), field("qty", INT), field("price", FLOAT64)));
      f.func("pad", fn -> {
        Var sb = fn.param("sb", ptr(builder));
        Var s = fn.param("s", STRING);
        Var width = fn.param("width", INT);
        fn.call(sb.method("WriteString", s));
        fn.forLoop(l -> {
          Var i = l.init().define("i", len(s));
          l.cond(i.lt(width));
          l.post().inc(i);
          l.body(body -> body.call(sb.method("WriteByte", ' ')));
        });
      });
      f.func("table", fn -> {
        Var rows = fn.param("rows", sliceOf(row));
        fn.result(STRING);
        Var sb = fn.var("sb", builder);
        Var w = fn.define("w", len("name"));
        fn.rangeOver(rows, "_", "r", (body, k, r) -> body.ifThen(len(r.field("name")).gt(w), t -> t.assign(w, len(r.field("name")))));
        fn.call("pad", sb.addr(), "name", w.add(2));
        fn.call(sb.method("WriteString", "  qty     price\n"));
        fn.call(sb.method("WriteString", pkgCall("strings", "Repeat", "-", w.add(17))));
        fn.call(sb.method("WriteByte", '\n'));
        Var total = fn.define("total", 0.0);
        fn.rangeOver(rows, "_", "r", (body, k, r) -> {
          body.call("pad", sb.addr(), r.field("name"), w.add(2));
          body.call(sb.method("WriteString", fmtSprintf("%5d %9.2f\n", r.field("qty"), r.field("price"))));
          body.addAssign(total, conv(FLOAT64, r.field("qty")).mul(r.field("price")));
        });
        fn.call("pad", sb.addr(), "total", w.add(8));
        fn.call(sb.method("WriteString", fmtSprintf("%9.2f", total)));
        fn.ret(sb.method("String"));
      });
      f.func("box", fn -> {
        Var lines = fn.param("lines", sliceOf(STRING));
        fn.result(STRING);
        Var width = fn.define("width", 0);
        fn.rangeOver(lines, "_", "l", (body, k, l) -> {
          Var n = body.define("n", len(conv(sliceOf(Go.RUNE), l)));
          body.ifThen(n.gt(width), t -> t.assign(width, n));
        });
        Var sb = fn.define("sb", lit(builder).addr());
        fn.call(sb.method("WriteRune", '┌'));
        fn.call(sb.method("WriteString", pkgCall("strings", "Repeat", "─", width.add(2))));
        fn.call(sb.method("WriteString", "┐\n"));
        fn.rangeOver(lines, "_", "l", (body, k, l) -> {
          body.call(sb.method("WriteString", "│ "));
          body.call(sb.method("WriteString", l));
          body.call(sb.method("WriteString", pkgCall("strings", "Repeat", " ", width.sub(len(conv(sliceOf(Go.RUNE), l))))));
          body.call(sb.method("WriteString", " │\n"));
        });
        fn.call(sb.method("WriteRune", '└'));
        fn.call(sb.method("WriteString", pkgCall("strings", "Repeat", "─", width.add(2))));
        fn.call(sb.method("WriteRune", '┘'));
        fn.ret(sb.method("String"));
      });
      f.func("thousands", fn -> {
        Var n = fn.param("n", INT);
        fn.result(STRING);
        Var digits = fn.define("digits", fmtSprintf("%d", n));
        Var sb = fn.var("sb", builder);
        fn.ifThen(n.lt(0), t -> {
          t.call(sb.method("WriteByte", '-'));
          t.assign(digits, digits.slice(1, null));
        });
        fn.rangeInt("i", len(digits), (body, i) -> {
          body.ifThen(i.gt(0).andAlso(len(digits).sub(i).rem(3).eq(0)), t -> t.call(sb.method("WriteByte", ',')));
          body.call(sb.method("WriteByte", digits.index(i)));
        });
        fn.ret(sb.method("String"));
      });
      f.func("main", b -> {
        Var sb = b.var("sb", builder);
        b.call(fmtPrintln("empty:", sb.method("Len"), sb.method("String").eq("")));
        b.call(sb.method("WriteString", "abc"));
        b.call(sb.method("WriteByte", '!'));
        Var[] nw = b.define(Go.names("n", "err"), sb.method("WriteRune", '世'));
        b.call(fmtPrintln(sb.method("String"), sb.method("Len"), nw[0], nw[1]));
        b.rangeInt("i", 5, (body, i) -> body.call(sb.method("WriteString", fmtSprintf(" %d", i))));
        b.call(fmtPrintln(sb.method("String"), sb.method("Len")));
        b.call(fmtPrintln(call("table", lit(sliceOf(row), elems("apples", 12, 0.5), elems("blueberries", 3, 4.25), elems("kiwi", 100, 0.2)))));
        b.call(fmtPrintln(call("box", lit(sliceOf(STRING), "strings.Builder", "draws boxes", "with runes: ✓"))));
        b.rangeOver(lit(sliceOf(INT), 0, 7, 999, 1000, 65536, -1234567, 9876543210L), "_", "n", (body, k, n) ->
            body.call(fmtPrintln(call("thousands", n))));
        Var words = b.var("words", builder);
        b.rangeOver(pkgCall("strings", "Fields", " the  builder grows\tas needed "), "i", "w", (body, i, w) -> {
          body.ifThen(i.gt(0), t -> t.call(words.method("WriteRune", rune('·'))));
          body.call(words.method("WriteString", pkgCall("strings", "ToUpper", w.slice(null, 1)).add(w.slice(1, null))));
        });
        b.call(fmtPrintln(words.method("String"), words.method("Len")));
      });
    }));
  }
}
