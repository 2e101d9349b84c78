package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.errorsNew;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtErrorf;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.fmtSprintf;
import static dev.gosem.api.build.Go.id;
import static dev.gosem.api.build.Go.kv;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.mapOf;
import static dev.gosem.api.build.Go.nil;
import static dev.gosem.api.build.Go.pkgCall;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.recv;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.types.Types.BOOL;
import static dev.gosem.api.types.Types.ERROR;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;

/**
 * Errors handles errors the way Go programs do: sentinel errors made by errors.New and compared
 * with errors.Is through layers of fmt.Errorf("...: %w", err) wrapping; custom error types found
 * with errors.As; an Unwrap method on a struct error; an Is method that makes every timeout match
 * a sentinel; errors.Unwrap walking a chain; %w without wrapping (%v) and with a nil error.
 */
public final class Errors {
  private Errors() {}

  private static Ex errorsIs(Object err, Object target) {
    return pkgCall("errors", "Is", err, target);
  }

  public static Program program() {
    return Go.program("errors", prog -> prog.file("main.go", f -> {
      f.imports("errors", "fmt", "strconv");
      f.var("ErrNotFound", null, errorsNew("not found"));
      f.var("ErrPermission", null, errorsNew("permission denied"));
      f.var("ErrTimeout", null, errorsNew("timeout"));
      Named validation = f.type("ValidationError", struct(field("Field", STRING), field("Value", INT)));
      f.method(recv("e", ptr(validation)), "Error", (fn, e) -> {
        fn.result(STRING);
        fn.ret(fmtSprintf("invalid %s: %d", e.field("Field"), e.field("Value")));
      });
      Named query = f.type("QueryError", struct(field("Query", STRING), field("Err", ERROR)));
      f.method(recv("e", ptr(query)), "Error", (fn, e) -> {
        fn.result(STRING);
        fn.ret(Go.str("query ").add(pkgCall("strconv", "Quote", e.field("Query"))).add(": ").add(e.field("Err").method("Error")));
      });
      f.method(recv("e", ptr(query)), "Unwrap", (fn, e) -> {
        fn.result(ERROR);
        fn.ret(e.field("Err"));
      });
      Named netErr = f.type("NetError", struct(field("Op", STRING), field("Secs", INT)));
      f.method(recv("e", netErr), "Error", (fn, e) -> {
        fn.result(STRING);
        fn.ret(fmtSprintf("%s timed out after %ds", e.field("Op"), e.field("Secs")));
      });
      f.method(recv("e", netErr), "Is", (fn, e) -> {
        Var target = fn.param("target", ERROR);
        fn.result(BOOL);
        fn.ret(target.eq(id("ErrTimeout")));
      });
      f.var("db", null, lit(mapOf(STRING, INT), kv("ann", 31), kv("bob", -4)));
      f.func("lookup", fn -> {
        Var name = fn.param("name", STRING);
        fn.results(INT, ERROR);
        Var[] vo = fn.define(Go.names("age", "ok"), id("db").index(name));
        fn.ifThen(Go.not(vo[1]), t -> t.ret(0, fmtErrorf("lookup %q: %w", name, id("ErrNotFound"))));
        fn.ifThen(vo[0].lt(0), t -> t.ret(0, lit(validation, "age", vo[0]).addr()));
        fn.ret(vo[0], nil());
      });
      f.func("handler", fn -> {
        Var name = fn.param("name", STRING);
        fn.result(ERROR);
        fn.switchOn(name, sw -> sw
            .caseOf("root", c -> c.ret(lit(query, kv("Query", "SELECT * FROM root"), kv("Err", id("ErrPermission"))).addr()))
            .caseOf("slow", c -> c.ret(fmtErrorf("handler: %w", lit(netErr, "read", 30)))));
        Var[] ae = fn.define(Go.names("age", "err"), call("lookup", name));
        fn.ifThen(ae[1].ne(nil()), t -> t.ret(fmtErrorf("handler(%s): %w", name, ae[1])));
        fn.call(fmtPrintln("  handled", name, "aged", ae[0]));
        fn.ret(nil());
      });
      f.func("main", b -> {
        b.rangeOver(lit(sliceOf(STRING), "ann", "carl", "bob", "root", "slow"), "_", "name", (body, k, name) -> {
          Var err = body.define("err", call("handler", name));
          body.ifThen(err.eq(nil()), t -> t.cont());
          body.call(fmtPrintf("%s: %v\n", name, err));
          body.call(fmtPrintf("  is NotFound=%t Permission=%t Timeout=%t\n", errorsIs(err, id("ErrNotFound")),
              errorsIs(err, id("ErrPermission")), errorsIs(err, id("ErrTimeout"))));
          Var ve = body.var("ve", ptr(validation));
          body.ifThen(pkgCall("errors", "As", err, ve.addr()), t ->
              t.call(fmtPrintf("  validation error on field %s (value %d)\n", ve.field("Field"), ve.field("Value"))));
          Var qe = body.var("qe", ptr(query));
          body.ifThen(pkgCall("errors", "As", err, qe.addr()), t -> t.call(fmtPrintf("  query %q failed\n", qe.field("Query"))));
          Var ne = body.var("ne", netErr);
          body.ifThen(pkgCall("errors", "As", err, ne.addr()), t -> t.call(fmtPrintf("  network op %s, %d seconds\n", ne.field("Op"), ne.field("Secs"))));
          Var depth = body.define("depth", 0);
          body.forLoop(l -> {
            Var e = l.init().define("e", err);
            l.cond(e.ne(nil()));
            l.post().assign(e, pkgCall("errors", "Unwrap", e));
            l.body(inner -> {
              inner.call(fmtPrintf("  %d: %T\n", depth, e));
              inner.inc(depth);
            });
          });
        });
        Var plain = b.define("plain", fmtErrorf("no wrap: %v", id("ErrNotFound")));
        b.call(fmtPrintln(plain, errorsIs(plain, id("ErrNotFound")), pkgCall("errors", "Unwrap", plain).eq(nil())));
        b.call(fmtPrintln(fmtErrorf("nil: %w", nil()), errorsIs(nil(), nil()), errorsIs(id("ErrNotFound"), nil()), errorsIs(nil(), id("ErrNotFound"))));
        b.call(fmtPrintln(errorsNew("x").eq(errorsNew("x")), id("ErrNotFound").eq(id("ErrNotFound")), errorsNew("x").method("Error").eq("x")));
        Var twice = b.define("twice", fmtErrorf("outer: %w", fmtErrorf("middle: %w", id("ErrTimeout"))));
        b.call(fmtPrintln(twice, errorsIs(twice, id("ErrTimeout")), pkgCall("errors", "Unwrap", pkgCall("errors", "Unwrap", twice)).eq(id("ErrTimeout"))));
        b.call(fmtPrintf("%v | %s | %q | %T\n", twice, twice, twice, twice));
      });
    }));
  }
}
