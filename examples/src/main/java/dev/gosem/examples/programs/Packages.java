package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.fmtSprintf;
import static dev.gosem.api.build.Go.id;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.pkgCall;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.recv;
import static dev.gosem.api.build.Go.sel;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;

/**
 * Programs of several packages (issue 6): packages with import paths under module example,
 * exported and unexported names, package-qualified calls, types, methods, constants and
 * variables, and package initialization (imported packages first, each once, variables in
 * dependency order, then init functions in file order).
 */
public final class Packages {
  private Packages() {}

  /** A geometry package used from main: types, methods, constants, variables, functions. */
  public static Program geometry() {
    Named[] point = new Named[1];
    return Go.program("packages", prog -> prog
        .pkg("example/geom", pkg -> pkg.file("geom.go", f -> {
          f.imports("fmt");
          Named p = point[0] = f.type("Point", struct(field("X", INT), field("Y", INT)));
          f.constant("Dimensions", 2);
          f.constant("unit", 1);
          f.var("Origin", p, lit(p, 0, 0));
          f.var("created", INT);
          f.func("New", fn -> {
            Var x = fn.param("x", INT);
            Var y = fn.param("y", INT);
            fn.result(p);
            fn.inc(id("created"));
            fn.ret(lit(p, x, y));
          });
          f.func("Created", fn -> {
            fn.result(INT);
            fn.ret(id("created"));
          });
          f.method(recv("p", p), "Add", (fn, self) -> {
            Var q = fn.param("q", p);
            fn.result(p);
            fn.ret(lit(p, self.field("X").add(q.field("X")), self.field("Y").add(q.field("Y"))));
          });
          f.method(recv("p", ptr(p)), "Scale", (fn, self) -> {
            Var k = fn.param("k", INT);
            fn.assign(self.field("X"), self.field("X").mul(k));
            fn.assign(self.field("Y"), self.field("Y").mul(k));
          });
          f.method(recv("p", p), "String", (fn, self) -> {
            fn.result(STRING);
            fn.ret(fmtSprintf("(%d,%d)", self.field("X"), self.field("Y")));
          });
          f.method(recv("p", p), "manhattan", (fn, self) -> {
            fn.result(INT);
            fn.ret(call("abs", self.field("X")).add(call("abs", self.field("Y"))).mul(id("unit")));
          });
          f.func("Manhattan", fn -> {
            Var a = fn.param("a", p);
            Var b = fn.param("b", p);
            fn.result(INT);
            fn.ret(lit(p, a.field("X").sub(b.field("X")), a.field("Y").sub(b.field("Y"))).method("manhattan"));
          });
          f.func("abs", fn -> {
            Var x = fn.param("x", INT);
            fn.result(INT);
            fn.ifThen(x.lt(0), t -> t.ret(Go.neg(x)));
            fn.ret(x);
          });
        }))
        .file("main.go", f -> {
          f.imports("example/geom", "fmt");
          f.func("main", b -> {
            Var a = b.define("a", pkgCall("geom", "New", 1, 2));
            Var c = b.define("c", pkgCall("geom", "New", 4, -2));
            b.call(fmtPrintln("a =", a, "c =", c, "sum =", a.method("Add", c)));
            b.call(fmtPrintln("origin:", sel("geom", "Origin"), "dimensions:", sel("geom", "Dimensions")));
            b.call(a.method("Scale", 3));
            b.call(fmtPrintln("scaled:", a, "X:", a.field("X")));
            b.call(fmtPrintln("distance:", pkgCall("geom", "Manhattan", a, c)));
            Var pts = b.define("pts", lit(sliceOf(point[0]), lit(point[0], 1, 1), sel("geom", "Origin"), a));
            b.call(fmtPrintf("%v %d %T\n", pts, Go.len(pts), pts.index(0)));
            b.assign(sel("geom", "Origin"), lit(point[0], 9, 9));
            b.call(fmtPrintln("origin moved:", sel("geom", "Origin")));
            Var q = b.define("q", Go.addr(sel("geom", "Origin")));
            b.call(q.method("Scale", 2));
            b.call(fmtPrintln("through a pointer:", sel("geom", "Origin"), "made:", pkgCall("geom", "Created")));
            Var dims = b.var("dims", INT, sel("geom", "Dimensions").mul(10));
            b.call(fmtPrintln(dims));
          });
        }));
  }

