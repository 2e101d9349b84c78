package dev.gosem.ir;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.compl;
import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.fmtPrint;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.id;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.literal;
import static dev.gosem.api.build.Go.names;
import static dev.gosem.api.build.Go.neg;
import static dev.gosem.api.build.Go.not;
import static dev.gosem.api.build.Go.osExit;
import static dev.gosem.api.build.Go.paren;
import static dev.gosem.api.build.Go.plus;
import static dev.gosem.api.build.Go.rune;
import static dev.gosem.api.build.Go.str;

import dev.gosem.api.Pos;
import dev.gosem.api.Program;
import dev.gosem.api.ast.AssignOp;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.ast.Stmt;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Corpus is a set of programs that together use every construct the IR lowers: loops that need
 * phis, nested labelled break and continue, short-circuit operators in conditions and values,
 * multiple and named results, globals and init functions, shadowing, range over int, every
 * integer size, floats, strings and unreachable code. The first three are copied from the api
 * module's printer corpus (Programs.java), which records what Go prints for them.
 */
public final class Corpus {
  private Corpus() {}

  /** A named program of the corpus. */
  public record Case(String name, Program program) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final Pos P = Pos.NONE;

  public static List<Case> all() {
    return List.of(
        new Case("constructs", constructs()),
        new Case("rangeSemantics", rangeSemantics()),
        new Case("twoFiles", twoFiles()),
        new Case("loops", loops()),
        new Case("labels", labels()),
        new Case("shortCircuit", shortCircuit()),
        new Case("results", results()),
        new Case("globals", globals()),
        new Case("shadowing", shadowing()),
        new Case("intSizes", intSizes()),
        new Case("floats", floats()),
        new Case("strings", strings()),
        new Case("unreachable", unreachable()),
        new Case("deadValues", deadValues()));
  }

