package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.append;
import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.kv;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.mapOf;
import static dev.gosem.api.build.Go.nil;
import static dev.gosem.api.build.Go.pkgCall;
import static dev.gosem.api.build.Go.pkgType;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.strconvItoa;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.build.Go.elems;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Types;

/**
 * Codecs encodes and decodes text: run-length encoding over runes with strings.Builder and its
 * decoder with strconv.Atoi (and its errors for malformed input), Roman numerals both ways with a
 * table of structs and a map, and a Caesar cipher over bytes; each decoder round-trips its encoder.
 */
public final class Codecs {
  private Codecs() {}

  public static Program program() {
    return Go.program("codecs", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "strconv", "strings");
      Named builder = pkgType("strings", "Builder");
      f.func("rle", fn -> {
        Var s = fn.param("s", STRING);
        fn.result(STRING);
        Var out = fn.var("out", builder);
        Var rs = fn.define("rs", conv(sliceOf(Go.RUNE), s));
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(len(rs)));
          l.body(body -> {
            Var j = body.define("j", i);
            body.whileLoop(j.lt(len(rs)).andAlso(rs.index(j).eq(rs.index(i))), w -> w.inc(j));
            body.ifThen(j.sub(i).gt(1), t -> t.call(out.method("WriteString", strconvItoa(j.sub(i)))));
            body.call(out.method("WriteRune", rs.index(i)));
            body.assign(i, j);
          });
        });
        fn.ret(out.method("String"));
      });
      f.func("unrle", fn -> {
        Var s = fn.param("s", STRING);
        fn.results(STRING, Types.ERROR);
        Var out = fn.var("out", builder);
        Var digits = fn.define("digits", "");
        fn.rangeOver(s, "_", "r", (body, k, r) -> {
          body.ifThen(r.ge('0').andAlso(r.le('9')), t -> {
            t.addAssign(digits, conv(STRING, r));
            t.cont();
          });
          Var n = body.define("n", 1);
          body.ifThen(digits.ne(""), t -> {
            Var[] ve = t.define(Go.names("v", "err"), pkgCall("strconv", "Atoi", digits));
            t.ifThen(ve[1].ne(nil()), e -> e.ret("", ve[1]));
            t.assign(n, ve[0]);
            t.assign(digits, "");
          });
          body.call(out.method("WriteString", pkgCall("strings", "Repeat", conv(STRING, r), n)));
        });
        fn.ifThen(digits.ne(""), t -> t.ret(out.method("String"), Go.fmtErrorf("dangling count %q", digits)));
        fn.ret(out.method("String"), nil());
      });
      Named numeral = f.type("numeral", struct(field("value", INT), field("symbol", STRING)));
      f.var("numerals", null, lit(sliceOf(numeral), elems(1000, "M"), elems(900, "CM"), elems(500, "D"), elems(400, "CD"),
          elems(100, "C"), elems(90, "XC"), elems(50, "L"), elems(40, "XL"), elems(10, "X"), elems(9, "IX"), elems(5, "V"),
          elems(4, "IV"), elems(1, "I")));
      f.var("symbols", null, lit(mapOf(Go.BYTE, INT), kv('I', 1), kv('V', 5), kv('X', 10), kv('L', 50), kv('C', 100), kv('D', 500), kv('M', 1000)));
      f.func("toRoman", fn -> {
        Var n = fn.param("n", INT);
        fn.result(STRING);
        Var sb = fn.var("sb", builder);
        fn.rangeOver(Go.id("numerals"), "_", "num", (body, k, num) ->
            body.whileLoop(n.ge(num.field("value")), w -> {
              w.call(sb.method("WriteString", num.field("symbol")));
              w.opAssign(n, BinaryOp.SUB, num.field("value"));
            }));
        fn.ret(sb.method("String"));
      });
      f.func("fromRoman", fn -> {
        Var s = fn.param("s", STRING);
        fn.result(INT);
        Var total = fn.define("total", 0);
        fn.rangeInt("i", len(s), (body, i) -> {
          Var v = body.define("v", Go.id("symbols").index(s.index(i)));
          body.ifThen(i.add(1).lt(len(s)).andAlso(Go.id("symbols").index(s.index(i.add(1))).gt(v)), t -> t.opAssign(total, BinaryOp.SUB, v))
              .orElse(e -> e.addAssign(total, v));
        });
        fn.ret(total);
      });
      f.func("caesar", fn -> {
        Var s = fn.param("s", STRING);
        Var shift = fn.param("shift", INT);
        fn.result(STRING);
        Var b = fn.define("b", conv(sliceOf(Go.BYTE), s));
        fn.rangeOver(b, "i", "c", (body, i, c) -> body.switchTagless(sw -> sw
            .caseOf(c.ge('a').andAlso(c.le('z')), k -> k.assign(b.index(i), conv(Go.BYTE, Go.rune('a').add(conv(INT, c.sub('a')).add(shift).rem(26).add(26).rem(26)))))
            .caseOf(c.ge('A').andAlso(c.le('Z')), k -> k.assign(b.index(i), conv(Go.BYTE, Go.rune('A').add(conv(INT, c.sub('A')).add(shift).rem(26).add(26).rem(26)))))));
        fn.ret(conv(STRING, b));
      });
      f.func("main", b -> {
        b.rangeOver(lit(sliceOf(STRING), "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "aabcccccaaa", "", "x", "ééé世世!", "zzzzzzzzzzzz"),
            "_", "s", (body, k, s) -> {
              Var enc = body.define("enc", call("rle", s));
              Var[] de = body.define(Go.names("dec", "err"), call("unrle", enc));
              body.call(fmtPrintf("%q -> %q (round trip %t, err %v)\n", s, enc, de[0].eq(s), de[1]));
            });
        b.rangeOver(lit(sliceOf(STRING), "3a2", "99999999999999999999x", "2x3y"), "_", "s", (body, k, s) -> {
          Var[] de = body.define(Go.names("dec", "err"), call("unrle", s));
          body.call(fmtPrintf("unrle(%q) = %q, %v\n", s, de[0], de[1]));
        });
        b.rangeOver(lit(sliceOf(INT), 1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999), "_", "n", (body, k, n) -> {
          Var r = body.define("r", call("toRoman", n));
          body.call(fmtPrintf("%4d = %-12s -> %d\n", n, r, call("fromRoman", r)));
        });
        Var msg = b.define("msg", "The Quick Brown Fox, 1 Jumps!");
        b.rangeOver(lit(sliceOf(INT), 3, 13, -1, 52, -27), "_", "k", (body, k, sh) -> {
          Var c = body.define("c", call("caesar", msg, sh));
          body.call(fmtPrintf("%3d %s | %s\n", sh, c, call("caesar", c, Go.neg(sh))));
        });
      });
    }));
  }
}
