package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.fmtPrint;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.neg;
import static dev.gosem.api.build.Go.not;
import static dev.gosem.api.build.Go.rune;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;

/**
 * FmtPrint prints every supported type with fmt.Println and fmt.Print: fmt's %v formats, the
 * default types of untyped constants (a rune constant prints as a number), Println's spaces and
 * newline, and Print's rule of a space only between two operands that are not strings.
 */
public final class FmtPrint {
  private FmtPrint() {}

  public static Program program() {
    return Go.program("fmtprint", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("main", b -> {
        Var yes = b.define("yes", true);
        b.call(fmtPrintln(yes, not(yes), lit(1).lt(2)));
        b.call(fmtPrintln(conv(Types.INT8, -128), conv(Types.INT16, -32768), conv(Types.INT32, lit(-1).shl(31)),
            conv(Types.INT64, lit(-1).shl(63)), lit(1).shl(63).sub(1)));
        b.call(fmtPrintln(conv(Types.UINT8, 255), conv(Types.UINT16, 65535), conv(Types.UINT32, lit(1).shl(32).sub(1)),
            conv(Types.UINT64, lit(1).shl(64).sub(1)), conv(Types.UINT, 0), conv(Types.UINTPTR, 4096)));
        b.call(fmtPrintln(rune('x'), rune('世'), conv(Types.BYTE, 'A'), 1.0, 2.5, neg(lit(0.000125)), 1e9, 1e21));
        b.call(fmtPrintln("", "a", "", "b", ""));
        b.call(fmtPrintln());
        b.call(fmtPrintln("quotes \" and \\ and\ttabs are printed raw"));
        Var n = b.define("n", 3);
        Var x = b.define("x", 0.25);
        Var s = b.define("s", "str");
        b.call(fmtPrint(n, n, "\n"));
        b.call(fmtPrint(n, s, n, "\n"));
        b.call(fmtPrint(s, s, "\n"));
        b.call(fmtPrint(x, yes, n, x, "\n"));
        b.call(fmtPrint("", n, "", n, "\n"));
        b.call(fmtPrint(yes, "\n"));
        b.call(fmtPrint());
        b.call(fmtPrint(n));
        b.call(fmtPrint("\n"));
      });
    }));
  }
}