  /** trace(name, v) prints "var NAME = V" and returns v: initializers that show their order. */
  private static void trace(dev.gosem.api.build.FileBuilder f) {
    f.func("trace", fn -> {
      Var name = fn.param("name", STRING);
      Var v = fn.param("v", INT);
      fn.result(INT);
      fn.call(fmtPrintln("  init var", name, "=", v));
      fn.ret(v);
    });
  }

  /**
   * Package-level variables initialized in dependency order, not declaration order: through
   * later variables, through functions and methods that read them, a two-valued initializer,
   * and main's variables that read an imported package's, which is initialized first.
   */
  public static Program initDeps() {
    return Go.program("initdeps", prog -> prog
        .pkg("example/config", pkg -> pkg
            .file("config.go", f -> {
              f.imports("fmt");
              f.var("Total", INT, call("sum"));
              f.var("Base", INT, call("trace", "Base", id("Extra").mul(2)));
              f.var("Extra", INT, call("trace", "Extra", 5));
              f.func("sum", fn -> {
                fn.result(INT);
                fn.call(fmtPrintln("  sum reads Base and Extra"));
                fn.ret(id("Base").add(id("Extra")));
              });
              trace(f);
            })
            .file("pair.go", f -> {
              f.imports("fmt");
              Named lim = f.type("limits", struct(field("lo", INT), field("hi", INT)));
              f.method(recv("l", lim), "span", (fn, l) -> {
                fn.result(INT);
                fn.ret(l.field("hi").sub(l.field("lo")));
              });
              f.var("Span", INT, call("trace", "Span", id("bounds").method("span")));
              f.var("bounds", lim, lit(lim, id("Lo"), id("Hi")));
              f.vars(Go.names("Lo", "Hi"), null, call("pair"));
              f.func("pair", fn -> {
                fn.results(INT, INT);
                fn.call(fmtPrintln("  pair() gives Lo and Hi"));
                fn.ret(call("trace", "Lo", 1), call("trace", "Hi", id("Total").mul(2)));
              });
            }))
        .file("main.go", f -> {
          f.imports("example/config", "fmt");
          f.var("doubled", INT, call("show", "doubled", id("total").mul(2)));
          f.var("total", INT, call("show", "total", sel("config", "Total").add(sel("config", "Span"))));
          f.func("show", fn -> {
            Var name = fn.param("name", STRING);
            Var v = fn.param("v", INT);
            fn.result(INT);
            fn.call(fmtPrintln("  main var", name, "=", v));
            fn.ret(v);
          });
          f.func("main", b -> {
            b.call(fmtPrintln("main:", sel("config", "Base"), sel("config", "Extra"), sel("config", "Total"),
                sel("config", "Span"), id("total"), id("doubled")));
          });
        }));
  }

