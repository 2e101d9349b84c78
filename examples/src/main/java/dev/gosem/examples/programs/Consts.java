package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.compl;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.id;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.not;
import static dev.gosem.api.build.Go.paren;
import static dev.gosem.api.build.Go.rune;
import static dev.gosem.api.build.Go.str;

import dev.gosem.api.Pos;
import dev.gosem.api.Program;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;
import java.util.List;

/**
 * Consts covers Go constants: untyped constants are exact (integers beyond 64 bits, rationals
 * such as 1.0/3 that times 3 is exactly 1) and take a type only where used; typed constants
 * behave like values of their type; integer division of constants truncates while a float
 * operand makes it exact; iota with implicit repetition in a group.
 */
public final class Consts {
  private Consts() {}

  public static Program program() {
    return Go.program("consts", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.constant("greeting", "hello");
      f.constant("big", lit(1).shl(100));
      f.constant("third", lit(1.0).div(3));
      f.constant("typed", Types.INT16, 300);
      f.constant("answer", Types.INT64, 42);
      f.constant("half", Types.FLOAT64, 0.5);
      f.constant("letter", rune('a'));
      f.constant("truth", lit(1).lt(2));
      f.constant("greetingLen", len(id("greeting")));
      // const ( KB = 1 << (10 * (iota + 1)); MB; GB; TB ): the first spec repeats implicitly.
      f.decl(group(
          spec("KB", lit(1).shl(paren(lit(10).mul(paren(id("iota").add(1))))).expr()),
          spec("MB", null), spec("GB", null), spec("TB", null)));
      f.decl(group(
          spec("Sunday", id("iota").expr()), spec("Monday", null), spec("Tuesday", null),
          spec("skipped", id("iota").mul(10).expr()), spec("Thursday", null)));
      f.func("main", b -> {
        b.call(fmtPrintln(id("greeting").add(", world"), id("greetingLen"), len("héllo")));
        b.call(fmtPrintln("big", id("big").shr(98), id("big").div(lit(1).shl(97)), id("big").rem(7), id("big").sub(id("big")).add(1)));
        b.call(fmtPrintln("third", id("third"), id("third").mul(3), id("third").mul(3).eq(1), lit(0.1).mul(3).eq(0.3)));
        b.call(fmtPrintln("typed", id("typed").mul(100), id("typed").div(7), id("answer").div(5), id("answer").rem(5), id("half").mul(3)));
        b.call(fmtPrintln("division", lit(7).div(2), lit(7).div(2.0), lit(-7).div(2), lit(-7).rem(3), lit(7.0).div(2), lit(1).div(3).mul(3)));
        b.call(fmtPrintln("runes", id("letter"), id("letter").add(1), rune('z').sub(rune('a')), rune('é')));
        b.call(fmtPrintln("bools", id("truth"), not(id("truth")), id("truth").andAlso(lit(3).gt(4))));
        b.call(fmtPrintln("sizes", id("KB"), id("MB"), id("GB"), id("TB"), id("TB").div(id("GB"))));
        b.call(fmtPrintln("days", id("Sunday"), id("Monday"), id("Tuesday"), id("skipped"), id("Thursday")));
        b.call(fmtPrintln("complement", compl(0), compl(conv(Types.UINT8, 0)), compl(conv(Types.UINT16, 1)), compl(conv(Types.INT8, 5))));
        b.call(fmtPrintln("huge", lit(1e300).mul(1e300).div(1e300), str("a").add("b").add("c"), lit(1).shl(62), lit(1).shl(63).sub(1)));
        b.constant("local", Types.UINT8, 200);
        // A constant converts to the other operand's type: here 3.0 becomes the int 3.
        Var x = b.define("x", 10);
        Var u = b.var("u", Types.UINT8, id("local"));
        b.call(fmtPrintln("conversions", x.div(3).mul(3.0), x.add(rune('0')), u.add(55), conv(Types.FLOAT64, x).div(4), id("local").div(3)));
      });
    }));
  }

  private static Decl group(Spec.ValueSpec... specs) {
    return new Decl.GenDecl(Decl.Kind.CONST, List.of(specs), true, Pos.NONE);
  }

  private static Spec.ValueSpec spec(String name, Expr value) {
    return new Spec.ValueSpec(List.of(new Expr.Ident(name, Pos.NONE)), null, value == null ? List.of() : List.of(value), Pos.NONE);
  }
}
