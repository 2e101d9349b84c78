package dev.gosem.backend.amd64;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.id;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.names;
import static dev.gosem.api.build.Go.rune;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.print.GoPrinter;
import dev.gosem.api.types.Types;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.Options;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The programs of backend-amd64/bench.sh, built with the fluent builder. {@code main(dir)}
 * writes, for each, {@code dir/NAME/main.go} and {@code go.mod} (the Go 1.19 source, for
 * {@code go build}) and {@code dir/NAME.gosem} (the executable from the amd64 backend).
 */
public final class BenchPrograms {
  private BenchPrograms() {}

  static Map<String, Program> all() {
    Map<String, Program> m = new LinkedHashMap<>();
    m.put("fib", fib());
    m.put("loops", loops());
    m.put("collatz", collatz());
    m.put("strings", strings());
    m.put("strings2", twoStrings());
    return m;
  }

  /** fib(35), recursively: calls and returns. */
  static Program fib() {
    return Go.program("fib", p -> p.file("main.go", f -> {
      f.imports("fmt");
      f.func("fib", fn -> {
        Var n = fn.param("n", Types.INT);
        fn.result(Types.INT);
        fn.ifThen(n.lt(2), t -> t.ret(n));
        fn.ret(call("fib", n.sub(1)).add(call("fib", n.sub(2))));
      });
      f.func("main", b -> b.call(fmtPrintln(call("fib", 35))));
    }));
  }

  /** A nested-loop integer sum: 400 million iterations of an add and a xor. */
  static Program loops() {
    return Go.program("loops", p -> p.file("main.go", f -> {
      f.imports("fmt");
      f.func("main", b -> {
        Var s = b.define("s", 0);
        b.forLoop(outer -> {
          outer.init().define("i", 0);
          outer.cond(id("i").lt(20000)).post().inc(id("i"));
          outer.body(o -> o.forLoop(inner -> {
            inner.init().define("j", 0);
            inner.cond(id("j").lt(20000)).post().inc(id("j"));
            inner.body(in -> in.addAssign(s, id("i").xor(id("j"))));
          }));
        });
        b.call(fmtPrintln(s));
      });
    }));
  }

  /** The longest Collatz chain below 2,000,000: divisions and remainders by 2, branches. */
  static Program collatz() {
    return Go.program("collatz", p -> p.file("main.go", f -> {
      f.imports("fmt");
      f.func("main", b -> {
        Var[] best = b.define(names("best", "arg"), 0, 0);
        b.forLoop(outer -> {
          outer.init().define("n", 1);
          outer.cond(id("n").lt(2_000_000)).post().inc(id("n"));
          outer.body(o -> {
            Var steps = o.define("steps", 0);
            o.forLoop(chain -> {
              chain.init().define("x", id("n"));
              chain.cond(id("x").ne(1)).post().inc(steps);
              chain.body(c -> c.ifThen(id("x").rem(2).eq(0), even -> even.assign(id("x"), id("x").div(2)))
                  .orElse(odd -> odd.assign(id("x"), id("x").mul(3).add(1))));
            });
            o.ifThen(steps.gt(best[0]), t -> {
              t.assign(best[0], steps);
              t.assign(best[1], id("n"));
            });
          });
        });
        b.call(fmtPrintln(best[1], best[0]));
      });
    }));
  }

  /** A string built by 50,000 appends (s += "ab"), then scanned byte by byte. */
  static Program strings() {
    return Go.program("strings", p -> p.file("main.go", f -> {
      f.imports("fmt");
      f.func("main", b -> {
        Var s = b.define("s", "");
        b.forLoop(l -> {
          l.init().define("i", 0);
          l.cond(id("i").lt(50_000)).post().inc(id("i"));
          l.body(body -> body.addAssign(s, "ab"));
        });
        Var n = b.define("n", 0);
        b.forLoop(l -> {
          l.init().define("i", 0);
          l.cond(id("i").lt(len(s))).post().inc(id("i"));
          l.body(body -> body.ifThen(s.index(id("i")).eq(rune('a')), t -> t.inc(n)));
        });
        b.call(fmtPrintln(len(s), n));
      });
    }));
  }

  /**
   * Two strings built by 20,000 interleaved appends each: every append copies, on both sides
   * (the other string's newest bytes sit at the end of the heap), so this measures copying and
   * allocation; gosem never frees (about 800 MB here), Go collects.
   */
  static Program twoStrings() {
    return Go.program("strings2", p -> p.file("main.go", f -> {
      f.imports("fmt");
      f.func("main", b -> {
        Var x = b.define("x", "");
        Var y = b.define("y", "");
        b.forLoop(l -> {
          l.init().define("i", 0);
          l.cond(id("i").lt(20_000)).post().inc(id("i"));
          l.body(body -> {
            body.addAssign(x, "ab");
            body.addAssign(y, "c");
          });
        });
        b.call(fmtPrintln(len(x), len(y), x.index(len(x).sub(1)), y.index(0)));
      });
    }));
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    for (var e : all().entrySet()) {
      Path src = dir.resolve(e.getKey());
      Files.createDirectories(src);
      for (var file : GoPrinter.print(e.getValue(), GoPrinter.Options.go119()).entrySet()) {
        Files.writeString(src.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
      Files.writeString(src.resolve("go.mod"), "module gosem.dev/bench/" + e.getKey() + "\n\ngo 1.19\n");
      Compiler.compile(e.getValue(), "amd64", Options.defaults()).write(dir.resolve(e.getKey() + ".gosem"));
    }
  }
}