  /**
   * init functions in several files and packages: each package's variables, then its init
   * functions in file-name order (two in one file run in declaration order); an imported package
   * is initialized before its importers, and package main last.
   */
  public static Program initPackages() {
    return Go.program("initpackages", prog -> prog
        .pkg("example/alpha", pkg -> pkg
            .file("b.go", f -> {
              f.imports("fmt");
              f.var("B", INT, call("trace", "alpha.B", 2));
              f.func("init", b -> b.call(fmtPrintln("alpha: first init in b.go")));
              f.func("init", b -> b.call(fmtPrintln("alpha: second init in b.go")));
            })
            .file("a.go", f -> {
              f.imports("fmt");
              f.var("A", INT, call("trace", "alpha.A", id("B").add(1)));
              f.func("init", b -> b.call(fmtPrintln("alpha: init in a.go, A =", id("A"))));
              trace(f);
            }))
        .pkg("example/beta", pkg -> pkg
            .file("beta.go", f -> {
              f.imports("example/alpha", "fmt");
              f.var("Sum", INT, call("add", sel("alpha", "A"), sel("alpha", "B")));
              f.func("add", fn -> {
                Var x = fn.param("x", INT);
                Var y = fn.param("y", INT);
                fn.result(INT);
                fn.call(fmtPrintln("  init var beta.Sum =", x.add(y)));
                fn.ret(x.add(y));
              });
              f.func("init", b -> b.call(fmtPrintln("beta: init, Sum =", id("Sum"))));
            }))
        .file("z.go", f -> {
          f.imports("fmt");
          f.func("init", b -> b.call(fmtPrintln("main: init in z.go")));
        })
        .file("main.go", f -> {
          f.imports("example/alpha", "example/beta", "fmt");
          f.var("total", INT, sel("beta", "Sum").mul(sel("alpha", "A")));
          f.func("init", b -> b.call(fmtPrintln("main: init in main.go, total =", id("total"))));
          f.func("main", b -> b.call(fmtPrintln("main:", sel("alpha", "A"), sel("alpha", "B"), sel("beta", "Sum"), id("total"))));
        }));
  }

  /**
   * A diamond: left and right both import base, main imports both; base is initialized once,
   * before either, and its state is shared by all.
   */
  public static Program diamond() {
    return Go.program("diamond", prog -> prog
        .pkg("example/base", pkg -> pkg.file("base.go", f -> {
          f.imports("fmt");
          f.var("Inits", INT);
          f.var("log", sliceOf(STRING));
          f.func("init", b -> {
            b.inc(id("Inits"));
            b.call(fmtPrintln("base: init number", id("Inits")));
          });
          f.func("Register", fn -> {
            Var who = fn.param("who", STRING);
            fn.result(INT);
            fn.assign(id("log"), Go.append(id("log"), who));
            fn.ret(Go.len(id("log")));
          });
          f.func("Log", fn -> {
            fn.result(sliceOf(STRING));
            fn.ret(id("log"));
          });
        }))
        .pkg("example/left", pkg -> pkg.file("left.go", f -> {
          f.imports("example/base", "fmt");
          f.var("Order", INT, pkgCall("base", "Register", "left"));
          f.func("init", b -> b.call(fmtPrintln("left: init, registered as", id("Order"), "base inits:", sel("base", "Inits"))));
        }))
        .pkg("example/right", pkg -> pkg.file("right.go", f -> {
          f.imports("example/base", "fmt");
          f.var("Order", INT, pkgCall("base", "Register", "right"));
          f.func("init", b -> b.call(fmtPrintln("right: init, registered as", id("Order"), "base inits:", sel("base", "Inits"))));
        }))
        .file("main.go", f -> {
          f.imports("example/base", "example/left", "example/right", "fmt");
          f.func("init", b -> b.call(fmtPrintln("main: init, registered as", pkgCall("base", "Register", "main"))));
          f.func("main", b -> {
            b.call(fmtPrintln("log:", pkgCall("base", "Log"), "base initialized", sel("base", "Inits"), "time(s)"));
            b.call(fmtPrintln("orders:", sel("left", "Order"), sel("right", "Order")));
          });
        }));
  }

