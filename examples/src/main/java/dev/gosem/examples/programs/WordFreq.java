package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.append;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.func;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.mapOf;
import static dev.gosem.api.build.Go.pkgCall;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.types.Types.BOOL;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;

/**
 * WordFreq counts the words of a text: strings.Fields splits it, punctuation is trimmed byte by
 * byte, strings.ToLower folds case, a map counts, and the counts are printed sorted by frequency
 * and then alphabetically, with a histogram of word lengths and a bar chart made by
 * strings.Repeat.
 */
public final class WordFreq {
  private WordFreq() {}

  static final String TEXT = """
      It was the best of times, it was the worst of times, it was the age of wisdom,
      it was the age of foolishness, it was the epoch of belief, it was the epoch of
      incredulity, it was the season of Light, it was the season of Darkness, it was
      the spring of hope, it was the winter of despair, we had everything before us,
      we had nothing before us, we were all going direct to Heaven, we were all going
      direct the other way -- in short, the period was so far like the present period...
      """;

  public static Program program() {
    return Go.program("wordfreq", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "sort", "strings");
      f.constant("text", TEXT);
      f.func("isLetter", fn -> {
        Var c = fn.param("c", Go.BYTE);
        fn.result(BOOL);
        fn.ret(c.ge('a').andAlso(c.le('z')).orElse(c.ge('A').andAlso(c.le('Z'))));
      });
      f.func("trim", fn -> {
        Var w = fn.param("w", STRING);
        fn.result(STRING);
        Var start = fn.define("start", 0);
        fn.whileLoop(start.lt(len(w)).andAlso(Go.not(Go.call("isLetter", w.index(start)))), body -> body.inc(start));
        Var end = fn.define("end", len(w));
        fn.whileLoop(end.gt(start).andAlso(Go.not(Go.call("isLetter", w.index(end.sub(1))))), body -> body.dec(end));
        fn.ret(w.slice(start, end));
      });
      f.func("main", b -> {
        Var counts = b.define("counts", make(mapOf(STRING, INT)));
        Var total = b.define("total", 0);
        Var lengths = b.define("lengths", make(mapOf(INT, INT)));
        b.rangeOver(pkgCall("strings", "Fields", Go.id("text")), "_", "raw", (body, k, raw) -> {
          Var w = body.define("w", pkgCall("strings", "ToLower", Go.call("trim", raw)));
          body.ifThen(w.eq(""), t -> t.cont());
          body.inc(counts.index(w));
          body.inc(lengths.index(len(w)));
          body.inc(total);
        });
        b.call(fmtPrintln("words:", total, "distinct:", len(counts)));
        Var words = b.define("words", make(sliceOf(STRING), 0, len(counts)));
        b.rangeOver(counts, "w", (body, w) -> body.assign(words, append(words, w)));
        b.call(pkgCall("sort", "Slice", words, func(fn -> {
          Var i = fn.param("i", INT);
          Var j = fn.param("j", INT);
          fn.result(BOOL);
          Ex ci = counts.index(words.index(i));
          Ex cj = counts.index(words.index(j));
          fn.ifThen(ci.ne(cj), t -> t.ret(ci.gt(cj)));
          fn.ret(words.index(i).lt(words.index(j)));
        })));
        b.rangeOver(words, "i", "w", (body, i, w) -> {
          body.ifThen(i.eq(12), t -> t.brk());
          body.call(fmtPrintf("%2d. %-8s %2d %s\n", i.add(1), w, counts.index(w), pkgCall("strings", "Repeat", "*", counts.index(w))));
        });
        Var once = b.var("once", sliceOf(STRING));
        b.rangeOver(words, "_", "w", (body, k, w) -> body.ifThen(counts.index(w).eq(1), t -> t.assign(once, append(once, w))));
        b.call(pkgCall("sort", "Strings", once));
        b.call(fmtPrintln("used once:", len(once)));
        b.call(fmtPrintln(pkgCall("strings", "Join", once, ", ")));
        b.call(fmtPrintln("lengths:", lengths));
        Var longest = b.define("longest", 0);
        b.rangeOver(lengths, "n", (body, n) -> body.ifThen(n.gt(longest), t -> t.assign(longest, n)));
        b.rangeInt("n", longest.add(1), (body, n) -> body.ifThen(lengths.index(n).gt(0), t ->
            t.call(fmtPrintf("%2d %-12s|\n", n, pkgCall("strings", "Repeat", "#", lengths.index(n).div(2).add(1))))));
      });
    }));
  }
}
