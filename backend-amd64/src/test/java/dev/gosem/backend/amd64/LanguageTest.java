package dev.gosem.backend.amd64;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.compl;
import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.fmtPrint;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.id;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.names;
import static dev.gosem.api.build.Go.neg;
import static dev.gosem.api.build.Go.not;
import static dev.gosem.api.build.Go.osExit;
import static dev.gosem.api.build.Go.str;
import static dev.gosem.backend.amd64.Amd64Testing.program;
import static dev.gosem.backend.amd64.Amd64Testing.sameAsJvm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Program;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Kind;
import dev.gosem.api.types.Types;
import dev.gosem.ir.backend.RunResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The foundation language on amd64, each program checked against the JVM backend and Go's text. */
class LanguageTest {
  static final List<Basic> INTS = List.of(
      Types.INT, Types.INT8, Types.INT16, Types.INT32, Types.INT64,
      Types.UINT, Types.UINT8, Types.UINT16, Types.UINT32, Types.UINT64, Types.UINTPTR);

  @Test
  void fibAndBothPrintFormats() {
    Program p = program(f -> {
      f.imports("fmt");
      f.func("fib", fn -> {
        Var n = fn.param("n", Types.INT);
        fn.result(Types.INT);
        fn.ifThen(n.lt(2), t -> t.ret(n));
        fn.ret(call("fib", n.sub(1)).add(call("fib", n.sub(2))));
      });
      f.func("main", b -> {
        Var s = b.define("s", 0);
        b.rangeInt("i", 10, (body, i) -> body.addAssign(s, call("fib", i)));
        b.call(fmtPrintln(s, "x", 1.5, true));
        b.println(s, 1.5, "y");
      });
    });
    RunResult r = sameAsJvm(p);
    assertThat(r.stdout()).isEqualTo("88 x 1.5 true\n");
    assertThat(r.stderr()).isEqualTo("88 +1.500000e+000 y\n");
  }

  /** Every integer type: wrap-around of + - * unary - ^, division, shifts, conversions, printing. */
  @Test
  void integerSizesWrapAround() {
    for (Basic t : INTS) {
      Program p = program(f -> {
        f.imports("fmt");
        f.func("id", fn -> {
          Var x = fn.param("x", t);
          fn.result(t);
          fn.ret(x);
        });
        f.func("main", b -> {
          boolean unsigned = t.kind().isUnsigned();
          Var max = b.var("max", t, call("id", unsigned ? compl(conv(t, 0)) : lit(maxOf(t))));
          Var one = b.var("one", t, call("id", 1));
          Var big = b.var("big", t, call("id", unsigned ? 200 : 100));
          b.call(fmtPrintln(max, max.add(one), max.mul(max), max.mul(big), neg(max), compl(max), max.sub(big).mul(3)));
          b.println(max.add(one), one.sub(big), big.mul(big).mul(big));
          Var small = b.var("small", t, call("id", unsigned ? 0 : -7));
          b.call(fmtPrintln(small.sub(one), small.div(big.sub(97)), small.rem(big.sub(97)), max.div(big), max.rem(big)));
          for (int s : new int[] {0, 1, 3, 7, 8, 15, 16, 31, 32, 63, 64, 65}) {
            Var n = b.var("n" + s, Types.UINT, call("idu", s));
            b.call(fmtPrintln(max.shl(n), max.shr(n), small.shr(n), one.shl(n), max.shl(s).shr(1)));
          }
          for (Basic u : INTS) {
            b.call(fmtPrint(conv(u, max), conv(u, small), conv(u, max.sub(big)), " "));
          }
          b.call(fmtPrintln(conv(Types.FLOAT64, max), conv(Types.FLOAT64, small), max.gt(small), max.eq(max), one.ne(one)));
        });
        f.func("idu", fn -> {
          Var x = fn.param("x", Types.UINT);
          fn.result(Types.UINT);
          fn.ret(x);
        });
      });
      sameAsJvm(p);
    }
  }