  /**
   * Exported and unexported names across packages: a type whose fields are unexported is built
   * and changed through exported functions and methods (value and pointer receivers), an
   * unexported helper method is used inside its package, the package's interface is implemented
   * by types of both packages, and main embeds the package's type (its methods are promoted).
   */
  public static Program exported() {
    Named[] acct = new Named[1];
    Named[] stmt = new Named[1];
    return Go.program("exported", prog -> prog
        .pkg("example/bank", pkg -> pkg.file("bank.go", f -> {
          f.imports("errors", "fmt");
          Named a = acct[0] = f.type("Account", struct(field("owner", STRING), field("balance", INT)));
          stmt[0] = f.type("Statement", Go.iface(Go.method("Summary", java.util.List.of(), STRING)));
          f.var("ErrInsufficient", dev.gosem.api.types.Types.ERROR, pkgCall("errors", "New", "insufficient funds"));
          f.func("Open", fn -> {
            Var owner = fn.param("owner", STRING);
            fn.result(ptr(a));
            fn.ret(Go.addr(lit(a, Go.kv("owner", owner))));
          });
          f.method(recv("a", ptr(a)), "Deposit", (fn, self) -> {
            Var n = fn.param("n", INT);
            fn.assign(self.field("balance"), self.field("balance").add(n));
          });
          f.method(recv("a", ptr(a)), "Withdraw", (fn, self) -> {
            Var n = fn.param("n", INT);
            fn.result(dev.gosem.api.types.Types.ERROR);
            fn.ifThen(Go.not(self.method("covers", n)), t -> t.ret(id("ErrInsufficient")));
            fn.assign(self.field("balance"), self.field("balance").sub(n));
            fn.ret(Go.nil());
          });
          f.method(recv("a", a), "covers", (fn, self) -> {
            Var n = fn.param("n", INT);
            fn.result(dev.gosem.api.types.Types.BOOL);
            fn.ret(self.field("balance").ge(n));
          });
          f.method(recv("a", a), "Balance", (fn, self) -> {
            fn.result(INT);
            fn.ret(self.field("balance"));
          });
          f.method(recv("a", a), "Summary", (fn, self) -> {
            fn.result(STRING);
            fn.ret(fmtSprintf("%s has %d", self.field("owner"), self.field("balance")));
          });
          f.func("Print", fn -> {
            Var s = fn.param("s", stmt[0]);
            fn.call(fmtPrintln("statement:", s.method("Summary")));
          });
        }))
        .file("main.go", f -> {
          f.imports("example/bank", "fmt");
          Named vip = f.type("VIP", struct(Go.embed(acct[0]), field("Level", INT)));
          Named memo = f.type("memo", STRING);
          f.method(recv("m", memo), "Summary", (fn, m) -> {
            fn.result(STRING);
            fn.ret(Go.str("memo: ").add(Go.conv(STRING, m)));
          });
          f.func("main", b -> {
            Var alice = b.define("alice", pkgCall("bank", "Open", "alice"));
            b.call(alice.method("Deposit", 50));
            b.call(fmtPrintln("withdraw 20:", alice.method("Withdraw", 20)));
            b.call(fmtPrintln("withdraw 99:", alice.method("Withdraw", 99)));
            b.call(fmtPrintln("balance:", alice.method("Balance"), "value:", alice.deref()));
            b.call(fmtPrintf("%+v %T\n", alice.deref(), alice));
            Var v = b.define("v", lit(vip, Go.kv("Level", 2)));
            b.call(v.method("Deposit", 7));
            b.call(fmtPrintln("vip:", v.method("Balance"), v.method("Summary"), v.field("Level")));
            b.call(pkgCall("bank", "Print", alice));
            b.call(pkgCall("bank", "Print", v));
            b.call(pkgCall("bank", "Print", Go.conv(memo, "thanks")));
            Var s = b.var("s", stmt[0], alice.deref());
            b.call(fmtPrintln(s.method("Summary"), pkgCall("fmt", "Sprintf", "%T", s)));
          });
        }));
  }

