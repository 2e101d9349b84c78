package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.fmtPrint;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.rune;
import static dev.gosem.api.build.Go.str;

import dev.gosem.api.Program;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;

/**
 * Strings works with Go strings as byte sequences: building by concatenation in a loop,
 * comparison (bytewise, so "Z" < "a"), len counting UTF-8 bytes, and indexing, which yields a
 * byte that prints as its number.
 */
public final class Strings {
  private Strings() {}

  public static Program program() {
    return Go.program("strings", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("repeat", fn -> {
        Var s = fn.param("s", Types.STRING);
        Var n = fn.param("n", Types.INT);
        fn.result(Types.STRING);
        Var out = fn.define("out", "");
        fn.rangeInt(n, body -> body.addAssign(out, s));
        fn.ret(out);
      });
      f.func("count", fn -> {
        Var s = fn.param("s", Types.STRING);
        Var c = fn.param("c", Types.BYTE);
        fn.result(Types.INT);
        Var n = fn.define("n", 0);
        fn.forLoop(loop -> {
          Var i = loop.init().define("i", 0);
          loop.cond(i.lt(len(s)));
          loop.post().inc(i);
          loop.body(body -> body.ifThen(s.index(i).eq(c), t -> t.inc(n)));
        });
        fn.ret(n);
      });
      f.func("digits", fn -> {
        Var n = fn.param("n", Types.INT);
        fn.result(Types.STRING);
        fn.ifThen(n.eq(0), t -> t.ret("zero"));
        Var out = fn.define("out", "");
        fn.whileLoop(n.gt(0), body -> {
          Var d = body.define("d", n.rem(10));
          Var word = body.define("word", "nine");
          body.ifThen(d.eq(0), t -> t.assign(word, "zero"))
              .elseIf(d.eq(1), t -> t.assign(word, "one"))
              .elseIf(d.eq(2), t -> t.assign(word, "two"))
              .elseIf(d.lt(9), t -> t.assign(word, "some"));
          body.ifThen(out.ne(""), t -> t.assign(out, str("-").add(out)));
          body.assign(out, word.add(out));
          body.opAssign(n, BinaryOp.QUO, 10);
        });
        fn.ret(out);
      });
      f.func("main", b -> {
        Var s = b.define("s", "");
        b.forLoop(loop -> {
          Var i = loop.init().define("i", 0);
          loop.cond(i.lt(5));
          loop.post().inc(i);
          loop.body(body -> {
            body.assign(s, s.add("ab"));
            body.call(fmtPrintln(s, len(s)));
          });
        });
        Var r = b.define("r", call("repeat", "go", 4));
        b.call(fmtPrintln(r, len(r), call("repeat", "x", 0).eq(""), len(call("repeat", "", 3))));

        Var a = b.define("a", "apple");
        Var bn = b.define("bn", "banana");
        b.call(fmtPrintln("compare", a.eq(bn), a.ne(bn), a.lt(bn), a.gt(bn), a.le("apple"), a.ge("apples")));
        b.call(fmtPrintln("compare", str("").lt("a"), str("abc").lt("abd"), str("ab").lt("abc"), str("Z").lt("a"),
            a.add("s").gt(a)));
        Var part = b.define("part", "app");
        b.call(fmtPrintln("runtime concat equal", part.add("le").eq(a), part.add("le").lt(a)));

        b.call(fmtPrintln("index", a.index(0), a.index(len(a).sub(1)), bn.index(1).eq('a'), rune('a'), a.index(0).sub(bn.index(0))));
        Var h = b.define("h", "héllo, 世界");
        b.call(fmtPrintln("utf8", h, len(h), h.index(1), h.index(2), h.index(len(h).sub(1)), len("é")));
        b.call(fmtPrintln("count", call("count", bn, 'a'), call("count", h, 'l'), call("count", "", 'x')));
        b.call(fmtPrintln(call("digits", 2021), call("digits", 0), call("digits", 10)));

        // fmt.Print puts spaces only between operands that are both non-strings.
        b.call(fmtPrint(a, bn, "\n"));
        b.call(fmtPrint(1, 2, "x", 3, 4, a, 5, "\n"));
        b.call(fmtPrint("len ", len(a), len(bn), "\n"));
        b.println(s, r, "", a.lt(bn), h);
        b.print(a, bn, "\n");
      });
    }));
  }
}
