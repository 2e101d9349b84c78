package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.pkgCall;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;

/**
 * StringFuncs runs package strings over ordinary and edge-case inputs: Contains, HasPrefix,
 * HasSuffix and Index with empty and missing substrings; Split with separators at the ends,
 * an empty separator (UTF-8 characters) and no match; Join, Repeat, Replace with a count and an
 * empty old string; ToUpper and ToLower beyond ASCII (ß has no single upper-case rune); Fields and
 * TrimSpace with Unicode white space. Results are printed with %q so empty strings show.
 */
public final class StringFuncs {
  private StringFuncs() {}

  private static Ex s(String fn, Object... args) {
    return pkgCall("strings", fn, args);
  }

  public static Program program() {
    return Go.program("stringfuncs", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "strings");
      f.func("main", b -> {
        Var text = b.define("text", "go gopher, go!");
        b.call(fmtPrintln("Contains", s("Contains", text, "gopher"), s("Contains", text, "Gopher"), s("Contains", text, ""), s("Contains", "", "")));
        b.call(fmtPrintln("HasPrefix", s("HasPrefix", text, "go "), s("HasPrefix", text, "gopher"), s("HasPrefix", text, ""), s("HasPrefix", "go", "go!")));
        b.call(fmtPrintln("HasSuffix", s("HasSuffix", text, "go!"), s("HasSuffix", text, "!!"), s("HasSuffix", "", "")));
        b.call(fmtPrintln("Index", s("Index", text, "go"), s("Index", text, "pher"), s("Index", text, "cat"), s("Index", text, ""), s("Index", "héllo", "l"), s("Index", "", "a")));

        b.rangeOver(lit(sliceOf(STRING), "a,b,c", ",a,,b,", "", "abc", ","), "_", "in", (body, k, in) -> {
          Var parts = body.define("parts", s("Split", in, ","));
          body.call(fmtPrintf("Split(%q, \",\") = %q len %d\n", in, parts, len(parts)));
        });
        b.call(fmtPrintf("%q\n", s("Split", "añb", "")));
        b.call(fmtPrintf("%q\n", s("Split", "a--b----c", "--")));
        b.call(fmtPrintf("%q\n", s("Split", "", "")));

        b.call(fmtPrintf("Join %q %q %q %q\n", s("Join", lit(sliceOf(STRING), "x", "y", "z"), ", "),
            s("Join", lit(sliceOf(STRING), "solo"), "-"), s("Join", Go.nil(), "-"), s("Join", lit(sliceOf(STRING), "", ""), "+")));
        b.call(fmtPrintf("Repeat %q %q %q\n", s("Repeat", "ab", 3), s("Repeat", "x", 0), s("Repeat", "", 5)));

        Var line = b.define("line", "oink oink oink");
        b.call(fmtPrintf("Replace %q\n", s("Replace", line, "k", "ky", 2)));
        b.call(fmtPrintf("Replace %q\n", s("Replace", line, "oink", "moo", -1)));
        b.call(fmtPrintf("Replace %q\n", s("Replace", line, "", "|", 3)));
        b.call(fmtPrintf("Replace %q\n", s("Replace", "héllo", "", "_", -1)));
        b.call(fmtPrintf("ReplaceAll %q %q\n", s("ReplaceAll", line, "o", "0"), s("ReplaceAll", "aaaa", "aa", "b")));

        b.rangeOver(lit(sliceOf(STRING), "Hello, World", "straße", "ÉCOLE ǅ", "ﬀ İstanbul", "123 _-+"), "_", "w", (body, k, w) ->
            body.call(fmtPrintf("%-14q upper %-16q lower %q\n", w, s("ToUpper", w), s("ToLower", w))));

        Var messy = b.define("messy", "  \t one  two\nthree\u00a0four\u2003five \r\n ");
        b.call(fmtPrintf("Fields %q\n", s("Fields", messy)));
        b.call(fmtPrintf("Fields %q %d\n", s("Fields", "   "), len(s("Fields", ""))));
        b.call(fmtPrintf("TrimSpace %q %q %q\n", s("TrimSpace", messy), s("TrimSpace", " \t\n "), s("TrimSpace", "x")));

        Var csv = b.define("csv", "name=ann; age=31 ;city = Oslo;;");
        b.rangeOver(s("Split", csv, ";"), "_", "pair", (body, k, pair) -> {
          Var p = body.define("p", s("TrimSpace", pair));
          body.ifThen(p.eq(""), t -> t.cont());
          Var i = body.define("i", s("Index", p, "="));
          body.call(fmtPrintf("key=%q value=%q\n", s("TrimSpace", p.slice(null, i)), s("TrimSpace", p.slice(i.add(1), null))));
        });
        Var title = b.define("title", s("Join", s("Fields", s("ToLower", "  THE quick   BROWN fox ")), "_"));
        b.call(fmtPrintln(title, s("ToUpper", title), s("Contains", title, "quick_brown"), s("Index", title, "_fox")));
      });
    }));
  }
}