  /** Declarations, statements and operators (api's Programs.constructs). */
  public static Program constructs() {
    return Go.program("constructs", prog -> prog.file("main.go", f -> {
      f.imports("os", "fmt");
      f.var("counter", Types.INT, 5);
      f.var("total", Types.INT64);
      f.constant("limit", 10);
      f.constant("small", Types.INT8, 3);
      f.decl(new Decl.GenDecl(Decl.Kind.VAR, List.of(
          spec("a", null, lit(1).expr()),
          spec("bbb", id("int").expr(), lit(2).expr()),
          spec("c", id("int").expr(), null)), true, P));
      f.decl(new Decl.GenDecl(Decl.Kind.CONST, List.of(
          spec("zero", null, id("iota").expr()),
          spec("one", null, null),
          spec("seven", id("int").expr(), lit(7).expr())), true, P));
      f.func("divmod", fn -> {
        Var a = fn.param("a", Types.INT);
        Var b = fn.param("b", Types.INT);
        fn.results(Types.INT, Types.INT);
        fn.ret(a.div(b), a.rem(b));
      });
      f.func("split", fn -> {
        Var n = fn.param("n", Types.INT);
        Var x = fn.namedResult("x", Types.INT);
        Var y = fn.namedResult("y", Types.INT);
        fn.assign(x, n.mul(4).div(9));
        fn.assign(y, n.sub(x));
        fn.ret();
      });
      f.func("isSmall", fn -> {
        Var v = fn.param("v", Types.INT);
        fn.result(Types.BOOL);
        fn.ret(v.lt(id("limit")).andAlso(v.ge(0)));
      });
      f.func("nothing", fn -> {});
      f.func("half", fn -> {
        Var v = fn.param("v", Types.INT);
        fn.result(Types.INT);
        fn.ret(v.div(2));
      });
      f.func("main", b -> {
        Var x = b.define("x", 7);
        Var y = b.var("y", Types.INT, 3);
        Var z = b.var("z", x.mul(y).add(2));
        Var k = b.constant("k", 4);
        b.constant("big", Types.INT64, lit(1).shl(40));
        Var[] qr = b.define(names("q", "r"), call("divmod", x.add(y), 3));
        b.call(fmtPrintln(qr[0], qr[1], z, k));
        b.assign(x, x.mul(2).add(y.mul(3)));
        b.assign(new Var[] {x, y}, y, x);
        b.call(fmtPrintln(x, y));
        b.addAssign(x, 2);
        b.opAssign(x, BinaryOp.SUB, 1);
        b.opAssign(x, BinaryOp.MUL, 3);
        b.opAssign(x, BinaryOp.QUO, 2);
        b.opAssign(x, BinaryOp.REM, 7);
        b.opAssign(x, BinaryOp.AND, literal(Expr.LitKind.INT, "0xff"));
        b.opAssign(x, BinaryOp.OR, 8);
        b.opAssign(x, BinaryOp.XOR, 2);
        b.opAssign(x, BinaryOp.SHL, 3);
        b.opAssign(x, BinaryOp.SHR, 1);
        b.opAssign(x, BinaryOp.AND_NOT, 4);
        b.inc(x);
        b.dec(y);
        b.call(fmtPrintln(x, y, neg(x), plus(y), compl(x), not(x.gt(y))));
        b.call(fmtPrintln(conv(Types.INT8, x), conv(Types.INT64, y).mul(3), conv(Types.FLOAT64, x).div(4.0)));
        b.call(fmtPrintln(paren(x.add(y)).mul(k), x.add(y).mul(k), x.mul(paren(y.sub(1)))));
        b.call(fmtPrintln(x.lt(y).andAlso(y.lt(10)).orElse(x.eq(3)), x.shl(2).or(y), neg(neg(x))));
        b.call(fmtPrintln(x.sub(neg(y)), x.add(plus(y)), x.and(compl(y)), x.andNot(y), x.xor(y).mul(2)));
        Var s = b.define("s", "hello, \"gopher\"\n");
        b.call(fmtPrint(s.index(1), len(s), s.index(len(s).sub(2)), rune('é'), "\n"));
        b.call(fmtPrintln(call("isSmall", x), call("isSmall", neg(1)), literal(Expr.LitKind.INT, "0X1F"), literal(Expr.LitKind.FLOAT, "1E3")));
        b.ifThen(x.gt(100), t -> t.call(fmtPrintln("big"))).elseIf(x.gt(10), t -> t.call(fmtPrintln("medium")))
            .orElse(e -> e.call(fmtPrintln("small")));
        b.ifInit(i -> i.define("v", x.mul(2)).ne(0), t -> t.call(fmtPrintln("v", id("v"))));
        b.ifThen(x.eq(-1000), t -> t.call(osExit(3)));
        b.ifThen(lit(false), t -> {});
        b.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(z.sub(1)));
          l.post().addAssign(i, 5);
          l.body(body -> body.call(fmtPrint(i, " ")));
        });
        b.call(fmtPrintln());
        Var w = b.define("w", 3);
        b.whileLoop(w.gt(0), body -> body.dec(w));
        b.forever(body -> {
          body.inc(w);
          body.ifThen(w.ge(3), t -> t.brk());
        });
        b.forLoop(l -> {
          l.post().inc(w);
          l.body(body -> body.ifThen(w.gt(5), t -> t.brk()));
        });
        b.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(3));
          l.post().inc(i);
          l.body(body -> {});
        });
        b.call(fmtPrintln("w", w));
        b.label("outer").forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(3));
          l.post().inc(i);
          l.body(body -> body.forLoop(m -> {
            Var j = m.init().define("j", 0);
            m.cond(j.lt(3));
            m.post().inc(j);
            m.body(inner -> {
              inner.ifThen(j.eq(1), t -> t.cont("outer"));
              inner.ifThen(i.eq(2), t -> t.brk("outer"));
              inner.call(fmtPrintln(i, j));
            });
          }));
        });
        b.rangeInt("i", 3, (body, i) -> body.call(fmtPrint(i)));
        b.rangeInt("i", k, (body, i) -> body.call(fmtPrint(i)));
        b.rangeInt(call("half", 5), body -> body.call(fmtPrint("*")));
        b.call(fmtPrintln());
        b.block(inner -> {
          Var x2 = inner.define("x", "shadow");
          inner.call(fmtPrintln(x2));
        });
        b.block(inner -> {});
        Var[] sp = b.define(names("sx", "sy"), call("split", 17));
        b.call(fmtPrintln(sp[0], sp[1], id("counter"), id("total"), id("limit"), id("small"), id("a"), id("bbb"), id("c")));
        b.call(fmtPrintln(id("zero"), id("one"), id("seven"), id("big")));
        b.call("nothing");
        b.println("to stderr");
        b.ret();
      });
    }));
  }

  static Spec.ValueSpec spec(String name, Expr type, Expr value) {
    return new Spec.ValueSpec(List.of(new Expr.Ident(name, P)), type, value == null ? List.of() : List.of(value), P);
  }

  static Stmt.Block block(Stmt... stmts) {
    return new Stmt.Block(List.of(stmts), P, P);
  }

  /** Range over an integer (api's Programs.rangeSemantics). */
  public static Program rangeSemantics() {
    return Go.program("ranges", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.var("calls", Types.INT, 0);
      f.func("next", fn -> {
        fn.result(Types.INT);
        fn.inc(id("calls"));
        fn.ret(3);
      });
      f.func("main", b -> {
        Var sum = b.define("sum", 0);
        b.rangeInt("i", 5, (body, i) -> body.addAssign(sum, i));
        b.call(fmtPrintln("sum", sum));
        Var n = b.define("n", 3);
        Var count = b.define("count", 0);
        b.rangeInt("i", n, (body, i) -> {
          body.call(fmtPrint(i, " "));
          body.assign(n, 10);
          body.assign(i, 100);
          body.inc(count);
        });
        b.call(fmtPrintln("count", count, "n", n));
        Var negative = b.define("negative", -2);
        b.rangeInt(negative, body -> body.call(fmtPrintln("never")));
        b.rangeInt("i", 0, (body, i) -> body.call(fmtPrintln("never", i)));
        Var m = b.var("m", Types.INT8, 2);
        b.rangeInt("i", m, (body, i) -> {
          Var t = body.var("t", Types.INT8, i);
          body.call(fmtPrintln("int8", t));
        });
        b.rangeInt("r", rune('c').sub(rune('a')), (body, r) -> {
          Var q = body.var("q", Types.INT32, r);
          body.call(fmtPrintln("rune", q));
        });
        b.constant("N", 2);
        b.rangeInt("i", id("N"), (body, i) -> {
          Var q = body.var("q", Types.INT, i);
          body.call(fmtPrintln("int", q));
        });
        b.rangeInt("i", call("next"), (body, i) -> body.call(fmtPrint(i)));
        b.rangeInt(call("next"), body -> body.call(fmtPrint(".")));
        b.call(fmtPrintln(" calls", id("calls")));
        b.label("outer").rangeInt("i", 3, (body, i) -> body.rangeInt("j", 3, (inner, j) -> {
          inner.ifThen(j.eq(1), t -> t.cont("outer"));
          inner.ifThen(i.eq(2), t -> t.brk("outer"));
          inner.call(fmtPrintln("pair", i, j));
        }));
        b.label("hoisted").rangeInt("i", n, (body, i) -> {
          body.ifThen(i.eq(1), t -> t.brk("hoisted"));
          body.call(fmtPrintln("hoisted", i));
        });
        b.rangeInt("i", 2, (body, i) -> {
          Var i2 = body.define("i", i.mul(10));
          body.call(fmtPrintln("shadow", i2));
        });
        Var j = b.var("j", Types.INT8);
        b.stmt(new Stmt.Range(j.expr(), null, false, lit(4).expr(), block(
            new Stmt.ExprStmt(fmtPrint(j).expr(), P)), P));
        b.call(fmtPrintln(" last", j));
        Var k = b.define("k", 0);
        b.stmt(new Stmt.Range(k.expr(), null, false, n.expr(), block(
            new Stmt.Assign(List.of(n.expr()), AssignOp.ASSIGN, List.of(lit(0).expr()), P)), P));
        b.call(fmtPrintln("k", k));
        b.stmt(new Stmt.Range(id("_").expr(), null, false, lit(2).expr(), block(
            new Stmt.ExprStmt(fmtPrint("_").expr(), P)), P));
        b.call(fmtPrintln());
      });
    }));
  }

  /** A program of two files (api's Programs.twoFiles). */
  public static Program twoFiles() {
    return Go.program("two", prog -> {
      prog.file("main.go", f -> {
        f.imports("fmt");
        f.func("main", b -> b.call(fmtPrintln(call("twice", 21), str("tab\there"))));
      });
      prog.file("util.go", f -> f.func("twice", fn -> {
        Var v = fn.param("v", Types.INT);
        fn.result(Types.INT);
        fn.rangeInt("i", 1, (body, i) -> body.ret(v.mul(2).add(i)));
        fn.ret(0);
      }));
    });
  }

  /** Loops whose variables need phis: nested, while-style, endless with break, back-to-back. */
  public static Program loops() {
    return Go.program("loops", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("fib", fn -> {
        Var n = fn.param("n", Types.INT);
        fn.result(Types.INT);
        Var a = fn.define("a", 0);
        Var b = fn.define("b", 1);
        fn.rangeInt(n, body -> body.assign(new Var[] {a, b}, b, a.add(b)));
        fn.ret(a);
      });
      f.func("collatz", fn -> {
        Var n = fn.param("n", Types.UINT64);
        fn.result(Types.INT);
        Var steps = fn.define("steps", 0);
        fn.whileLoop(n.ne(1), body -> {
          body.ifThen(n.rem(2).eq(0), t -> t.assign(n, n.div(2))).orElse(e -> e.assign(n, n.mul(3).add(1)));
          body.inc(steps);
        });
        fn.ret(steps);
      });
      f.func("main", fn -> {
        Var total = fn.define("total", 0);
        Var evens = fn.define("evens", 0);
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(10));
          l.post().inc(i);
          l.body(body -> body.forLoop(m -> {
            Var j = m.init().define("j", i);
            m.cond(j.lt(10));
            m.post().addAssign(j, 2);
            m.body(inner -> {
              inner.addAssign(total, i.mul(j));
              inner.ifThen(j.rem(2).eq(0), t -> t.inc(evens));
            });
          }));
        });
        Var k = fn.define("k", 0);
        fn.forever(body -> {
          body.inc(k);
          body.ifThen(k.mul(k).gt(50), t -> t.brk());
          body.ifThen(k.rem(3).eq(0), t -> t.cont());
          body.addAssign(total, k);
        });
        Var x = fn.define("x", 100);
        fn.whileLoop(x.gt(1), body -> body.assign(x, x.div(3)));
        fn.whileLoop(x.lt(0), body -> body.dec(x));
        fn.call(fmtPrintln(total, evens, k, x, call("fib", 20), call("collatz", conv(Types.UINT64, 27))));
      });
    }));
  }

  /** Nested labelled break and continue across three loop levels, for and range mixed. */
  public static Program labels() {
    return Go.program("labels", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("main", fn -> {
        Var hits = fn.define("hits", 0);
        fn.label("a").forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(5));
          l.post().inc(i);
          l.body(body -> body.label("b").rangeInt("j", 5, (jb, j) -> jb.label("c").forLoop(m -> {
            Var k = m.init().define("k", 0);
            m.cond(k.lt(5));
            m.post().inc(k);
            m.body(kb -> {
              kb.ifThen(k.eq(j), t -> t.cont("b"));
              kb.ifThen(j.eq(i), t -> t.cont("a"));
              kb.ifThen(i.add(j).add(k).gt(9), t -> t.brk("a"));
              kb.ifThen(k.gt(3), t -> t.brk("c"));
              kb.ifThen(k.eq(2), t -> t.brk());
              kb.inc(hits);
            });
          })));
        });
        Var n = fn.define("n", 0);
        fn.label("loop").forever(body -> {
          body.inc(n);
          body.forever(in -> {
            in.ifThen(n.lt(3), t -> t.cont("loop"));
            in.ifThen(n.ge(3), t -> t.brk("loop"));
          });
        });
        fn.call(fmtPrintln(hits, n));
      });
    }));
  }

  /** && and || in conditions (if, for) and as values (assigned, passed, returned). */
  public static Program shortCircuit() {
    return Go.program("shortCircuit", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.var("calls", Types.INT);
      f.func("t", fn -> {
        Var v = fn.param("v", Types.BOOL);
        fn.result(Types.BOOL);
        fn.inc(id("calls"));
        fn.ret(v);
      });
      f.func("both", fn -> {
        Var a = fn.param("a", Types.INT);
        Var b = fn.param("b", Types.INT);
        fn.result(Types.BOOL);
        fn.ret(a.gt(0).andAlso(b.gt(0)).orElse(a.lt(0).andAlso(b.lt(0))));
      });
      f.func("main", fn -> {
        Var x = fn.define("x", 3);
        Var y = fn.define("y", -4);
        fn.ifThen(x.gt(0).andAlso(y.gt(0)), t -> t.call(fmtPrintln("both positive")));
        fn.ifThen(x.gt(0).orElse(y.gt(0)), t -> t.call(fmtPrintln("one positive")));
        fn.ifThen(not(x.gt(0).andAlso(call("t", y.lt(0)))).orElse(call("t", lit(false))), t -> t.call(fmtPrintln("mixed")))
            .orElse(e -> e.call(fmtPrintln("else")));
        fn.ifThen(paren(x.gt(0).orElse(y.gt(0))).andAlso(paren(x.lt(10).orElse(y.lt(10)))), t -> t.inc(x));
        fn.ifThen(x.gt(0).andAlso(lit(true)), t -> t.inc(x));
        fn.ifThen(lit(false).orElse(y.lt(0)), t -> t.dec(y));
        Var b = fn.define("b", x.lt(y).orElse(call("t", x.gt(y)).andAlso(call("t", y.ne(0)))));
        Var c = fn.var("c", Types.BOOL, not(b).andAlso(x.ne(y)).orElse(b.andAlso(x.eq(4))));
        fn.assign(b, b.andAlso(c));
        Var i = fn.define("i", 0);
        fn.whileLoop(i.lt(10).andAlso(paren(i.lt(3).orElse(i.rem(2).eq(0)))), body -> body.inc(i));
        fn.call(fmtPrintln(b, c, i, x, y, call("both", x, y), call("both", neg(x), y), call("t", b.orElse(c)), id("calls")));
      });
    }));
  }

  /** Multiple results, f(g()) forwarding, tuple assignment, named results with bare return. */
  public static Program results() {
    return Go.program("results", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("divmod", fn -> {
        Var a = fn.param("a", Types.INT);
        Var b = fn.param("b", Types.INT);
        fn.results(Types.INT, Types.INT);
        fn.ret(a.div(b), a.rem(b));
      });
      f.func("three", fn -> {
        Var a = fn.param("a", Types.INT8);
        fn.results(Types.INT8, Types.STRING, Types.BOOL);
        fn.ret(a.mul(2), "three", a.gt(0));
      });
      f.func("add", fn -> {
        Var a = fn.param("a", Types.INT);
        Var b = fn.param("b", Types.INT);
        fn.result(Types.INT);
        fn.ret(a.add(b));
      });
      f.func("forward", fn -> {
        Var a = fn.param("a", Types.INT);
        fn.results(Types.INT, Types.INT);
        fn.ret(call("divmod", a, 7));
      });
      f.func("named", fn -> {
        Var n = fn.param("n", Types.INT);
        Var lo = fn.namedResult("lo", Types.INT);
        Var hi = fn.namedResult("hi", Types.INT);
        fn.ifThen(n.lt(0), t -> t.ret());
        fn.rangeInt("i", n, (body, i) -> {
          body.ifThen(i.rem(2).eq(0), t -> t.inc(lo)).orElse(e -> e.inc(hi));
          body.ifThen(lo.gt(10), t -> t.ret(lo, hi.mul(100)));
        });
        fn.ret();
      });
      f.func("blank", fn -> {
        fn.namedResult("_", Types.INT);
        Var y = fn.namedResult("y", Types.INT);
        fn.assign(y, 3);
        fn.ret();
      });
      f.func("main", fn -> {
        Var[] qr = fn.define(names("q", "r"), call("divmod", 17, 5));
        fn.assign(new Var[] {qr[0], qr[1]}, qr[1], qr[0]);
        Var[] abc = fn.define(names("a", "b", "c"), call("three", conv(Types.INT8, 21)));
        Var[] lh = fn.define(names("lo", "hi"), call("named", 9));
        Var[] lh2 = fn.define(names("lo2", "hi2"), call("named", 40));
        fn.assign(new Var[] {Go.blank(), lh[0]}, call("forward", 100));
        Var[] bl = fn.define(names("_", "bl"), call("blank"));
        fn.call(fmtPrintln(qr[0], qr[1], abc[0], abc[1], abc[2], lh[0], lh[1], lh2[0], lh2[1], bl[1]));
        fn.call(fmtPrintln(call("add", call("divmod", 9, 4))));
        fn.call(fmtPrintln(call("divmod", 9, 4)));
      });
    }));
  }

  /** Package-level variables read and written everywhere, initialized in dependency order. */
  public static Program globals() {
    return Go.program("globals", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.var("first", null, id("second").add(1));
      f.var("second", null, call("compute"));
      f.var("ratio", Types.FLOAT64, 0.5);
      f.var("name", null, "gopher");
      f.var("flag", Types.BOOL);
      f.var("small", Types.INT8, -3);
      f.func("compute", fn -> {
        fn.result(Types.INT);
        fn.ret(id("base").mul(2));
      });
      f.var("base", Types.INT, 21);
      // The checker does not accept func init yet; setup stands in for it.
      f.func("setup", fn -> {
        fn.inc(id("first"));
        fn.assign(id("flag"), id("first").gt(40));
        fn.opAssign(id("name"), BinaryOp.ADD, "!");
      });
      f.func("bump", fn -> {
        Var by = fn.param("by", Types.INT8);
        fn.result(Types.INT8);
        fn.opAssign(id("small"), BinaryOp.ADD, by);
        fn.ret(id("small"));
      });
      f.func("main", fn -> {
        fn.call("setup");
        fn.rangeInt("i", 3, (body, i) -> body.call("bump", conv(Types.INT8, i)));
        Var local = fn.define("local", id("first").add(id("second")));
        fn.ifThen(id("flag"), t -> t.assign(id("ratio"), id("ratio").mul(4.0)));
        fn.call(fmtPrintln(id("first"), id("second"), local, id("ratio"), id("name"), id("flag"), call("bump", 100)));
      });
    }));
  }

  /** The same names declared again in nested blocks, if and for headers, with other types. */
  public static Program shadowing() {
    return Go.program("shadowing", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.var("x", Types.INT, 1);
      f.func("main", fn -> {
        fn.call(fmtPrintln(id("x")));
        Var x = fn.define("x", "local");
        fn.block(b -> {
          Var x2 = b.define("x", 2.5);
          b.block(c -> {
            Var x3 = c.define("x", conv(Types.INT8, 7));
            c.inc(x3);
            c.call(fmtPrintln(x3));
          });
          b.assign(x2, x2.mul(2.0));
          b.call(fmtPrintln(x2));
        });
        fn.ifInit(i -> i.define("x", 10).gt(5), t -> {
          t.inc(id("x"));
          t.call(fmtPrintln(id("x")));
        }).orElse(e -> e.call(fmtPrintln(id("x"))));
        fn.forLoop(l -> {
          Var i = l.init().define("x", 0);
          l.cond(i.lt(2));
          l.post().inc(i);
          l.body(body -> {
            Var inner = body.define("x", i.add(100));
            body.call(fmtPrintln(inner));
          });
        });
        fn.rangeInt("x", 2, (body, i) -> body.call(fmtPrintln(i)));
        fn.call(fmtPrintln(x));
      });
      f.func("param", fn -> {
        Var p = fn.param("p", Types.INT);
        fn.result(Types.INT);
        fn.block(b -> {
          Var p2 = b.define("p", p.mul(2));
          b.ifThen(p2.gt(3), t -> t.ret(p2));
        });
        fn.ret(p);
      });
    }));
  }

  static final List<Basic> INT_TYPES = List.of(Types.INT, Types.INT8, Types.INT16, Types.INT32, Types.INT64,
      Types.UINT, Types.UINT8, Types.UINT16, Types.UINT32, Types.UINT64, Types.UINTPTR);

  /** Arithmetic, shifts, comparisons and conversions at every integer size. */
  public static Program intSizes() {
    return Go.program("intSizes", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      for (Basic t : INT_TYPES) {
        String name = "ops_" + t;
        f.func(name, fn -> {
          Var a = fn.param("a", t);
          Var b = fn.param("b", t);
          Var s = fn.param("s", Types.UINT);
          Var n = fn.param("n", Types.INT);
          fn.result(t);
          Var r = fn.define("r", a.add(b).mul(a.sub(b)));
          fn.assign(r, r.div(b.or(1)).add(r.rem(paren(b.or(1)))));
          fn.assign(r, r.shl(s).or(r.shr(s)).xor(r.and(b)).add(r.andNot(a)));
          fn.assign(r, r.shl(n).sub(r.shr(n)).add(r.shl(3)).sub(r.shr(70)));
          fn.assign(r, neg(r).add(compl(r)));
          fn.inc(r);
          fn.ifThen(a.lt(b).andAlso(a.le(b)).orElse(a.gt(b).andAlso(a.ge(b))).orElse(a.eq(b)).andAlso(a.ne(r)),
              th -> th.dec(r));
          List<Ex> conversions = new ArrayList<>();
          for (Basic u : INT_TYPES) conversions.add(conv(t, conv(u, r)));
          Ex sum = conversions.getFirst();
          for (Ex c : conversions.subList(1, conversions.size())) sum = sum.add(c);
          fn.ret(sum.add(conv(t, conv(Types.FLOAT64, r))));
        });
      }
      f.func("main", fn -> {
        List<Object> outs = new ArrayList<>();
        for (Basic t : INT_TYPES) outs.add(call("ops_" + t, conv(t, 100), conv(t, 7), conv(Types.UINT, 3), 2));
        fn.call(fmtPrintln(outs.toArray()));
        Var u8 = fn.var("u8", Types.UINT8, 255);
        Var i8 = fn.var("i8", Types.INT8, -128);
        Var u64 = fn.var("u64", Types.UINT64, new java.math.BigInteger("18446744073709551615"));
        fn.inc(u8);
        fn.dec(i8);
        fn.assign(u64, u64.add(1));
        fn.call(fmtPrintln(u8, i8, u64, conv(Types.INT64, u64.sub(1)), conv(Types.UINT32, i8)));
      });
    }));
  }

  /** float64 arithmetic, comparisons, conversions and loops. */
  public static Program floats() {
    return Go.program("floats", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("mean", fn -> {
        Var n = fn.param("n", Types.INT);
        fn.result(Types.FLOAT64);
        Var sum = fn.var("sum", Types.FLOAT64);
        fn.rangeInt("i", n, (body, i) -> body.addAssign(sum, conv(Types.FLOAT64, i).mul(1.5)));
        fn.ifThen(n.eq(0), t -> t.ret(0.0));
        fn.ret(sum.div(conv(Types.FLOAT64, n)));
      });
      f.func("main", fn -> {
        Var x = fn.define("x", 1.0);
        Var zero = fn.var("zero", Types.FLOAT64);
        fn.whileLoop(x.lt(1000.0), body -> body.assign(x, x.mul(1.7)));
        Var inf = fn.define("inf", x.div(zero));
        Var nan = fn.define("nan", zero.div(zero));
        fn.inc(x);
        fn.dec(x);
        fn.call(fmtPrintln(x, neg(x), inf, nan, nan.eq(nan), nan.ne(nan), inf.gt(x), neg(zero)));
        fn.call(fmtPrintln(conv(Types.INT, x), conv(Types.INT8, x.div(100.0)), conv(Types.UINT64, x), conv(Types.FLOAT64, conv(Types.UINT64, x))));
        fn.call(fmtPrintln(call("mean", 10), call("mean", 0), x.sub(x).eq(0.0), x.le(x), x.ge(x.add(1.0))));
      });
    }));
  }

  /** Strings: concatenation, len, indexing, comparison, strings merged at joins. */
  public static Program strings() {
    return Go.program("strings", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("main", fn -> {
        Var s = fn.define("s", "héllo");
        Var t = fn.define("t", "");
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(len(s)));
          l.post().inc(i);
          l.body(body -> body.ifThen(s.index(i).lt(128), th -> th.assign(t, t.add("a"))).orElse(e -> e.assign(t, t.add("ü"))));
        });
        fn.ifThen(s.lt(t).orElse(s.eq("x")), th -> th.assign(s, s.add(t)));
        Var b = fn.var("b", Types.BYTE, s.index(0));
        fn.call(fmtPrintln(s, t, len(t), b, s.ge(t), s.ne(t), len("const"), str("a").add("b")));
      });
    }));
  }

  /** Statements after return, break and continue; functions ending in an endless loop. */
  public static Program unreachable() {
    return Go.program("unreachable", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("spin", fn -> {
        Var n = fn.param("n", Types.INT);
        fn.result(Types.INT);
        fn.forever(body -> {
          body.ifThen(n.gt(10), t -> t.ret(n));
          body.inc(n);
        });
      });
      f.func("early", fn -> {
        Var n = fn.param("n", Types.INT);
        fn.result(Types.INT);
        fn.ret(n);
        fn.inc(n);
        fn.ifThen(n.gt(0), t -> t.ret(n.add(1)));
        fn.ret(n.add(2));
      });
      f.func("main", fn -> {
        Var x = fn.define("x", 0);
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(3));
          l.post().inc(i);
          l.body(body -> {
            body.cont();
            body.inc(x);
            body.brk();
            body.dec(x);
          });
        });
        fn.rangeInt("i", 3, (body, i) -> {
          body.brk();
          body.addAssign(x, i);
        });
        fn.call(fmtPrintln(x, call("spin", 0), call("early", 1)));
        fn.ret();
        fn.call(fmtPrintln("never"));
      });
    }));
  }

  /** Values that become dead across blocks, and constant conditions that fold away. */
  public static Program deadValues() {
    return Go.program("deadValues", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("g", fn -> {
        Var a = fn.param("a", Types.INT);
        Var x = fn.define("x", a.add(1));
        fn.ifThen(a.gt(0), t -> t.assign(x, x.mul(2)));
        fn.rangeInt("i", 3, (body, i) -> body.assign(x, x.add(i)));
      });
      f.func("half", fn -> {
        Var a = fn.param("a", Types.INT);
        fn.result(Types.FLOAT64);
        fn.ret(conv(Types.FLOAT64, a).div(2.0));
      });
      f.func("main", fn -> {
        fn.call("g", 1);
        Var c = fn.define("c", 1);
        fn.ifThen(lit(true), t -> t.assign(c, 2)).orElse(e -> e.assign(c, 3));
        fn.ifThen(lit(1).gt(2), t -> t.assign(c, 4));
        fn.whileLoop(lit(false), body -> body.inc(c));
        Var d = fn.var("d", Types.INT, 10);
        fn.ifThen(d.gt(5).andAlso(d.lt(20)), t -> t.assign(c, c.add(d)));
        fn.call(fmtPrintln(c, call("half", 3), call("half", d)));
      });
    }));
  }
}
