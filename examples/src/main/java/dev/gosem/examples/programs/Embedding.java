package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.append;
import static dev.gosem.api.build.Go.embed;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.fmtSprintf;
import static dev.gosem.api.build.Go.iface;
import static dev.gosem.api.build.Go.kv;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.method;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.recv;
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
 * Embedding composes structs by embedding: fields and methods of an embedded struct are promoted
 * (so the outer type satisfies interfaces through them), an outer method or field of the same
 * name shadows the promoted one (still reachable through the embedded field's name), promoted
 * pointer methods work on addressable values, and an embedded pointer is shared between outers.
 */
public final class Embedding {
  private Embedding() {}

  public static Program program() {
    return Go.program("embedding", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      Named animal = f.type("Animal", struct(field("Name", STRING), field("Legs", INT)));
      f.method(recv("a", animal), "Describe", (fn, a) -> {
        fn.result(STRING);
        fn.ret(fmtSprintf("%s has %d legs", a.field("Name"), a.field("Legs")));
      });
      f.method(recv("a", ptr(animal)), "Rename", (fn, a) -> {
        Var n = fn.param("n", STRING);
        fn.assign(a.field("Name"), n);
      });
      Named dog = f.type("Dog", struct(embed(animal), field("Breed", STRING)));
      f.method(recv("d", dog), "Speak", (fn, d) -> {
        fn.result(STRING);
        fn.ret(d.field("Name").add(" says woof"));
      });
      Named bird = f.type("Bird", struct(embed(animal), field("CanFly", BOOL)));
      f.method(recv("b", bird), "Describe", (fn, b) -> {
        fn.result(STRING);
        fn.ret(fmtSprintf("%s (a bird that flies: %t)", b.field("Animal").method("Describe"), b.field("CanFly")));
      });
      Named logger = f.type("Logger", struct(field("prefix", STRING), field("lines", sliceOf(STRING))));
      f.method(recv("l", ptr(logger)), "Log", (fn, l) -> {
        Var msg = fn.param("msg", STRING);
        fn.assign(l.field("lines"), append(l.field("lines"), l.field("prefix").add(msg)));
      });
      Named service = f.type("Service", struct(embed(ptr(logger)), field("Name", STRING)));
      f.method(recv("s", service), "Start", (fn, s) -> fn.call(s.method("Log", s.field("Name").add(" started"))));
      Named labeled = f.type("Labeled", struct(embed(animal), field("Name", STRING)));
      Named describer = f.type("Describer", iface(method("Describe", List.of(), STRING)));
      f.func("main", b -> {
        Var d = b.define("d", lit(dog, lit(animal, "Rex", 4), "beagle"));
        b.call(fmtPrintln(d.field("Name"), d.field("Legs"), d.field("Animal").field("Name"), d.field("Breed")));
        b.call(fmtPrintln(d.method("Describe"), "|", d.method("Speak")));
        b.call(d.method("Rename", "Max"));
        b.call(fmtPrintln(d.method("Speak"), d.field("Animal")));
        b.call(fmtPrintf("%v\n%+v\n%#v\n", d, d, d));

        Var tweety = b.define("tweety", lit(bird, kv("Animal", lit(animal, kv("Name", "Tweety"), kv("Legs", 2))), kv("CanFly", true)));
        Var all = b.define("all", lit(sliceOf(describer), lit(animal, "Cat", 4), d, d.addr(), tweety, lit(bird, lit(animal, "Pingu", 2), false)));
        b.rangeOver(all, "i", "x", (body, i, x) -> body.call(fmtPrintf("%d %-12T %s\n", i, x, x.method("Describe"))));
        b.call(d.addr().method("Rename", "Buddy"));
        b.call(fmtPrintln("the slice holds copies:", all.index(1).method("Describe"), "|", all.index(2).method("Describe")));

        Var log = b.define("log", lit(logger, kv("prefix", "[app] ")));
        Var s1 = b.define("s1", lit(service, log.addr(), "db"));
        Var s2 = b.define("s2", lit(service, kv("Logger", log.addr()), kv("Name", "web")));
        b.call(s1.method("Start"));
        b.call(s2.method("Start"));
        b.call(s2.method("Log", "request handled"));
        b.call(s1.field("Logger").method("Log", "explicit"));
        b.call(fmtPrintln(len(log.field("lines")), s1.field("lines").eq(Go.nil()), s1.field("prefix")));
        b.rangeOver(log.field("lines"), "_", "l", (body, k, l) -> body.call(fmtPrintln(l)));

        Var lab = b.define("lab", lit(labeled, lit(animal, "inner", 3), "outer"));
        b.call(fmtPrintln(lab.field("Name"), lab.field("Animal").field("Name"), lab.method("Describe")));
        b.call(lab.method("Rename", "renamed"));
        b.call(fmtPrintf("%+v\n", lab));
      });
    }));
  }
}
