package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.append;
import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.func;
import static dev.gosem.api.build.Go.kv;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.nil;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.recv;
import static dev.gosem.api.build.Go.sig;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.types.Types.BOOL;
import static dev.gosem.api.types.Types.INT;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;
import java.util.List;

/**
 * BinaryTree is a binary search tree of heap nodes: insertion returns the possibly new root,
 * methods on *Tree work on a nil receiver (an empty tree has height 0 and contains nothing), an
 * in-order walk takes a callback closure that appends to a captured slice, deletion handles the
 * two-children case with the in-order successor, and the tree prints sideways.
 */
public final class BinaryTree {
  private BinaryTree() {}

  public static Program program() {
    return Go.program("bst", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "strings");
      Named tree = f.type("Tree", self -> struct(field("Left", ptr(self)), field("Right", ptr(self)), field("Key", INT), field("Count", INT)));
      f.func("insert", fn -> {
        Var t = fn.param("t", ptr(tree));
        Var k = fn.param("k", INT);
        fn.result(ptr(tree));
        fn.ifThen(t.eq(nil()), th -> th.ret(lit(tree, kv("Key", k), kv("Count", 1)).addr()));
        fn.switchTagless(sw -> sw
            .caseOf(k.lt(t.field("Key")), c -> c.assign(t.field("Left"), call("insert", t.field("Left"), k)))
            .caseOf(k.gt(t.field("Key")), c -> c.assign(t.field("Right"), call("insert", t.field("Right"), k)))
            .defaultCase(c -> c.inc(t.field("Count"))));
        fn.ret(t);
      });
      f.method(recv("t", ptr(tree)), "Height", (fn, t) -> {
        fn.result(INT);
        fn.ifThen(t.eq(nil()), th -> th.ret(0));
        Var[] lr = fn.define(Go.names("l", "r"), t.field("Left").method("Height"), t.field("Right").method("Height"));
        fn.ifThen(lr[0].gt(lr[1]), th -> th.ret(lr[0].add(1)));
        fn.ret(lr[1].add(1));
      });
      f.method(recv("t", ptr(tree)), "Contains", (fn, t) -> {
        Var k = fn.param("k", INT);
        fn.result(BOOL);
        fn.whileLoop(t.ne(nil()), body -> body.switchTagless(sw -> sw
            .caseOf(k.lt(t.field("Key")), c -> c.assign(t, t.field("Left")))
            .caseOf(k.gt(t.field("Key")), c -> c.assign(t, t.field("Right")))
            .defaultCase(c -> c.ret(true))));
        fn.ret(false);
      });
      f.method(recv("t", ptr(tree)), "Walk", (fn, t) -> {
        Var visit = fn.param("visit", sig(List.of(INT, INT)));
        fn.ifThen(t.eq(nil()), th -> th.ret());
        fn.call(t.field("Left").method("Walk", visit));
        fn.call(visit.call(t.field("Key"), t.field("Count")));
        fn.call(t.field("Right").method("Walk", visit));
      });
      f.method(recv("t", ptr(tree)), "Min", (fn, t) -> {
        fn.result(INT);
        fn.whileLoop(t.field("Left").ne(nil()), body -> body.assign(t, t.field("Left")));
        fn.ret(t.field("Key"));
      });
      f.func("remove", fn -> {
        Var t = fn.param("t", ptr(tree));
        Var k = fn.param("k", INT);
        fn.result(ptr(tree));
        fn.ifThen(t.eq(nil()), th -> th.ret(nil()));
        fn.switchTagless(sw -> sw
            .caseOf(k.lt(t.field("Key")), c -> c.assign(t.field("Left"), call("remove", t.field("Left"), k)))
            .caseOf(k.gt(t.field("Key")), c -> c.assign(t.field("Right"), call("remove", t.field("Right"), k)))
            .caseOf(t.field("Left").eq(nil()), c -> c.ret(t.field("Right")))
            .caseOf(t.field("Right").eq(nil()), c -> c.ret(t.field("Left")))
            .defaultCase(c -> {
              Var m = c.define("m", t.field("Right").method("Min"));
              c.assign(t.field("Key"), m);
              c.assign(t.field("Right"), call("remove", t.field("Right"), m));
            }));
        fn.ret(t);
      });
      f.func("show", fn -> {
        Var t = fn.param("t", ptr(tree));
        Var depth = fn.param("depth", INT);
        fn.ifThen(t.eq(nil()), th -> th.ret());
        fn.call("show", t.field("Right"), depth.add(1));
        fn.call(fmtPrintf("%s%d\n", Go.pkgCall("strings", "Repeat", "    ", depth), t.field("Key")));
        fn.call("show", t.field("Left"), depth.add(1));
      });
      f.func("keys", fn -> {
        Var t = fn.param("t", ptr(tree));
        fn.result(sliceOf(INT));
        Var out = fn.var("out", sliceOf(INT));
        fn.call(t.method("Walk", func(v -> {
          Var k = v.param("k", INT);
          v.param("_", INT);
          v.assign(out, append(out, k));
        })));
        fn.ret(out);
      });
      f.func("main", b -> {
        Var root = b.var("root", ptr(tree));
        b.call(fmtPrintln("empty:", root.method("Height"), root.method("Contains", 1), call("keys", root), call("keys", root).eq(nil())));
        b.rangeOver(lit(sliceOf(INT), 50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30, 70, 70), "_", "k", (body, k0, k) ->
            body.assign(root, call("insert", root, k)));
        b.call("show", root, 0);
        b.call(fmtPrintln("keys", call("keys", root), "height", root.method("Height"), "min", root.method("Min")));
        Var total = b.define("total", 0);
        Var dups = b.var("dups", sliceOf(INT));
        b.call(root.method("Walk", func(v -> {
          Var k = v.param("k", INT);
          Var c = v.param("c", INT);
          v.addAssign(total, c);
          v.ifThen(c.gt(1), t -> t.assign(dups, append(dups, k)));
        })));
        b.call(fmtPrintln("inserted", total, "keys, repeated:", dups));
        b.rangeOver(lit(sliceOf(INT), 45, 55, 20, 90), "_", "k", (body, k0, k) ->
            body.call(fmtPrintf("contains(%d) = %t\n", k, root.method("Contains", k))));
        b.rangeOver(lit(sliceOf(INT), 20, 30, 50, 99), "_", "k", (body, k0, k) -> {
          body.assign(root, call("remove", root, k));
          body.call(fmtPrintln("after removing", k, call("keys", root), "height", root.method("Height")));
        });
        b.call("show", root, 0);
        Var seq = b.var("seq", ptr(tree));
        b.rangeInt("i", 10, (body, i) -> body.assign(seq, call("insert", seq, i)));
        Var seed = b.define("seed", 7);
        Var rnd = b.var("rnd", ptr(tree));
        b.rangeInt(10, body -> {
          body.assign(seed, seed.mul(31).add(11).rem(101));
          body.assign(rnd, call("insert", rnd, seed));
        });
        b.call(fmtPrintln("sorted input height", seq.method("Height"), "shuffled input height", rnd.method("Height"), call("keys", rnd)));
      });
    }));
  }
}
