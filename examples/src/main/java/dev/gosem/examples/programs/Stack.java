package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.append;
import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.kv;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.mapOf;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.recv;
import static dev.gosem.api.build.Go.rune;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.types.Types.BOOL;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;

/**
 * Stack implements a stack and a queue as named slice types with pointer-receiver methods
 * (Push, Pop with a comma-ok result, Peek, Len) and uses them: matching brackets in a string with
 * a rune stack and a map from closers to openers, an undo history, and a breadth-first order of a
 * small tree kept in a queue.
 */
public final class Stack {
  private Stack() {}

  public static Program program() {
    return Go.program("stack", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      Named stack = f.type("Stack", sliceOf(Go.RUNE));
      f.method(recv("s", ptr(stack)), "Push", (fn, s) -> {
        Var r = fn.param("r", Go.RUNE);
        fn.assign(s.deref(), append(s.deref(), r));
      });
      f.method(recv("s", ptr(stack)), "Pop", (fn, s) -> {
        fn.results(Go.RUNE, BOOL);
        fn.ifThen(len(s.deref()).eq(0), t -> t.ret(0, false));
        Var top = fn.define("top", Go.paren(s.deref()).index(len(s.deref()).sub(1)));
        fn.assign(s.deref(), Go.paren(s.deref()).slice(null, len(s.deref()).sub(1)));
        fn.ret(top, true);
      });
      f.method(recv("s", stack), "Peek", (fn, s) -> {
        fn.result(Go.RUNE);
        fn.ifThen(len(s).eq(0), t -> t.ret(0));
        fn.ret(s.index(len(s).sub(1)));
      });
      Named queue = f.type("Queue", sliceOf(INT));
      f.method(recv("q", ptr(queue)), "Put", (fn, q) -> {
        Var v = fn.variadic("v", INT);
        fn.assign(q.deref(), Go.appendSpread(q.deref(), v));
      });
      f.method(recv("q", ptr(queue)), "Take", (fn, q) -> {
        fn.result(INT);
        Var v = fn.define("v", Go.paren(q.deref()).index(0));
        fn.assign(q.deref(), Go.paren(q.deref()).slice(1, null));
        fn.ret(v);
      });
      f.method(recv("q", queue), "Empty", (fn, q) -> {
        fn.result(BOOL);
        fn.ret(len(q).eq(0));
      });
      f.var("pairs", null, lit(mapOf(Go.RUNE, Go.RUNE), kv(')', '('), kv(']', '['), kv('}', '{'), kv('>', '<')));
      f.func("balanced", fn -> {
        Var text = fn.param("text", STRING);
        fn.results(BOOL, STRING);
        Var s = fn.var("s", stack);
        fn.rangeOver(text, "i", "r", (body, i, r) -> body.switchOn(r, sw -> sw
            .caseOf(java.util.List.of('(', '[', '{', '<'), c -> c.call(s.method("Push", r)))
            .caseOf(java.util.List.of(')', ']', '}', '>'), c -> {
              Var[] tk = c.define(Go.names("top", "ok"), s.method("Pop"));
              c.ifThen(Go.not(tk[1]), t -> t.ret(false, Go.fmtSprintf("unexpected %q at %d", r, i)));
              c.ifThen(tk[0].ne(Go.id("pairs").index(r)), t -> t.ret(false, Go.fmtSprintf("%q at %d closes %q", r, i, tk[0])));
            })));
        fn.ifThen(len(s).gt(0), t -> t.ret(false, Go.fmtSprintf("%d unclosed, innermost %q", len(s), s.method("Peek"))));
        fn.ret(true, "ok");
      });
      f.func("main", b -> {
        Var s = b.var("s", stack);
        b.rangeOver("abc", "_", "r", (body, k, r) -> body.call(s.method("Push", r)));
        b.call(fmtPrintln(s, len(s), Go.conv(STRING, s), Go.conv(STRING, s.method("Peek"))));
        b.forever(body -> {
          Var[] rk = body.define(Go.names("r", "ok"), s.method("Pop"));
          body.ifThen(Go.not(rk[1]), t -> t.brk());
          body.call(fmtPrintf("pop %c, left %q\n", rk[0], Go.conv(STRING, s)));
        });
        Var[] rk = b.define(Go.names("r", "ok"), s.method("Pop"));
        b.call(fmtPrintln("empty pop:", rk[0], rk[1], s.method("Peek"), s.eq(Go.nil())));

        b.rangeOver(lit(sliceOf(STRING), "(a[b]{c})", "f(x) = [g(y), {h}]", "((", "(]", "a)b", "<{[()]}>", "", "{[}]"), "_", "t", (body, k, t) -> {
          Var[] bm = body.define(Go.names("ok", "msg"), call("balanced", t));
          body.call(fmtPrintf("%-22q %-5t %s\n", t, bm[0], bm[1]));
        });

        Var history = b.var("history", stack);
        Var text = b.define("text", "");
        b.rangeOver("hello", "_", "r", (body, k, r) -> {
          body.call(history.method("Push", r));
          body.addAssign(text, Go.conv(STRING, r));
        });
        b.rangeInt(2, body -> {
          body.call(history.method("Pop"));
          body.assign(text, Go.conv(STRING, history));
          body.call(fmtPrintln("undo ->", text));
        });

        Var children = b.define("children", lit(mapOf(INT, sliceOf(INT)), kv(1, lit(sliceOf(INT), 2, 3, 4)), kv(2, lit(sliceOf(INT), 5, 6)), kv(4, lit(sliceOf(INT), 7)), kv(6, lit(sliceOf(INT), 8, 9))));
        Var q = b.var("q", queue);
        b.call(q.method("Put", 1));
        Var order = b.var("order", sliceOf(INT));
        b.whileLoop(Go.not(q.method("Empty")), body -> {
          Var n = body.define("n", q.method("Take"));
          body.assign(order, append(order, n));
          body.call(q.field("Put").callSpread(children.index(n)));
          body.call(fmtPrintln("visit", n, "queue", q, len(q), Go.cap(q)));
        });
        b.call(fmtPrintln("breadth first:", order, rune('x')));
      });
    }));
  }
}
