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
}
