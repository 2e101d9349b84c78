package dev.gosem.api.print;

import dev.gosem.api.GoPackage;
import dev.gosem.api.Program;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.File;
import dev.gosem.api.ast.Stmt;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * GoPrinter writes the program model as Go source, formatted exactly as {@code gofmt} formats it:
 * {@code gofmt -l} finds nothing to change in its output.
 *
 * <p>The layout is the one gofmt keeps for source with one statement per line: tabs for
 * indentation, one blank line between top-level declarations and none inside function bodies,
 * imports sorted and grouped when there are several, grouped var/const specs aligned in columns,
 * labels outdented, and the spacing of binary expressions chosen by the same precedence/depth
 * rules as {@code go/printer}. Literal text is printed as given, except that number literals are
 * normalized the way gofmt does ({@code 0X1F} becomes {@code 0x1F}, {@code 1E3} becomes
 * {@code 1e3}).
 *
 * <p>Where gofmt keeps either of two layouts, the printer chooses one: a declared struct or
 * interface type has one field per line (names and types in columns, as gofmt's tabwriter lines
 * them up), while elsewhere a single small field stays on the line ({@code struct{ X int }});
 * composite literals are written on one line; a function literal's statements go on lines of
 * their own and an empty body is {@code {}}; case clauses sit at the switch's indentation. A
 * composite literal {@code T{...}} of a type name in the header of an if, for or switch is
 * parenthesized, as the Go spec requires and gofmt keeps.
 *
 * <p>With {@link Options#go119()} the source is also lowered to Go 1.19: constructs newer than
 * Go 1.19 are replaced by equivalent Go 1.19 code (a range over an integer becomes a
 * three-clause loop), so golden outputs can be made with a Go 1.19 toolchain.
 */
public final class GoPrinter {
  private GoPrinter() {}

  /** Options choose the Go dialect the printer writes. */
  public static final class Options {
    private static final Options STANDARD = new Options(false, null);
    private static final Options GO119 = new Options(true, null);

    private final boolean go119;
    private final Predicate<Stmt.Range> overInteger;

    private Options(boolean go119, Predicate<Stmt.Range> overInteger) {
      this.go119 = go119;
      this.overInteger = overInteger;
    }

    /** The program exactly as modelled, whatever Go version its constructs need. */
    public static Options standard() {
      return STANDARD;
    }

    /**
     * Source that Go 1.19 accepts: constructs newer than Go 1.19 (for now range over an int, Go
     * 1.22) are written as equivalent Go 1.19 code.
     */
    public static Options go119() {
      return GO119;
    }

    /**
     * Go 1.19 source, where {@code overInteger} says which range loops range over an integer and
     * are rewritten (e.g. from the type checker: {@code r -> Types.isInteger(info.typeOf(r.x()))});
     * it is asked about the program's own Range nodes. {@link #go119()} decides without types.
     */
    public static Options go119(Predicate<Stmt.Range> overInteger) {
      return new Options(true, Objects.requireNonNull(overInteger));
    }

    /** Whether constructs newer than Go 1.19 are lowered. */
    public boolean lowersToGo119() {
      return go119;
    }

    @Override
    public String toString() {
      return go119 ? "Options[go119]" : "Options[standard]";
    }
  }

  /** The gofmt-formatted source of one file. */
  public static String print(File f) {
    return print(f, Options.standard());
  }

  /** The gofmt-formatted source of one file, in the dialect the options choose. */
  public static String print(File f, Options options) {
    if (options.go119) {
      Predicate<Stmt.Range> overInteger = options.overInteger != null ? options.overInteger : RangeKinds.of(f);
      f = new Go119Lowering(Names.of(f), overInteger).lower(f);
    }
    return new Printer().file(f);
  }

  /** The gofmt-formatted source of each file of a program: file name to source, in file order. */
  public static Map<String, String> print(Program p) {
    return print(p, Options.standard());
  }

  /**
   * The gofmt-formatted source of each file of a program, in the dialect the options choose:
   * file name to source, in file order. A program with packages is printed as a Go module:
   * package main's files at the top, each package's files in the directory its import path
   * names under the module path ({@code geom/geom.go} for {@code example/geom}), and
   * {@code go.mod} ({@code module example}, with the program's Go version, or 1.19 when lowering
   * to Go 1.19).
   */
  public static Map<String, String> print(Program p, Options options) {
    Map<String, String> out = new LinkedHashMap<>();
    printFiles(p, p.files(), "", options, out);
    for (GoPackage pkg : p.packages()) {
      String dir = pkg.path().substring(p.modulePath().length() + 1) + "/";
      printFiles(p, pkg.files(), dir, options, out);
    }
    if (!p.packages().isEmpty()) {
      String version = options.go119 ? "1.19" : p.goVersion().substring(2);
      out.put("go.mod", "module " + p.modulePath() + "\n\ngo " + version + "\n");
    }
    return Collections.unmodifiableMap(out);
  }

  private static void printFiles(Program p, List<File> files, String dir, Options options, Map<String, String> out) {
    // Names hidden by the Go 1.19 lowering must differ from every name in the package, since a
    // package-level name of one file is visible in all of them.
    Program pkg = new Program(p.name(), files, p.goVersion());
    Go119Lowering lowering = !options.go119 ? null
        : new Go119Lowering(Names.of(pkg), options.overInteger != null ? options.overInteger : RangeKinds.of(pkg));
    for (File f : files) {
      File g = lowering == null ? f : lowering.lower(f);
      if (out.put(dir + f.name(), new Printer().file(g)) != null) {
        throw new IllegalArgumentException("program " + p.name() + " has two files named " + dir + f.name());
      }
    }
  }

  /**
   * An expression as gofmt prints it on its own, e.g. as the right-hand side of an assignment:
   * {@code a*b + c}.
   */
  public static String print(Expr e) {
    return new Printer().exprText(e);
  }
}
