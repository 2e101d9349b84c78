package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.append;
import static dev.gosem.api.build.Go.arrayOf;
import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.cap;
import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.types.Types.BOOL;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;

/**
 * StringBytes treats strings as immutable byte sequences: indexing yields bytes, slicing shares
 * bytes by offsets, conversion to []byte copies (so changing the copy leaves the string alone)
 * and back, byte arithmetic for ASCII case, palindromes and checksums, and fmt's %x, % x, %X and
 * %q views of the same bytes.
 */
public final class StringBytes {
  private StringBytes() {}

  public static Program program() {
    return Go.program("bytes", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("upper", fn -> {
        Var s = fn.param("s", STRING);
        fn.result(STRING);
        Var b = fn.define("b", conv(sliceOf(Go.BYTE), s));
        fn.rangeOver(b, "i", "c", (body, i, c) ->
            body.ifThen(c.ge('a').andAlso(c.le('z')), t -> t.assign(b.index(i), c.sub('a').add('A'))));
        fn.ret(conv(STRING, b));
      });
      f.func("isPalindrome", fn -> {
        Var s = fn.param("s", STRING);
        fn.result(BOOL);
        fn.forLoop(l -> {
          Var[] ij = l.init().define(Go.names("i", "j"), 0, len(s).sub(1));
          l.cond(ij[0].lt(ij[1]));
          l.post().assign(new dev.gosem.api.build.Ex[] {ij[0], ij[1]}, ij[0].add(1), ij[1].sub(1));
          l.body(body -> body.ifThen(s.index(ij[0]).ne(s.index(ij[1])), t -> t.ret(false)));
        });
        fn.ret(true);
      });
      f.func("checksum", fn -> {
        Var s = fn.param("s", STRING);
        fn.result(Go.BYTE);
        Var sum = fn.var("sum", Go.BYTE);
        fn.rangeInt("i", len(s), (body, i) -> body.assign(sum, sum.mul(31).add(s.index(i))));
        fn.ret(sum);
      });
      f.func("main", b -> {
        Var s = b.define("s", "Hello, Gophers");
        b.call(fmtPrintln(len(s), s.index(0), s.index(7), conv(STRING, s.index(0)), s.slice(7, 10), s.slice(null, 5), s.slice(12, null)));
        b.call(fmtPrintf("%c %c %v %T\n", s.index(0), s.index(len(s).sub(1)), s.index(1), s.index(1)));
        Var bs = b.define("bs", conv(sliceOf(Go.BYTE), s));
        b.assign(bs.index(0), 'J');
        b.call(fmtPrintln(s, conv(STRING, bs), len(bs), bs.slice(null, 5)));
        b.call(fmtPrintln(call("upper", s), call("upper", "mixed Case 123 é"), s));
        b.call(fmtPrintf("%x\n% x\n%X\n%q\n", "Go!", "Go!", conv(sliceOf(Go.BYTE), "Go!"), conv(sliceOf(Go.BYTE), "Go!")));
        Var raw = b.define("raw", conv(sliceOf(Go.BYTE), "é\t\"x\"\n"));
        b.call(fmtPrintln(raw, len(raw)));
        b.call(fmtPrintf("%s|%q|%x|%q\n", raw, raw, raw, conv(STRING, raw.slice(0, 1))));

        Var out = b.define("out", make(sliceOf(Go.BYTE), 0, 16));
        b.rangeInt("i", 10, (body, i) -> body.assign(out, append(out, conv(Go.BYTE, Go.rune('0').add(i)))));
        b.assign(out, append(out, '-', 'x'));
        b.assign(out, Go.appendSpread(out, "yz"));
        b.call(fmtPrintln(conv(STRING, out), len(out), cap(out)));

        b.rangeOver(lit(sliceOf(STRING), "racecar", "gopher", "", "a", "abba", "abca"), "_", "w", (body, k, w) ->
            body.call(fmtPrintf("%-8q palindrome=%-5t checksum=%3d\n", w, call("isPalindrome", w), call("checksum", w))));

        Var counts = b.var("counts", arrayOf(256, INT));
        Var text = b.define("text", "the quick brown fox jumps over the lazy dog");
        b.rangeInt("i", len(text), (body, i) -> body.inc(counts.index(text.index(i))));
        b.rangeOver(lit(sliceOf(Go.BYTE), 'o', 'e', 'u', ' ', 'z', 'Q'), "_", "c", (body, k, c) ->
            body.call(fmtPrintf("%q:%d ", c, counts.index(c))));
        b.call(fmtPrintln());
        Var cmp = b.define("cmp", lit(sliceOf(STRING), "a", "B", "ab", "", "é", "e"));
        b.rangeOver(cmp, "_", "x", (body, k, x) -> body.rangeOver(cmp, "_", "y", (inner, k2, y) ->
            inner.ifThen(x.lt(y), t -> t.call(fmtPrintf("%q<%q ", x, y)))));
        b.call(fmtPrintln());
        Var joined = b.define("joined", s.slice(null, 5).add(" ").add(s.slice(7, null)));
        b.call(fmtPrintln(joined, joined.eq("Hello Gophers"), len(joined), s.slice(3, 3).eq("")));
      });
    }));
  }
}
