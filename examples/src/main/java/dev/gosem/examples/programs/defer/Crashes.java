package dev.gosem.examples.programs.defer;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.func;
import static dev.gosem.api.build.Go.id;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.nil;
import static dev.gosem.api.build.Go.panic;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.recover;
import static dev.gosem.api.build.Go.recv;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.types.Types.BOOL;
import static dev.gosem.api.types.Types.FLOAT64;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.FuncBuilder;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;
import java.util.function.Consumer;

/**
 * Crashes holds the examples of unrecovered panics: Go's "panic: " block on stderr for values of
 * many types (errors via Error(), Stringers via String(), basic values, named basic types as
 * main.T(v), other types as "(T) address"), the chains printed when deferred calls panic or
 * re-panic, deferred calls running before the crash, runtime.Goexit, and exit status 2.
 */
public final class Crashes {
  private Crashes() {}

  /** A one-file program importing {@code imports} whose main is {@code main}. */
  private static Program simple(String name, Consumer<FuncBuilder> main, String... imports) {
    return Go.program(name, prog -> prog.file("main.go", f -> {
      f.imports(imports);
      f.func("main", main::accept);
    }));
  }

  /** An error value: Go prints its Error() text; output and deferred calls come first. */
  public static Program error() {
    return simple("panic-error", b -> {
      b.defer(fmtPrintln("deferred call runs before the crash"));
      b.call(fmtPrintln("before the panic"));
      Var err = b.define("err", Go.fmtErrorf("loading config: %w", Go.errorsNew("file not found")));
      b.call(panic(err));
    }, "errors", "fmt");
  }