  /**
   * runtime.GOOS, and GOARCH through build constraints: arch_amd64.go is built for amd64 (Go's
   * build, gosem's amd64 target), arch_vm.go (//go:build jvm) for gosem's JVM target; both say
   * the same, so every build prints the same lines. runtime.GOARCH itself differs (amd64 against
   * jvm) and is only compared. The package example/platform picks its file the same way.
   */
  public static Program goos() {
    return Go.program("goos", prog -> prog
        .pkg("example/platform", pkg -> pkg
            .file("platform.go", f -> {
              f.imports("runtime");
              f.func("OS", fn -> {
                fn.result(STRING);
                fn.ret(sel("runtime", "GOOS"));
              });
            })
            .file("word_amd64.go", f -> f.constant("WordBits", 64))
            .file("word_vm.go", f -> {
              f.build("jvm");
              f.constant("WordBits", 64);
            })
            .file("word_other.go", f -> {
              f.build("!amd64 && !jvm");
              f.constant("WordBits", 32);
            }))
        .file("main.go", f -> {
          f.imports("example/platform", "fmt", "runtime");
          f.func("main", b -> {
            b.call(fmtPrintln("GOOS:", sel("runtime", "GOOS"), "from the package:", pkgCall("platform", "OS")));
            b.call(fmtPrintln("linux?", sel("runtime", "GOOS").eq("linux")));
            b.call(fmtPrintln("a known GOARCH?", sel("runtime", "GOARCH").eq("amd64").orElse(sel("runtime", "GOARCH").eq("jvm"))));
            b.call(fmtPrintln("arch says:", call("arch"), "word bits:", sel("platform", "WordBits")));
            b.constant("osLen", Go.len(sel("runtime", "GOOS")));
            b.call(fmtPrintln("len(GOOS) is a constant:", id("osLen")));
          });
        })
        .file("arch_amd64.go", f -> f.func("arch", fn -> {
          fn.result(STRING);
          fn.ret("a 64-bit little-endian machine");
        }))
        .file("arch_vm.go", f -> {
          f.build("jvm");
          f.func("arch", fn -> {
            fn.result(STRING);
            fn.ret("a 64-bit little-endian machine");
          });
        }));
  }

  /**
   * A package's name is its package clause, not its path: example/geom is package geometry, so
   * its importers say geometry.Area; an import can rename a package (u "example/util"), and a
   * blank import (_ "example/logger") is there only for the package's initialization.
   */
  public static Program pkgNames() {
    return Go.program("pkgnames", prog -> prog
        .pkg("example/geom", pkg -> pkg.name("geometry").file("geom.go", f -> {
          Named sq = f.type("Square", struct(field("Side", INT)));
          f.method(recv("s", sq), "Area", (fn, self) -> {
            fn.result(INT);
            fn.ret(self.field("Side").mul(self.field("Side")));
          });
          f.func("Area", fn -> {
            Var w = fn.param("w", INT);
            Var h = fn.param("h", INT);
            fn.result(INT);
            fn.ret(w.mul(h));
          });
        }))
        .pkg("example/util", pkg -> pkg.file("util.go", f -> {
          f.func("Twice", fn -> {
            Var x = fn.param("x", INT);
            fn.result(INT);
            fn.ret(x.mul(2));
          });
        }))
        .pkg("example/logger", pkg -> pkg.file("logger.go", f -> {
          f.imports("fmt");
          f.func("init", b -> b.call(fmtPrintln("logger: initialized by a blank import")));
        }))
        .file("main.go", f -> {
          f.imports("example/geom", "fmt");
          f.importAs("u", "example/util");
          f.importAs("_", "example/logger");
          f.func("main", b -> {
            b.call(fmtPrintln("area:", Go.pkgCall("geometry", "Area", 3, 4), "twice:", Go.pkgCall("u", "Twice", 21)));
            Var s = b.define("s", lit(new Named("example/geom", "geometry", "Square", null), 5));
            b.call(fmtPrintf("%v %+v %T %d\n", s, s, s, s.method("Area")));
          });
        }));
  }

