package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.osExit;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;

/**
 * Exit prints to both streams and then calls os.Exit(3) from inside a function called in a
 * loop: the process ends at once with status 3, and nothing after the call runs.
 */
public final class Exit {
  private Exit() {}

  public static Program program() {
    return Go.program("exit", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "os");
      f.func("check", fn -> {
        Var i = fn.param("i", Types.INT);
        fn.ifThen(i.eq(3), t -> {
          t.println("giving up at", i);
          t.call(osExit(3));
        });
        fn.call(fmtPrintln("step", i));
      });
      f.func("main", b -> {
        b.call(fmtPrintln("starting"));
        b.println("to stderr");
        b.forLoop(loop -> {
          Var i = loop.init().define("i", 0);
          loop.post().inc(i);
          loop.body(body -> body.call("check", i));
        });
      });
    }));
  }
}
