package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.fmtSprintf;
import static dev.gosem.api.build.Go.iface;
import static dev.gosem.api.build.Go.kv;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.mapOf;
import static dev.gosem.api.build.Go.method;
import static dev.gosem.api.build.Go.pkgCall;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.recv;
import static dev.gosem.api.build.Go.sig;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.types.Types.BOOL;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;
import java.util.List;

/**
 * MethodValues turns methods into func values: x.M binds its receiver when evaluated (a value
 * receiver is copied then, so later changes do not show; a pointer receiver sees them), T.M and
 * (*T).M are method expressions taking the receiver as the first argument, method values of an
 * interface dispatch on the dynamic type (bound when evaluated), and bound methods are stored in maps and slices.
 */
public final class MethodValues {
  private MethodValues() {}

  public static Program program() {
    return Go.program("methodvalues", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "sort");
      Named account = f.type("Account", struct(field("Owner", STRING), field("Balance", INT)));
      f.method(recv("a", ptr(account)), "Deposit", (fn, a) -> {
        Var n = fn.param("n", INT);
        fn.addAssign(a.field("Balance"), n);
      });
      f.method(recv("a", account), "Report", (fn, a) -> {
        fn.result(STRING);
        fn.ret(fmtSprintf("%s has %d", a.field("Owner"), a.field("Balance")));
      });
      Named reporter = f.type("Reporter", iface(method("Report", List.of(), STRING)));
      Named shout = f.type("Shout", STRING);
      f.method(recv("s", shout), "Report", (fn, s) -> {
        fn.result(STRING);
        fn.ret(conv(STRING, s).add("!"));
      });
      f.func("apply", fn -> {
        Var fs = fn.param("fs", sliceOf(sig(List.of(INT))));
        Var n = fn.param("n", INT);
        fn.rangeOver(fs, "_", "g", (body, k, g) -> body.call(g.call(n)));
      });
      f.func("main", b -> {
        Var acc = b.define("acc", lit(account, "ann", 10));
        Var deposit = b.define("deposit", acc.field("Deposit"));
        Var report = b.define("report", acc.field("Report"));
        b.call(deposit.call(5));
        b.call(deposit.call(5));
        b.call(fmtPrintln(acc.field("Balance"), "|", report.call(), "|", acc.method("Report")));
        Var expr = b.define("expr", Go.paren(Go.deref(account)).field("Deposit"));
        b.call(expr.call(acc.addr(), 100));
        Var rep = b.define("rep", Go.ex(account).field("Report"));
        b.call(fmtPrintln(rep.call(acc), rep.call(lit(account, "zed", -1))));
        b.call(fmtPrintf("%T | %T | %T | %T\n", deposit, report, expr, rep));

        Var bob = b.define("bob", lit(account, kv("Owner", "bob")).addr());
        Var ops = b.define("ops", lit(mapOf(STRING, sig(List.of(INT))), kv("ann", acc.field("Deposit")), kv("bob", bob.field("Deposit"))));
        b.call(ops.index("ann").call(1));
        b.call(ops.index("bob").call(2));
        b.call(ops.index("bob").call(3));
        b.call(fmtPrintln(acc.method("Report"), "|", bob.method("Report"), "|", len(ops)));
        b.call("apply", lit(sliceOf(sig(List.of(INT))), acc.field("Deposit"), bob.field("Deposit"), bob.field("Deposit")), 1000);
        b.call(fmtPrintln(acc.field("Balance"), bob.field("Balance")));

        Var rs = b.define("rs", lit(sliceOf(reporter), acc, bob, conv(shout, "hey")));
        Var bound = b.var("bound", sliceOf(sig(List.of(), STRING)));
        b.rangeOver(rs, "_", "r", (body, k, r) -> body.assign(bound, Go.append(bound, r.field("Report"))));
        b.call(acc.method("Deposit", 1));
        b.call(bob.method("Deposit", 1));
        b.rangeOver(bound, "i", "g", (body, i, g) -> body.call(fmtPrintln(i, g.call())));
        Var viaFunc = b.define("viaFunc", Go.func(fn -> {
          Var r = fn.param("r", reporter);
          fn.result(STRING);
          fn.ret(r.method("Report"));
        }));
        b.call(fmtPrintf("%s | %s | %T\n", viaFunc.call(conv(shout, "expr")), viaFunc.call(bob), viaFunc));

        Var names = b.define("names", lit(sliceOf(STRING), "kim", "al", "jo"));
        Var less = b.define("less", Go.func(fn -> {
          Var i = fn.param("i", INT);
          Var j = fn.param("j", INT);
          fn.result(BOOL);
          fn.ret(names.index(i).lt(names.index(j)));
        }));
        b.call(pkgCall("sort", "Slice", names, less));
        b.call(fmtPrintln(names, less.eq(Go.nil()), deposit.ne(Go.nil())));
      });
    }));
  }

}