  private static long maxOf(Basic t) {
    return switch (t.kind()) {
      case INT8 -> Byte.MAX_VALUE;
      case INT16 -> Short.MAX_VALUE;
      case INT32 -> Integer.MAX_VALUE;
      default -> Long.MAX_VALUE;
    };
  }

  @Test
  void divisionByConstantsAndVariables() {
    Program p = program(f -> {
      f.imports("fmt");
      f.func("main", b -> {
        Var x = b.var("x", Types.INT, -17);
        Var d = b.var("d", Types.INT, 1);
        b.forLoop(l -> l.cond(d.lt(10)).body(body -> {
          body.call(fmtPrintln(x.div(d), x.rem(d), x.div(2), x.rem(2), x.div(4), x.rem(8), x.div(-1), x.rem(-1), x.div(7), x.rem(7)));
          body.inc(d);
          body.assign(x, x.mul(-3).add(1));
        }));
        Var m = b.var("m", Types.INT64, lit(Long.MIN_VALUE));
        Var mone = b.var("mone", Types.INT64, -1);
        b.call(fmtPrintln(m.div(mone), m.rem(mone), m.div(-1), m.div(2), m.rem(2)));
        Var u = b.var("u", Types.UINT64, compl(conv(Types.UINT64, 0)));
        b.call(fmtPrintln(u.div(2), u.rem(8), u.div(3), u.rem(3), u.div(conv(Types.UINT64, d))));
        Var s8 = b.var("s8", Types.INT8, -128);
        Var m8 = b.var("m8", Types.INT8, -1);
        b.call(fmtPrintln(s8.div(m8), s8.rem(m8), s8.div(-1)));
      });
    });
    sameAsJvm(p);
  }

  @Test
  void floats() {
    Program p = program(f -> {
      f.imports("fmt");
      f.func("half", fn -> {
        Var x = fn.param("x", Types.FLOAT64);
        fn.result(Types.FLOAT64);
        fn.ret(x.div(2));
      });
      f.func("main", b -> {
        Var z = b.var("z", Types.FLOAT64);
        Var one = b.var("one", Types.FLOAT64, 1.0);
        Var nan = b.define("nan", z.div(z));
        Var inf = b.define("inf", one.div(z));
        Var x = b.var("x", Types.FLOAT64, 0.1);
        b.call(fmtPrintln(x.add(0.2), x.mul(3), x.sub(1), neg(x), neg(z), inf, neg(inf), nan, call("half", 5.0)));
        b.println(x.add(0.2), x.mul(3), x.sub(1), neg(x), neg(z), inf, neg(inf), nan, 1e300, 123456789.0, 1e-300);
        b.call(fmtPrintln(nan.eq(nan), nan.ne(nan), nan.lt(one), nan.ge(one), one.lt(inf), z.eq(neg(z)), x.le(x), x.gt(one)));
        b.ifThen(nan.eq(nan), t -> t.println("nan == nan")).orElse(e -> e.println("nan != nan"));
        b.ifThen(nan.ne(nan), t -> t.println("ne")).orElse(e -> e.println("not ne"));
        b.ifThen(nan.lt(one).orElse(nan.gt(one)), t -> t.println("ordered")).orElse(e -> e.println("unordered"));
        Var v = b.var("v", Types.FLOAT64, 1.0);
        b.rangeInt("i", 20, (body, i) -> {
          body.assign(v, v.mul(-7.3));
          body.call(fmtPrintln(v, conv(Types.INT64, v), conv(Types.INT32, v.div(1e20)), conv(Types.UINT8, one.mul(200)), conv(Types.FLOAT64, i).div(3)));
        });
        Var big = b.var("big", Types.UINT64, compl(conv(Types.UINT64, 0)));
        b.call(fmtPrintln(conv(Types.FLOAT64, big), conv(Types.FLOAT64, big.shr(1)), conv(Types.FLOAT64, big.sub(1024)), conv(Types.UINT64, conv(Types.FLOAT64, big.shr(1)).mul(1.5))));
        b.call(fmtPrintln(1e21, 1e20, 123456.0, 1234567.0, 1e-5, 0.0001, 5e-324, 1.7976931348623157e308, 100.0, 0.3));
      });
    });
    sameAsJvm(p);
  }

