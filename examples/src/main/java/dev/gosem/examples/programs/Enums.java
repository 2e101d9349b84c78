package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.compl;
import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.fmtSprintf;
import static dev.gosem.api.build.Go.id;
import static dev.gosem.api.build.Go.iota;
import static dev.gosem.api.build.Go.kv;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.mapOf;
import static dev.gosem.api.build.Go.paren;
import static dev.gosem.api.build.Go.recv;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.types.Types.BOOL;
import static dev.gosem.api.types.Types.FLOAT64;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.INT64;
import static dev.gosem.api.types.Types.STRING;
import static dev.gosem.api.types.Types.UINT8;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;

/**
 * Enums builds enumerations from const groups with iota: a Weekday with a String method (fmt
 * uses it for %v and %s, not for %d) and a fallback for values out of range; bit flags with
 * 1 << iota combined with |, tested with &, cleared with &^ and printed by a String method;
 * skipped values with _, an offset start (iota + 1), iota restarting in every group and counting
 * specs that change the expression, sizes from shifts of iota, and a typed enum used as a map key.
 */
public final class Enums {
  private Enums() {}

  public static Program program() {
    return Go.program("enums", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      Named weekday = f.type("Weekday", INT);
      f.constGroup(g -> g.constant("Sunday", weekday, iota()).next("Monday").next("Tuesday").next("Wednesday")
          .next("Thursday").next("Friday").next("Saturday"));
      f.method(recv("d", weekday), "String", (fn, d) -> {
        fn.result(STRING);
        Var names = fn.define("names", lit(sliceOf(STRING), "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"));
        fn.ifThen(d.lt(0).orElse(conv(INT, d).ge(len(names))), t -> t.ret(fmtSprintf("Weekday(%d)", conv(INT, d))));
        fn.ret(names.index(d));
      });
      f.method(recv("d", weekday), "Weekend", (fn, d) -> {
        fn.result(BOOL);
        fn.ret(d.eq(id("Saturday")).orElse(d.eq(id("Sunday"))));
      });

      Named perm = f.type("Perm", UINT8);
      f.constGroup(g -> g.constant("Read", perm, lit(1).shl(iota())).next("Write").next("Exec"));
      f.method(recv("p", perm), "String", (fn, p) -> {
        fn.result(STRING);
        Var s = fn.define("s", "");
        fn.rangeOver(lit(sliceOf(perm), id("Read"), id("Write"), id("Exec")), "i", "bit", (body, i, bit) ->
            body.ifThen(p.and(bit).ne(0), t -> t.addAssign(s, conv(STRING, lit(sliceOf(Go.BYTE), 'r', 'w', 'x').index(i))))
                .orElse(e -> e.addAssign(s, "-")));
        fn.ifThen(p.andNot(id("Read").or(id("Write")).or(id("Exec"))).ne(0), t -> t.addAssign(s, fmtSprintf("+%#x", conv(UINT8, p.andNot(7)))));
        fn.ret(s);
      });

      f.constGroup(g -> g.constant("_", iota()).constant("KB", INT64, lit(1).shl(paren(lit(10).mul(iota()))))
          .next("MB").next("GB").next("TB"));
      Named size = f.type("Size", INT);
      f.constGroup(g -> g.constant("Small", size, iota().add(1)).next("Medium").constant("_", size, iota().mul(100))
          .next("Huge").constant("Unknown", size, -1));
      f.constGroup(g -> g.constant("A", iota().mul(10)).next("B").next("_").next("D").constant("E", "text").next("F")
          .constant("G", iota()).constant("H", FLOAT64, iota().add(0.5)).next("I"));

      f.func("main", b -> {
        b.call(fmtPrintln(id("Sunday"), id("Wednesday"), id("Saturday"), conv(weekday, 9), conv(weekday, -1)));
        b.call(fmtPrintf("%v %s %d %q %x %T\n", id("Friday"), id("Friday"), id("Friday"), id("Friday"), id("Friday"), id("Friday")));
        b.forLoop(l -> {
          Var d = l.init().define("d", id("Sunday"));
          l.cond(d.le(id("Saturday")));
          l.post().inc(d);
          l.body(body -> body.ifThen(d.method("Weekend"), t -> t.call(fmtPrintf("%v! ", d))).orElse(e -> e.call(fmtPrintf("%v ", d))));
        });
        b.call(fmtPrintln());
        Var today = b.define("today", id("Tuesday"));
        b.call(fmtPrintln("two days after", today, "is", paren(today.add(2)), "and", id("Saturday").add(1), "wraps to", paren(today.add(5)).rem(7)));

        Var rw = b.define("rw", id("Read").or(id("Write")));
        b.call(fmtPrintln(id("Read"), id("Write"), id("Exec"), rw, rw.or(id("Exec")), conv(perm, 0)));
        b.call(fmtPrintf("%d %d %d %08b %v\n", id("Read"), id("Write"), id("Exec"), rw.or(id("Exec")), conv(perm, 0xF0).or(id("Exec"))));
        b.call(fmtPrintln("can write:", rw.and(id("Write")).ne(0), "can exec:", rw.and(id("Exec")).ne(0), "dropped write:", rw.andNot(id("Write")), compl(rw)));

        b.call(fmtPrintln(id("KB"), id("MB"), id("GB"), id("TB"), id("TB").div(id("GB"))));
        b.call(fmtPrintf("%T %T\n", id("KB"), id("MB")));
        b.call(fmtPrintln(id("Small"), id("Medium"), id("Huge"), id("Unknown")));
        b.call(fmtPrintln(id("A"), id("B"), id("D"), id("E"), id("F"), id("G"), id("H"), id("I")));
        b.call(fmtPrintf("%T %T %T %T\n", id("A"), id("F"), id("G"), id("I")));

        Var hours = b.define("hours", lit(mapOf(weekday, INT), kv(id("Monday"), 8), kv(id("Friday"), 6), kv(id("Sunday"), 0)));
        b.call(fmtPrintln(hours, len(hours)));
        b.call(fmtPrintln(hours.index(id("Friday")), hours.index(id("Thursday"))));
      });
    }));
  }
}