  /**
   * Errors across packages: a sentinel error variable, a custom error type with a pointer
   * receiver, wrapping with %w; main tests them with errors.Is, errors.As and a type switch,
   * and %T names the other package's type.
   */
  public static Program pkgErrors() {
    Named[] keyErr = new Named[1];
    return Go.program("pkgerrors", prog -> prog
        .pkg("example/store", pkg -> pkg.file("store.go", f -> {
          f.imports("errors", "fmt");
          f.var("ErrNotFound", dev.gosem.api.types.Types.ERROR, pkgCall("errors", "New", "not found"));
          Named ke = keyErr[0] = f.type("KeyError", struct(field("Key", STRING), field("Reason", STRING)));
          f.method(recv("e", ptr(ke)), "Error", (fn, e) -> {
            fn.result(STRING);
            fn.ret(fmtSprintf("key %q: %s", e.field("Key"), e.field("Reason")));
          });
          f.var("data", Go.mapOf(STRING, INT), lit(Go.mapOf(STRING, INT), Go.kv("a", 1), Go.kv("b", 2)));
          f.func("Get", fn -> {
            Var k = fn.param("k", STRING);
            fn.results(INT, dev.gosem.api.types.Types.ERROR);
            fn.ifThen(k.eq(""), t -> t.ret(0, Go.addr(lit(ke, k, "empty key"))));
            fn.ifInit(b -> {
              b.define(Go.names("v", "ok"), id("data").index(k));
              return id("ok");
            }, t -> t.ret(id("v"), Go.nil()));
            fn.ret(0, Go.fmtErrorf("get %s: %w", k, id("ErrNotFound")));
          });
        }))
        .file("main.go", f -> {
          f.imports("errors", "example/store", "fmt");
          f.func("main", b -> {
            b.rangeOver(lit(sliceOf(STRING), "a", "zz", ""), "_", "k", (body, unused, k) -> {
              Var[] ve = body.define(Go.names("v", "err"), pkgCall("store", "Get", k));
              Var err = ve[1];
              body.call(fmtPrintf("%q: %d %v\n", k, ve[0], err));
              body.call(fmtPrintln("  is ErrNotFound:", pkgCall("errors", "Is", err, sel("store", "ErrNotFound"))));
              Var target = body.var("ke", ptr(keyErr[0]));
              body.ifThen(pkgCall("errors", "As", err, target.addr()), t ->
                  t.call(fmtPrintf("  a %T for key %q\n", target, target.field("Key"))));
              body.typeSwitch("e", err, cs -> cs
                  .caseNil(c -> c.call(fmtPrintln("  no error")))
                  .caseOf(ptr(keyErr[0]), (c, e) -> c.call(fmtPrintln("  *store.KeyError:", e.field("Reason"))))
                  .defaultCase((c, e) -> c.call(fmtPrintf("  %T\n", e))));
            });
          });
        }));
  }

  /**
   * An enumeration in another package: a named integer type with iota constants and a String
   * method, used by main in switches, arithmetic, comparisons and as array indexes.
   */
  public static Program pkgEnum() {
    Named[] color = new Named[1];
    return Go.program("pkgenum", prog -> prog
        .pkg("example/color", pkg -> pkg.file("color.go", f -> {
          f.imports("fmt");
          Named c = color[0] = f.type("Color", INT);
          f.constGroup(g -> g.constant("Red", c, Go.iota()).next("Green").next("Blue").next("count"));
          f.constant("Count", Go.conv(INT, id("count")));
          f.var("names", Go.arrayOf(3, STRING), lit(Go.arrayOf(3, STRING), "red", "green", "blue"));
          f.method(recv("c", c), "String", (fn, self) -> {
            fn.result(STRING);
            fn.ifThen(self.lt(0).orElse(self.ge(id("count"))), t -> t.ret(fmtSprintf("Color(%d)", Go.conv(INT, self))));
            fn.ret(id("names").index(self));
          });
          f.method(recv("c", c), "Next", (fn, self) -> {
            fn.result(c);
            fn.ret(Go.paren(self.add(1)).rem(id("count")));
          });
        }))
        .file("main.go", f -> {
          f.imports("example/color", "fmt");
          f.func("main", b -> {
            Var counts = b.var("counts", Go.arrayOf(3, INT));
            b.call(fmtPrintln("colors:", sel("color", "Count")));
            b.rangeInt("i", 3, (body, i) -> {
              Var c = body.define("c", Go.conv(color[0], i));
              body.switchOn(c, sw -> sw
                  .caseOf(sel("color", "Red"), x -> x.call(fmtPrintln(c, "is red")))
                  .caseOf(java.util.List.of(sel("color", "Green"), sel("color", "Blue")), x -> x.call(fmtPrintln(c, "is green or blue"))));
              body.inc(counts.index(c));
              body.call(fmtPrintf("%v %d %s next %v\n", c, c, c, c.method("Next")));
            });
            b.call(fmtPrintln(counts, sel("color", "Blue").add(1), sel("color", "Red").lt(sel("color", "Blue"))));
            Var x = b.var("x", color[0], 7);
            b.call(fmtPrintf("%v %T\n", x, x));
          });
        }));
  }