  @Test
  void strings() {
    Program p = program(f -> {
      f.imports("fmt");
      f.var("greeting", Types.STRING, "hello");
      f.func("join", fn -> {
        Var a = fn.param("a", Types.STRING);
        Var c = fn.param("c", Types.STRING);
        fn.result(Types.STRING);
        fn.ret(a.add(", ").add(c));
      });
      f.func("main", b -> {
        Var s = b.var("s", Types.STRING, "");
        b.rangeInt(5, body -> body.assign(s, s.add("ab")));
        b.call(fmtPrintln(s, len(s), s.index(3), call("join", id("greeting"), "world")));
        b.println(s, len(s), s.index(0));
        Var t = b.define("t", s.add(""));
        b.call(fmtPrintln(s.eq(t), s.ne(t), s.lt("b"), s.gt("ab"), s.le(s), s.ge("abababababa"), str("").lt("a"), str("a").add(s).eq(str("a").add(t))));
        b.assign(id("greeting"), id("greeting").add("!"));
        b.call(fmtPrint("a", "b", 1, 2, "c", 3.5, true, "\n"));
        b.call(fmtPrintln(id("greeting"), "", "日本語", len("日本語")));
        Var u = b.var("u", Types.STRING, "x");
        Var v = b.define("v", u.add("y"));
        Var w = b.define("w", u.add("z"));
        b.call(fmtPrintln(u, v, w, v.add(w), u.add(v).add(w)));
      });
    });
    sameAsJvm(p);
  }

  /**
   * More values live at once than there are registers, across calls and around a loop, of both
   * classes: the allocator must spill (checked), and the program must still print what the JVM
   * backend prints.
   */
  @Test
  void registerPressureSpills() {
    Program p = program(f -> {
      f.imports("fmt");
      f.func("id", fn -> {
        Var x = fn.param("x", Types.INT);
        fn.result(Types.INT);
        fn.ret(x);
      });
      f.func("main", b -> {
        Var[] v = new Var[20];
        Var[] x = new Var[20];
        for (int i = 0; i < v.length; i++) {
          v[i] = b.define("v" + i, call("id", i * 7 + 1));
          x[i] = b.define("x" + i, conv(Types.FLOAT64, v[i]).div(3));
        }
        b.rangeInt("k", 5, (body, k) -> {
          for (int i = 0; i < v.length; i++) {
            body.assign(v[i], v[(i + 1) % v.length].mul(3).add(call("id", k)).xor(v[i]));
            body.assign(x[i], x[(i + 3) % x.length].mul(1.5).sub(x[i]));
          }
        });
        b.call(fmtPrintln((Object[]) v));
        b.call(fmtPrintln((Object[]) x));
      });
    });
    sameAsJvm(p);
    var m = dev.gosem.ir.Compiler.lower(p, dev.gosem.ir.Options.defaults(), "amd64");
    var mf = dev.gosem.backend.amd64.isel.Isel.select(m, m.func("main"),
        new dev.gosem.backend.amd64.emit.ConstPool(dev.gosem.backend.amd64.link.Section.progBits(".rodata")));
    assertThat(dev.gosem.backend.amd64.regalloc.LinearScan.allocate(mf).slotCount()).isGreaterThan(0);
  }

