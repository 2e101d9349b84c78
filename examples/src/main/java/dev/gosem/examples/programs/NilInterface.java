package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.mapOf;
import static dev.gosem.api.build.Go.nil;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.recv;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.types.Types.ANY;
import static dev.gosem.api.types.Types.BOOL;
import static dev.gosem.api.types.Types.ERROR;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.INT64;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;

/**
 * NilInterface shows the difference between a nil interface and an interface holding a nil
 * pointer: a function that returns a nil *MyErr as an error returns a non-nil error (the classic
 * bug) whose Error method still runs on the nil receiver; nil slices, maps and funcs inside an
 * interface are not nil either. Interface comparison needs equal dynamic types and values.
 */
public final class NilInterface {
  private NilInterface() {}

  public static Program program() {
    return Go.program("nilinterface", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      Named myErr = f.type("MyErr", struct(field("msg", STRING)));
      f.method(recv("e", ptr(myErr)), "Error", (fn, e) -> {
        fn.result(STRING);
        fn.ifThen(e.eq(nil()), t -> t.ret("<nil MyErr>"));
        fn.ret(e.field("msg"));
      });
      f.func("wrong", fn -> {
        Var fail = fn.param("fail", BOOL);
        fn.result(ERROR);
        Var p = fn.var("p", ptr(myErr));
        fn.ifThen(fail, t -> t.assign(p, lit(myErr, "boom").addr()));
        fn.ret(p);
      });
      f.func("right", fn -> {
        Var fail = fn.param("fail", BOOL);
        fn.result(ERROR);
        fn.ifThen(fail, t -> t.ret(lit(myErr, "boom").addr()));
        fn.ret(nil());
      });
      f.func("isNil", fn -> {
        Var v = fn.param("v", ANY);
        fn.result(BOOL);
        fn.ret(v.eq(nil()));
      });
      f.func("main", b -> {
        Var e = b.var("e", ERROR);
        b.call(fmtPrintf("%v %T %t\n", e, e, e.eq(nil())));
        b.rangeOver(lit(sliceOf(BOOL), false, true), "_", "fail", (body, k, fail) -> {
          Var w = body.define("w", call("wrong", fail));
          Var r = body.define("r", call("right", fail));
          body.call(fmtPrintf("fail=%t wrong: nil=%t %T %v | right: nil=%t %T %v\n", fail, w.eq(nil()), w, w, r.eq(nil()), r, r));
        });
        Var p = b.var("p", ptr(myErr));
        Var i = b.define("i", conv(ANY, p));
        Var[] pok = b.define(Go.names("back", "ok"), i.assertType(ptr(myErr)));
        b.call(fmtPrintln(p.eq(nil()), i.eq(nil()), i.ne(nil()), pok[0].eq(nil()), pok[1], call("isNil", p), call("isNil", nil())));
        Var s = b.var("s", sliceOf(INT));
        Var m = b.var("m", mapOf(STRING, INT));
        Var fnv = b.var("fnv", Go.sig(java.util.List.of()));
        b.call(fmtPrintln("nil slice, map, func in any:", call("isNil", s), call("isNil", m), call("isNil", fnv), s.eq(nil()), m.eq(nil()), fnv.eq(nil())));
        b.call(fmtPrintf("%v %v %T %T\n", conv(ANY, s), conv(ANY, m), conv(ANY, s), conv(ANY, m)));

        Ex one = conv(ANY, 1);
        b.call(fmtPrintln("compare:", one.eq(conv(ANY, 1)), one.eq(conv(ANY, conv(INT64, 1))), conv(ANY, "a").eq("a"),
            conv(ANY, lit(myErr, "x")).eq(conv(ANY, lit(myErr, "x"))), conv(ANY, 1.0).eq(conv(ANY, 1)), conv(ANY, nil()).eq(nil())));
        Var e1 = b.define("e1", lit(myErr, "same").addr());
        Var e2 = b.define("e2", lit(myErr, "same").addr());
        Var errs = b.define("errs", lit(sliceOf(ERROR), e1, e2, e1, nil(), conv(ptr(myErr), nil())));
        b.rangeOver(errs, "i", "x", (body, ii, x) -> body.call(fmtPrintf("%d nil=%-5t same-as-e1=%-5t %v\n", ii, x.eq(nil()), x.eq(e1), x)));
        Var any1 = b.var("any1", ANY);
        b.call(fmtPrintln(any1, any1.eq(nil()), conv(ANY, any1).eq(nil())));
        b.assign(any1, e);
        b.call(fmtPrintln("a nil error assigned to any is still nil:", any1.eq(nil())));
        b.assign(any1, call("wrong", false));
        b.call(fmtPrintln("but a nil *MyErr is not:", any1.eq(nil()), any1));
      });
    }));
  }
}
