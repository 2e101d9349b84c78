package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.append;
import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.fmtSprintf;
import static dev.gosem.api.build.Go.kv;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.mapOf;
import static dev.gosem.api.build.Go.nil;
import static dev.gosem.api.build.Go.pkgCall;
import static dev.gosem.api.build.Go.pkgType;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.strconvItoa;
import static dev.gosem.api.types.Types.ANY;
import static dev.gosem.api.types.Types.BOOL;
import static dev.gosem.api.types.Types.FLOAT64;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;

/**
 * PrettyPrint renders a JSON-like document held in nested map[string]any and []any values: a
 * recursive function with a type switch writes each kind (null, booleans, numbers, quoted
 * strings, arrays, objects with sorted keys) into a strings.Builder with indentation; a second
 * walk counts values by kind and sums the numbers; a path lookup descends through assertions.
 */
public final class PrettyPrint {
  private PrettyPrint() {}

  public static Program program() {
    return Go.program("prettyprint", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "sort", "strconv", "strings");
      Named builder = pkgType("strings", "Builder");
      f.func("render", fn -> {
        Var sb = fn.param("sb", ptr(builder));
        Var v = fn.param("v", ANY);
        Var indent = fn.param("indent", STRING);
        fn.typeSwitch("x", v, sw -> sw
            .caseNil(c -> c.call(sb.method("WriteString", "null")))
            .caseOf(BOOL, (c, x) -> c.call(sb.method("WriteString", fmtSprintf("%t", x))))
            .caseOf(INT, (c, x) -> c.call(sb.method("WriteString", strconvItoa(x))))
            .caseOf(FLOAT64, (c, x) -> c.call(sb.method("WriteString", fmtSprintf("%g", x))))
            .caseOf(STRING, (c, x) -> c.call(sb.method("WriteString", pkgCall("strconv", "Quote", x))))
            .caseOf(sliceOf(ANY), (c, x) -> {
              c.ifThen(len(x).eq(0), t -> {
                t.call(sb.method("WriteString", "[]"));
                t.ret();
              });
              c.call(sb.method("WriteString", "[\n"));
              c.rangeOver(x, "i", "e", (body, i, e) -> {
                body.call(sb.method("WriteString", indent.add("  ")));
                body.call("render", sb, e, indent.add("  "));
                body.ifThen(i.lt(len(x).sub(1)), t -> t.call(sb.method("WriteByte", ',')));
                body.call(sb.method("WriteByte", '\n'));
              });
              c.call(sb.method("WriteString", indent.add("]")));
            })
            .caseOf(mapOf(STRING, ANY), (c, x) -> {
              Var keys = c.define("keys", make(sliceOf(STRING), 0, len(x)));
              c.rangeOver(x, "k", (body, k) -> body.assign(keys, append(keys, k)));
              c.call(pkgCall("sort", "Strings", keys));
              c.call(sb.method("WriteString", "{\n"));
              c.rangeOver(keys, "i", "k", (body, i, k) -> {
                body.call(sb.method("WriteString", indent.add("  ").add(pkgCall("strconv", "Quote", k)).add(": ")));
                body.call("render", sb, x.index(k), indent.add("  "));
                body.ifThen(i.lt(len(keys).sub(1)), t -> t.call(sb.method("WriteByte", ',')));
                body.call(sb.method("WriteByte", '\n'));
              });
              c.call(sb.method("WriteString", indent.add("}")));
            })
            .defaultCase((c, x) -> c.call(sb.method("WriteString", fmtSprintf("\"<%T>\"", x)))));
      });
      f.func("walk", fn -> {
        Var v = fn.param("v", ANY);
        Var counts = fn.param("counts", mapOf(STRING, INT));
        fn.result(FLOAT64);
        fn.typeSwitch("x", v, sw -> sw
            .caseOf(sliceOf(ANY), (c, x) -> {
              c.inc(counts.index("array"));
              Var sum = c.define("sum", 0.0);
              c.rangeOver(x, "_", "e", (body, k, e) -> body.addAssign(sum, call("walk", e, counts)));
              c.ret(sum);
            })
            .caseOf(mapOf(STRING, ANY), (c, x) -> {
              c.inc(counts.index("object"));
              Var sum = c.define("sum", 0.0);
              c.rangeOver(x, "_", "e", (body, k, e) -> body.addAssign(sum, call("walk", e, counts)));
              c.ret(sum);
            })
            .caseOf(INT, (c, x) -> {
              c.inc(counts.index("int"));
              c.ret(Go.conv(FLOAT64, x));
            })
            .caseOf(FLOAT64, (c, x) -> {
              c.inc(counts.index("float"));
              c.ret(x);
            })
            .defaultCase(c -> c.inc(counts.index(fmtSprintf("%T", v)))));
        fn.ret(0.0);
      });
      f.func("lookup", fn -> {
        Var v = fn.param("v", ANY);
        Var path = fn.param("path", STRING);
        fn.results(ANY, BOOL);
        fn.rangeOver(pkgCall("strings", "Split", path, "."), "_", "part", (body, k, part) -> body.typeSwitch("x", v, sw -> sw
            .caseOf(mapOf(STRING, ANY), (c, x) -> {
              Var[] eo = c.define(Go.names("e", "ok"), x.index(part));
              c.ifThen(Go.not(eo[1]), t -> t.ret(nil(), false));
              c.assign(v, eo[0]);
            })
            .caseOf(sliceOf(ANY), (c, x) -> {
              Var[] ie = c.define(Go.names("i", "err"), pkgCall("strconv", "Atoi", part));
              c.ifThen(ie[1].ne(nil()).orElse(ie[0].lt(0)).orElse(ie[0].ge(len(x))), t -> t.ret(nil(), false));
              c.assign(v, x.index(ie[0]));
            })
            .defaultCase(c -> c.ret(nil(), false))));
        fn.ret(v, true);
      });
      f.func("main", b -> {
        Var doc = b.define("doc", lit(mapOf(STRING, ANY),
            kv("name", "gosem"),
            kv("version", 1.5),
            kv("stable", false),
            kv("stars", 1200),
            kv("license", nil()),
            kv("tags", lit(sliceOf(ANY), "go", "jvm", 3, true, nil(), lit(sliceOf(ANY)))),
            kv("deps", lit(mapOf(STRING, ANY), kv("asm", "9.9"), kv("junit", lit(mapOf(STRING, ANY), kv("version", "5.14"), kv("test", true))))),
            kv("matrix", lit(sliceOf(ANY), lit(sliceOf(ANY), 1, 2), lit(sliceOf(ANY), 3.25, -4))),
            kv("quote", "say \"hi\"\n\ttab"),
            kv("empty", lit(mapOf(STRING, ANY))),
            kv("odd", lit(sliceOf(INT), 1, 2))));
        Var sb = b.var("sb", builder);
        b.call("render", sb.addr(), doc, "");
        b.call(fmtPrintln(sb.method("String")));
        Var counts = b.define("counts", make(mapOf(STRING, INT)));
        Var sum = b.define("sum", call("walk", doc, counts));
        b.call(fmtPrintln("kinds", counts, "sum of numbers", sum));
        b.rangeOver(lit(sliceOf(STRING), "name", "deps.junit.version", "tags.1", "matrix.1.0", "tags.9", "deps.none", "stars.x", "license"), "_", "p", (body, k, p) -> {
          Var[] vo = body.define(Go.names("v", "ok"), call("lookup", doc, p));
          body.call(fmtPrintln(p, "=>", vo[0], vo[1]));
        });
        b.call(fmtPrintln("top-level keys", len(doc)));
      });
    }));
  }
}