  /** A pointer to a struct with an Error method: printed through Error(). */
  public static Program customError() {
    return Go.program("panic-customerror", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      Named httpErr = f.type("HTTPError", struct(field("Code", INT), field("Path", STRING)));
      f.method(recv("e", ptr(httpErr)), "Error", (fn, e) -> {
        fn.result(STRING);
        fn.ret(Go.fmtSprintf("%d on %s", e.field("Code"), e.field("Path")));
      });
      f.func("fetch", fn -> {
        Var path = fn.param("path", STRING);
        fn.call(panic(lit(httpErr, 404, path).addr()));
      });
      f.func("main", b -> b.call(call("fetch", "/missing")));
    }));
  }

  /** A named type with a String method: printed through String(). */
  public static Program stringer() {
    return Go.program("panic-stringer", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      Named color = f.type("Color", INT);
      f.method(recv("c", color), "String", (fn, c) -> {
        fn.result(STRING);
        fn.switchOn(c, sw -> sw.caseOf(0, k -> k.ret("red")).caseOf(1, k -> k.ret("green")));
        fn.ret(Go.fmtSprintf("Color(%d)", Go.conv(INT, c)));
      });
      f.func("main", b -> {
        b.call(fmtPrintln("colors:", Go.conv(color, 0), Go.conv(color, 1), Go.conv(color, 7)));
        b.call(panic(Go.conv(color, 1)));
      });
    }));
  }

  /** A plain int panic value, after deferred calls of two frames ran. */
  public static Program intValue() {
    return Go.program("panic-int", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("check", fn -> {
        Var n = fn.param("n", INT);
        fn.defer(fmtPrintln("check's deferred call, n =", n));
        fn.ifThen(n.gt(2), t -> t.call(panic(n.mul(14))));
        fn.call(call("check", n.add(1)));
      });
      f.func("main", b -> {
        b.defer(fmtPrintln("main's deferred call"));
        b.call(call("check", 0));
      });
    }));
  }

  /** A string panic value, printed as is (no quotes), with a newline inside it. */
  public static Program stringValue() {
    return simple("panic-string", b -> {
      Var name = b.define("name", "config.yaml");
      b.call(panic(Go.str("cannot open ").add(name).add(":\n\tpermission denied")));
    });
  }

  /** A float64 panic value: Go's print format, +d.dddddde+ddd. */
  public static Program floatValue() {
    return simple("panic-float", b -> {
      Var x = b.define("x", 10.0);
      b.call(fmtPrintln("x / 4 =", x.div(4)));
      b.call(panic(x.div(-4)));
    }, "fmt");
  }

  /** A struct without methods: Go prints "(main.Point) " and an address (compared as 0x…). */
  public static Program structValue() {
    return Go.program("panic-struct", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      Named point = f.type("Point", struct(field("X", INT), field("Y", INT)));
      f.func("main", b -> {
        Var p = b.define("p", lit(point, 3, 4));
        b.call(fmtPrintln("panicking with", p));
        b.call(panic(p));
      });
    }));
  }

  /**
   * Each deferred call panics again while the program dies: Go prints the whole chain, oldest
   * first, with values of named basic types as main.T(v).
   */
  public static Program chainTypes() {
    return Go.program("panic-chain-types", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      Named code = f.type("Code", INT);
      Named name = f.type("Name", STRING);
      Named flag = f.type("Flag", BOOL);
      Named ratio = f.type("Ratio", FLOAT64);
      Named small = f.type("Small", dev.gosem.api.types.Types.UINT8);
      f.func("main", b -> {
        b.defer(func(d -> d.call(panic(Go.conv(small, 200)))).call());
        b.defer(func(d -> d.call(panic(Go.conv(dev.gosem.api.types.Types.INT32, -5)))).call());
        b.defer(func(d -> d.call(panic(Go.conv(name, "third")))).call());
        b.defer(func(d -> d.call(panic(Go.conv(flag, true)))).call());
        b.defer(func(d -> d.call(panic(Go.conv(ratio, 0.5)))).call());
        b.defer(fmtPrintln("a deferred call that does not panic"));
        b.call(fmtPrintln("panicking with main.Code(7)"));
        b.call(panic(Go.conv(code, 7)));
      });
    }));
  }

  /** Recover, then panic again with the same value, unrecovered: "[recovered]" on the first. */
  public static Program repanic() {
    return simple("panic-repanic", b -> {
      b.defer(func(d -> {
        Var r = d.define("r", recover());
        d.call(fmtPrintln("recovered", r, "- panicking again"));
        d.call(panic(r));
      }).call());
      b.call(panic("boom"));
    }, "fmt");
  }

  /** A deferred call panics while another panic is in flight, nothing recovers: both printed. */
  public static Program inDefer() {
    return Go.program("panic-indefer", prog -> prog.file("main.go", f -> {
      f.imports("errors", "fmt");
      f.func("cleanup", fn -> {
        fn.call(fmtPrintln("cleanup runs during the first panic"));
        fn.call(panic(Go.errorsNew("cleanup failed")));
      });
      f.func("main", b -> {
        b.defer(fmtPrintln("main's first deferred call still runs"));
        b.defer(call("cleanup"));
        b.call(panic("first"));
      });
    }));
  }

  /** A runtime error recovered and re-panicked wrapped in an error of the program's own. */
  public static Program runtimeRepanic() {
    return simple("panic-runtime-repanic", b -> {
      b.defer(func(d -> d.ifInit(init -> init.define("r", recover()).ne(nil()), then -> {
        then.call(panic(Go.fmtErrorf("while dividing: %v", id("r"))));
      })).call());
      Var zero = b.define("zero", 0);
      b.call(fmtPrintln(lit(1).div(zero)));
    }, "fmt");
  }

  /** Go 1.19's panic(nil), unrecovered (the program says it is written for Go 1.19). */
  public static Program nilValue() {
    return Go.program("panic-nil", prog -> prog.goVersion("go1.19").file("main.go", f -> {
      f.imports("fmt");
      f.func("main", b -> {
        b.defer(fmtPrintln("deferred call runs"));
        b.call(panic(nil()));
      });
    }));
  }

  /**
   * An unrecovered panic deep in a call chain: every frame's deferred calls run (innermost first,
   * closures seeing live locals) before Go prints the panic; exit status 2.
   */
  public static Program deferRuns() {
    return Go.program("panic-deferruns", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("level", fn -> {
        Var n = fn.param("n", INT);
        Var seen = fn.define("seen", 0);
        fn.defer(func(d -> d.call(fmtPrintln("level", n, "deferred closure, seen =", seen))).call());
        fn.assign(seen, n.mul(10));
        fn.ifThen(n.eq(3), t -> t.call(panic(Go.fmtSprintf("too deep at level %d", n))));
        fn.call(call("level", n.add(1)));
      });
      f.func("main", b -> {
        b.defer(fmtPrintln("main's deferred call runs last"));
        b.println("stderr before the panic");
        b.call(call("level", 1));
      });
    }));
  }

  /** runtime.Goexit in the main goroutine: deferred calls run, then Go reports a deadlock. */
  public static Program goexit() {
    return Go.program("goexit", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "runtime");
      f.func("stop", fn -> {
        fn.defer(fmtPrintln("stop's deferred call"));
        fn.call(Go.pkgCall("runtime", "Goexit"));
        fn.call(fmtPrintln("not reached"));
      });
      f.func("main", b -> {
        b.defer(fmtPrintln("main's deferred call"));
        b.defer(func(d -> d.call(fmtPrintln("recover during Goexit:", recover()))).call());
        b.call(call("stop"));
        b.call(fmtPrintln("not reached either"));
      });
    }));
  }
}