  /**
   * A panic in another package: an index out of range inside example/table's function ends the
   * program with Go's report and exit status 2, after main's output so far.
   */
  public static Program pkgPanic() {
    return Go.program("pkgpanic", prog -> prog
        .pkg("example/table", pkg -> pkg.file("table.go", f -> {
          f.var("rows", sliceOf(INT), lit(sliceOf(INT), 10, 20, 30));
          f.func("Row", fn -> {
            Var i = fn.param("i", INT);
            fn.result(INT);
            fn.ret(id("rows").index(i));
          });
        }))
        .file("main.go", f -> {
          f.imports("example/table", "fmt");
          f.func("main", b -> {
            b.rangeInt("i", 5, (body, i) -> body.call(fmtPrintln("row", i, "=", pkgCall("table", "Row", i))));
          });
        }));
  }

  /**
   * Imported packages are initialized before the importer's variables: main's variables read
   * a registry that example/registry fills in its init functions (two files), through functions,
   * closures and a func-typed variable of that package.
   */
  public static Program initFuncs() {
    return Go.program("initfuncs", prog -> prog
        .pkg("example/registry", pkg -> pkg
            .file("registry.go", f -> {
              f.imports("fmt");
              f.var("names", sliceOf(STRING));
              f.var("Hook", Go.sig(java.util.List.of(STRING), STRING), Go.func(fn -> {
                Var s = fn.param("s", STRING);
                fn.result(STRING);
                fn.ret(Go.str("<").add(s).add(">"));
              }));
              f.func("Add", fn -> {
                Var n = fn.param("n", STRING);
                fn.assign(id("names"), Go.append(id("names"), id("Hook").call(n)));
              });
              f.func("Names", fn -> {
                fn.result(sliceOf(STRING));
                fn.call(fmtPrintln("registry.Names called with", Go.len(id("names")), "names"));
                fn.ret(id("names"));
              });
              f.func("Counter", fn -> {
                fn.result(Go.sig(java.util.List.of(), INT));
                Var n = fn.define("n", Go.len(id("names")));
                fn.ret(Go.func(c -> {
                  c.result(INT);
                  c.inc(n);
                  c.ret(n);
                }));
              });
              f.func("init", b -> b.call(pkgCall("fmt", "Println", "registry: init in registry.go")));
              f.func("init", b -> b.call(call("Add", "first")));
            })
            .file("second.go", f -> f.func("init", b -> {
              b.call(call("Add", "second"));
              b.assign(id("Hook"), Go.func(fn -> {
                Var s = fn.param("s", STRING);
                fn.result(STRING);
                fn.ret(Go.str("[").add(s).add("]"));
              }));
              b.call(call("Add", "third"));
            })))
        .file("main.go", f -> {
          f.imports("example/registry", "fmt");
          f.var("snapshot", sliceOf(STRING), pkgCall("registry", "Names"));
          f.var("next", Go.sig(java.util.List.of(), INT), pkgCall("registry", "Counter"));
          f.func("main", b -> {
            b.call(fmtPrintln("snapshot:", id("snapshot"), len3()));
            b.call(pkgCall("registry", "Add", "fourth"));
            b.call(fmtPrintln("now:", pkgCall("registry", "Names")));
            b.call(fmtPrintln("counter:", id("next").call(), id("next").call()));
            Var add = b.define("add", sel("registry", "Add"));
            b.call(add.call("fifth"));
            b.assign(sel("registry", "Hook"), Go.func(fn -> {
              Var s = fn.param("s", STRING);
              fn.result(STRING);
              fn.ret(s);
            }));
            b.call(add.call("sixth"));
            b.call(fmtPrintln("last:", pkgCall("registry", "Names")));
          });
        }));
  }

  private static Object len3() {
    return Go.len(id("snapshot"));
  }
}