  /** Past 8 integer words or 15 floats, arguments and results travel on the stack. */
  @Test
  void manyParametersAndResults() {
    Program p = program(f -> {
      f.imports("fmt");
      f.func("wide", fn -> {
        Var[] s = new Var[6];
        for (int i = 0; i < s.length; i++) s[i] = fn.param("s" + i, Types.STRING);
        Var[] x = new Var[18];
        for (int i = 0; i < x.length; i++) x[i] = fn.param("x" + i, Types.FLOAT64);
        Var n = fn.param("n", Types.INT8);
        fn.results(Types.STRING, Types.STRING, Types.STRING, Types.STRING, Types.STRING, Types.INT, Types.FLOAT64, Types.BOOL);
        Object sum = x[0];
        for (int i = 1; i < x.length; i++) sum = dev.gosem.api.build.Go.ex(sum).add(x[i]);
        fn.ret(s[5].add(s[0]), s[1], s[2].add(s[3]), s[4], "z", conv(Types.INT, n).mul(len(s[5])), sum, n.lt(0));
      });
      f.func("main", b -> {
        Object[] args = new Object[25];
        for (int i = 0; i < 6; i++) args[i] = "s" + i;
        for (int i = 0; i < 18; i++) args[6 + i] = 0.5 * i;
        args[24] = -3;
        b.call(fmtPrintln(call("wide", args)));
        Var[] r = b.define(names("a", "c", "d", "e", "g", "h", "k", "m"), call("wide", args));
        b.println(r[7], r[6], r[5], r[0], r[4]);
        b.call(fmtPrintln(r[1], r[2], r[3]));
      });
    });
    RunResult r = sameAsJvm(p);
    assertThat(r.stdout()).startsWith("s5s0 s1 s2s3 s4 z -6 76.5 true\n");
  }

  @Test
  void controlFlowCallsAndResults() {
    Program p = program(f -> {
      f.imports("fmt");
      f.func("divmod", fn -> {
        Var a = fn.param("a", Types.INT);
        Var c = fn.param("c", Types.INT);
        fn.results(Types.INT, Types.INT);
        fn.ret(a.div(c), a.rem(c));
      });
      f.func("named", fn -> {
        Var n = fn.param("n", Types.INT);
        Var x = fn.namedResult("x", Types.INT);
        Var y = fn.namedResult("y", Types.STRING);
        Var z = fn.namedResult("z", Types.FLOAT64);
        fn.assign(x, n.mul(2));
        fn.ifThen(n.gt(3), t -> {
          t.assign(y, "big");
          t.ret();
        });
        fn.assign(z, conv(Types.FLOAT64, n).div(4));
        fn.ret();
      });
      f.func("many", fn -> {
        Var a = fn.param("a", Types.INT);
        Var s1 = fn.param("s1", Types.STRING);
        Var x = fn.param("x", Types.FLOAT64);
        Var c = fn.param("c", Types.INT8);
        Var s2 = fn.param("s2", Types.STRING);
        Var y = fn.param("y", Types.FLOAT64);
        Var d = fn.param("d", Types.BOOL);
        fn.results(Types.STRING, Types.FLOAT64, Types.INT);
        fn.ret(s2.add(s1), x.mul(y), a.add(conv(Types.INT, c)).add(call("b2i", d)));
      });
      f.func("b2i", fn -> {
        Var d = fn.param("d", Types.BOOL);
        fn.result(Types.INT);
        fn.ifThen(d, t -> t.ret(1));
        fn.ret(0);
      });
      f.func("main", b -> {
        Var[] qr = b.define(names("q", "r"), call("divmod", 17, 5));
        b.call(fmtPrintln(qr[0], qr[1]));
        b.call(fmtPrintln(call("divmod", -17, 5)));
        b.call(fmtPrintln(call("named", 2)));
        b.call(fmtPrintln(call("named", 5)));
        b.call(fmtPrintln(call("many", 1, "a", 1.5, 3, "b", 2.0, true)));
        Var total = b.var("total", Types.INT, 0);
        b.forLoop(l -> {
          l.init().define("i", 0);
          l.cond(id("i").lt(10)).post().inc(id("i"));
          l.body(body -> {
            body.ifThen(id("i").eq(7), t -> t.brk());
            body.ifThen(id("i").rem(2).eq(0), t -> t.cont());
            body.forLoop(m -> {
              m.init().define("j", 0);
              m.cond(id("j").lt(id("i"))).post().inc(id("j"));
              m.body(in -> in.addAssign(total, id("i").mul(id("j"))));
            });
          });
        });
        b.call(fmtPrintln(total, not(total.gt(3)).orElse(total.lt(100)).andAlso(total.ne(5))));
      });
    });
    sameAsJvm(p);
  }
}
