package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.id;
import static dev.gosem.api.build.Go.len;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;

/**
 * Build constraints pick files: the seed article's example, where dev.go and prod.go each add
 * their configuration in init() and only the files the tags select are built; and file-name
 * suffixes (_windows, _arm64) that exclude files on linux/amd64 and linux/jvm alike.
 */
public final class BuildTags {
  private BuildTags() {}

  /** dev.go (//go:build dev) and prod.go (//go:build prod) append to configArr in init(). */
  public static Program devProd() {
    return Go.program("buildtags", prog -> prog
        .file("main.go", f -> {
          f.imports("fmt");
          f.var("configArr", Go.sliceOf(Types.STRING));
          f.func("main", b -> {
            b.call(fmtPrintln("config:", id("configArr"), "entries:", len(id("configArr"))));
            b.ifThen(len(id("configArr")).eq(0), t -> t.call(fmtPrintln("no environment selected")));
          });
        })
        .file("dev.go", f -> {
          f.build("dev");
          f.func("init", b -> b.assign(id("configArr"), Go.append(id("configArr"), "mysql dev")));
        })
        .file("prod.go", f -> {
          f.build("prod");
          f.func("init", b -> b.assign(id("configArr"), Go.append(id("configArr"), "mysql prod")));
        })
        .file("verbose.go", f -> {
          f.build("(dev || prod) && !quiet");
          f.imports("fmt");
          f.func("init", b -> b.call(fmtPrintln("verbose.go: an environment was chosen")));
        }));
  }

  /** Files named for other systems and architectures are left out; the linux one is kept. */
  public static Program suffixes() {
    return Go.program("filesuffix", prog -> prog
        .file("main.go", f -> {
          f.imports("fmt");
          f.func("main", b -> b.call(fmtPrintln("platform:", call("platform"), "extra:", call("extra"))));
        })
        .file("platform_linux.go", f -> f.func("platform", fn -> {
          fn.result(Types.STRING);
          fn.ret("linux");
        }))
        .file("platform_windows.go", f -> f.func("platform", fn -> {
          fn.result(Types.STRING);
          fn.ret("windows");
        }))
        .file("extra_arm64.go", f -> f.func("extra", fn -> {
          fn.result(Types.INT);
          fn.ret(64);
        }))
        .file("extra_other.go", f -> {
          f.build("!arm64");
          f.func("extra", fn -> {
            fn.result(Types.INT);
            fn.ret(0);
          });
        }));
  }

  /**
   * Package initialization across files: variables in dependency order over all files (files in
   * name order), then every init() in file order and declaration order within a file.
   */
  public static Program initOrder() {
    return Go.program("initorder", prog -> prog
        .file("z_main.go", f -> {
          f.imports("fmt");
          f.var("z", Types.INT, call("trace", "z", id("a").add(1)));
          f.func("init", b -> b.call(fmtPrintln("init in z_main.go")));
          f.func("main", b -> b.call(fmtPrintln("main:", id("a"), id("b"), id("z"))));
        })
        .file("b.go", f -> {
          f.imports("fmt");
          f.var("b", Types.INT, call("trace", "b", 2));
          f.func("init", b -> b.call(fmtPrintln("first init in b.go")));
          f.func("init", b -> b.call(fmtPrintln("second init in b.go")));
        })
        .file("a.go", f -> {
          f.imports("fmt");
          f.var("a", Types.INT, call("trace", "a", id("b").mul(10)));
          f.func("trace", fn -> {
            Var name = fn.param("name", Types.STRING);
            Var v = fn.param("v", Types.INT);
            fn.result(Types.INT);
            fn.call(fmtPrintln("var", name, "=", v));
            fn.ret(v);
          });
          f.func("init", b -> b.call(fmtPrintln("init in a.go")));
        }));
  }
}
