package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.rune;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;

/**
 * Runes decodes UTF-8: a range loop over a string yields byte offsets and runes (an invalid byte
 * becomes U+FFFD of width 1), []rune and string conversions count and reverse by characters, a
 * rune converts to its UTF-8 encoding, and fmt shows runes with %c, %U, %q, %d and %x.
 */
public final class Runes {
  private Runes() {}

  public static Program program() {
    return Go.program("runes", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("reverse", fn -> {
        Var s = fn.param("s", STRING);
        fn.result(STRING);
        Var r = fn.define("r", conv(sliceOf(Go.RUNE), s));
        fn.forLoop(l -> {
          Var[] ij = l.init().define(Go.names("i", "j"), 0, len(r).sub(1));
          l.cond(ij[0].lt(ij[1]));
          l.post().assign(new Ex[] {ij[0], ij[1]}, ij[0].add(1), ij[1].sub(1));
          l.body(body -> body.assign(new Ex[] {r.index(ij[0]), r.index(ij[1])}, r.index(ij[1]), r.index(ij[0])));
        });
        fn.ret(conv(STRING, r));
      });
      f.func("runeCount", fn -> {
        Var s = fn.param("s", STRING);
        fn.result(INT);
        Var n = fn.define("n", 0);
        fn.rangeOver(s, body -> body.inc(n));
        fn.ret(n);
      });
      f.func("rot13", fn -> {
        Var r = fn.param("r", Go.RUNE);
        fn.result(Go.RUNE);
        fn.switchTagless(sw -> sw
            .caseOf(r.ge('a').andAlso(r.le('z')), c -> c.ret(rune('a').add(r.sub('a').add(13).rem(26))))
            .caseOf(r.ge('A').andAlso(r.le('Z')), c -> c.ret(rune('A').add(r.sub('A').add(13).rem(26)))));
        fn.ret(r);
      });
      f.func("main", b -> {
        Var s = b.define("s", "héllo, 世界! 🎉");
        b.call(fmtPrintln(s, "bytes:", len(s), "runes:", call("runeCount", s), len(conv(sliceOf(Go.RUNE), s))));
        Var prev = b.define("prev", -1);
        b.rangeOver(s, "i", "r", (body, i, r) -> {
          body.ifThen(prev.ge(0), t -> t.call(fmtPrintf(" (%d bytes)\n", i.sub(prev))));
          body.call(fmtPrintf("%2d %c %U %6d %#x %q", i, r, r, r, r, r));
          body.assign(prev, i);
        });
        b.call(fmtPrintf(" (%d bytes)\n", len(s).sub(prev)));

        Var runes = b.define("runes", conv(sliceOf(Go.RUNE), s));
        b.call(fmtPrintln(runes.slice(null, 5), conv(STRING, runes.slice(7, 9)), conv(STRING, runes.index(1)), runes.index(len(runes).sub(1))));
        b.call(fmtPrintln(call("reverse", s), call("reverse", "abc"), call("reverse", ""), call("reverse", call("reverse", s)).eq(s)));
        b.call(fmtPrintf("%q %+q %x % x\n", "世界", "世界", "世界", "世界"));

        Var bad = b.define("bad", Go.literal(Expr.LitKind.STRING, "\"a\\xffb\\xe4\\xb8c\""));
        b.rangeOver(bad, "i", "r", (body, i, r) -> body.call(fmtPrintf("%d:%U ", i, r)));
        b.call(fmtPrintln(len(bad), call("runeCount", bad), len(conv(sliceOf(Go.RUNE), bad))));
        b.call(fmtPrintf("%q %v\n", conv(STRING, conv(sliceOf(Go.RUNE), bad)), conv(sliceOf(Go.BYTE), conv(STRING, conv(sliceOf(Go.RUNE), bad)))));
        b.call(fmtPrintf("%q %q %q\n", conv(STRING, rune(0x10FFFF)), conv(STRING, conv(Go.RUNE, -1)), conv(STRING, conv(Go.RUNE, 0xD800))));

        Var r = b.define("r", rune('A'));
        b.call(fmtPrintln(r, r.add(2), conv(STRING, r.add(2)), rune('z').sub(r), rune('\n'), rune('\''), rune('\\')));
        b.call(fmtPrintf("%c%c%c %T %T\n", r, rune('é'), rune(0x1F600), r, s.index(0)));
        Var secret = b.define("secret", "");
        b.rangeOver("Hello, Gopher! Ünïcödé stays.", "_", "c", (body, k, c) -> body.addAssign(secret, conv(STRING, call("rot13", c))));
        b.call(fmtPrintln(secret));
        Var plain = b.define("plain", "");
        b.rangeOver(secret, "_", "c", (body, k, c) -> body.addAssign(plain, conv(STRING, call("rot13", c))));
        b.call(fmtPrintln(plain));
        Var letters = b.var("letters", sliceOf(Go.RUNE));
        b.forLoop(l -> {
          Var c = l.init().define("c", rune('α'));
          l.cond(c.le('ω'));
          l.post().opAssign(c, dev.gosem.api.ast.BinaryOp.ADD, 3);
          l.body(body -> body.assign(letters, Go.append(letters, c)));
        });
        b.call(fmtPrintln(conv(STRING, letters), len(conv(STRING, letters)), len(letters)));
        b.call(fmtPrintf("%c|%5c|%-5c|%U|%#U\n", rune('x'), rune('y'), rune('z'), rune('⌘'), rune('⌘')));
      });
    }));
  }
}
