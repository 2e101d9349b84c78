package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.nil;
import static dev.gosem.api.build.Go.pkgType;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.recv;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.strconvItoa;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.types.Types.BOOL;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;

/**
 * LinkedList is a singly linked list of heap nodes behind pointer-receiver methods: push at the
 * front, append at the back, in-place reversal, removal through a pointer to the link being
 * changed (**Node), the middle by slow and fast pointers, and Floyd's cycle detection after a
 * cycle is made on purpose. The list prints itself through a String method on *List.
 */
public final class LinkedList {
  private LinkedList() {}

  public static Program program() {
    return Go.program("linkedlist", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "strconv", "strings");
      Named node = f.type("Node", self -> struct(field("Val", INT), field("Next", ptr(self))));
      Named list = f.type("List", struct(field("head", ptr(node)), field("size", INT)));
      f.method(recv("l", ptr(list)), "Push", (fn, l) -> {
        Var v = fn.param("v", INT);
        fn.assign(l.field("head"), lit(node, v, l.field("head")).addr());
        fn.inc(l.field("size"));
      });
      f.method(recv("l", ptr(list)), "Append", (fn, l) -> {
        Var v = fn.param("v", INT);
        Var n = fn.define("n", lit(node, Go.kv("Val", v)).addr());
        fn.inc(l.field("size"));
        fn.ifThen(l.field("head").eq(nil()), t -> {
          t.assign(l.field("head"), n);
          t.ret();
        });
        Var cur = fn.define("cur", l.field("head"));
        fn.whileLoop(cur.field("Next").ne(nil()), body -> body.assign(cur, cur.field("Next")));
        fn.assign(cur.field("Next"), n);
      });
      f.method(recv("l", ptr(list)), "Reverse", (fn, l) -> {
        Var prev = fn.var("prev", ptr(node));
        Var n = fn.define("n", l.field("head"));
        fn.whileLoop(n.ne(nil()), body -> {
          Var next = body.define("next", n.field("Next"));
          body.assign(n.field("Next"), prev);
          body.assign(prev, n);
          body.assign(n, next);
        });
        fn.assign(l.field("head"), prev);
      });
      f.method(recv("l", ptr(list)), "Remove", (fn, l) -> {
        Var v = fn.param("v", INT);
        fn.result(BOOL);
        fn.forLoop(loop -> {
          Var pp = loop.init().define("pp", l.field("head").addr());
          loop.cond(pp.deref().ne(nil()));
          loop.post().assign(pp, Go.paren(pp.deref()).field("Next").addr());
          loop.body(body -> body.ifThen(Go.paren(pp.deref()).field("Val").eq(v), t -> {
            t.assign(pp.deref(), Go.paren(pp.deref()).field("Next"));
            t.dec(l.field("size"));
            t.ret(true);
          }));
        });
        fn.ret(false);
      });
      f.method(recv("l", ptr(list)), "Middle", (fn, l) -> {
        fn.result(INT);
        Var[] sf = fn.define(Go.names("slow", "fast"), l.field("head"), l.field("head"));
        fn.whileLoop(sf[1].ne(nil()).andAlso(sf[1].field("Next").ne(nil())), body -> {
          body.assign(sf[0], sf[0].field("Next"));
          body.assign(sf[1], sf[1].field("Next").field("Next"));
        });
        fn.ret(sf[0].field("Val"));
      });
      f.method(recv("l", ptr(list)), "String", (fn, l) -> {
        fn.result(STRING);
        Var parts = fn.var("parts", sliceOf(STRING));
        fn.forLoop(loop -> {
          Var n = loop.init().define("n", l.field("head"));
          loop.cond(n.ne(nil()));
          loop.post().assign(n, n.field("Next"));
          loop.body(body -> body.assign(parts, Go.append(parts, strconvItoa(n.field("Val")))));
        });
        fn.ret(Go.str("[").add(Go.pkgCall("strings", "Join", parts, " -> ")).add("] size ").add(strconvItoa(l.field("size"))));
      });
      f.func("hasCycle", fn -> {
        Var head = fn.param("head", ptr(node));
        fn.result(BOOL);
        Var[] sf = fn.define(Go.names("slow", "fast"), head, head);
        fn.whileLoop(sf[1].ne(nil()).andAlso(sf[1].field("Next").ne(nil())), body -> {
          body.assign(sf[0], sf[0].field("Next"));
          body.assign(sf[1], sf[1].field("Next").field("Next"));
          body.ifThen(sf[0].eq(sf[1]), t -> t.ret(true));
        });
        fn.ret(false);
      });
      f.func("main", b -> {
        Var l = b.define("l", lit(list).addr());
        b.call(fmtPrintln(l));
        b.rangeInt("i", 5, (body, i) -> body.call(l.method("Push", i)));
        b.call(fmtPrintln(l));
        b.rangeOver(lit(sliceOf(INT), 10, 20, 30), "_", "v", (body, k, v) -> body.call(l.method("Append", v)));
        b.call(fmtPrintln(l, "middle", l.method("Middle")));
        b.call(l.method("Reverse"));
        b.call(fmtPrintln("reversed", l));
        b.rangeOver(lit(sliceOf(INT), 30, 0, 2, 99, 4, 10), "_", "v", (body, k, v) ->
            body.call(fmtPrintln("remove", v, l.method("Remove", v), l)));
        b.call(fmtPrintln("middle", l.method("Middle"), "cycle", Go.call("hasCycle", l.field("head"))));
        Var empty = b.var("empty", list);
        b.call(empty.method("Reverse"));
        b.call(fmtPrintln(empty.addr(), empty.method("Remove", 1)));
        Var last = b.define("last", l.field("head"));
        b.whileLoop(last.field("Next").ne(nil()), body -> body.assign(last, last.field("Next")));
        b.assign(last.field("Next"), l.field("head"));
        b.call(fmtPrintln("after linking the tail to the head, cycle:", Go.call("hasCycle", l.field("head")), last.field("Next").field("Val")));
        Var single = b.define("single", lit(node, Go.kv("Val", 7)).addr());
        b.call(fmtPrintln(single.deref(), single.field("Next").eq(nil()), Go.call("hasCycle", single), Go.call("hasCycle", nil())));
      });
    }));
  }
}
