package dev.gosem.api.build;

import dev.gosem.api.Pos;
import dev.gosem.api.Program;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.UnaryOp;
import dev.gosem.api.types.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Go is the entry point of the fluent builder; import its members statically.
 *
 * <pre>{@code
 * Program p = Go.program("hello", prog -> prog.file("main.go", f -> {
 *   f.imports("fmt");
 *   f.func("main", fn -> fn.call(fmtPrintln("hello, world")));
 * }));
 * }</pre>
 */
public final class Go {
  private Go() {}

  /** Builds an immutable program; {@code name} identifies it in tools and reports. */
  public static Program program(String name, Consumer<ProgramBuilder> body) {
    ProgramBuilder b = new ProgramBuilder(name);
    body.accept(b);
    return b.build();
  }

  /**
   * Turns a Java value into an expression: an {@link Ex} stays itself; integers, doubles,
   * booleans, chars and strings become Go literals (a Java String is a Go string literal; refer to
   * names with {@link #id}).
   */
  public static Ex ex(Object v) {
    return ex(v, Where.here());
  }

  static Ex ex(Object v, Pos pos) {
    return switch (v) {
      case Ex e -> e;
      case Long l -> intLit(BigInteger.valueOf(l), pos);
      case Integer i -> intLit(BigInteger.valueOf(i), pos);
      case Short s -> intLit(BigInteger.valueOf(s), pos);
      case Byte b -> intLit(BigInteger.valueOf(b), pos);
      case BigInteger b -> intLit(b, pos);
      case Double d -> floatLit(d, pos);
      case Boolean b -> new Ex(new Expr.Ident(b.toString(), pos));
      case Character c -> new Ex(new Expr.BasicLit(Expr.LitKind.RUNE, Literals.quoteRune(c), pos));
      case String s -> new Ex(new Expr.BasicLit(Expr.LitKind.STRING, Literals.quote(s), pos));
      case Type t -> new Ex(TypeExprs.of(t, pos));
      case null -> throw new IllegalArgumentException("null is not a Go expression; use Go.nil() when nil exists");
      default -> throw new IllegalArgumentException("cannot use a " + v.getClass().getName() + " as a Go expression");
    };
  }

  private static Ex intLit(BigInteger v, Pos pos) {
    if (v.signum() < 0) {
      return new Ex(new Expr.Unary(UnaryOp.NEG, new Expr.BasicLit(Expr.LitKind.INT, v.negate().toString(), pos), pos));
    }
    return new Ex(new Expr.BasicLit(Expr.LitKind.INT, v.toString(), pos));
  }

  private static Ex floatLit(double d, Pos pos) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new IllegalArgumentException(d + " has no Go literal; compute it (e.g. math.Inf) instead");
    }
    String text = Literals.floatText(Math.abs(d));
    Expr lit = new Expr.BasicLit(Expr.LitKind.FLOAT, text, pos);
    boolean negative = d < 0 || (d == 0 && 1 / d < 0);
    return new Ex(negative ? new Expr.Unary(UnaryOp.NEG, lit, pos) : lit);
  }

  /** An integer literal. */
  public static Ex lit(long v) {
    return intLit(BigInteger.valueOf(v), Where.here());
  }

  /** An integer literal of any size (constant expressions may exceed 64 bits). */
  public static Ex lit(BigInteger v) {
    return intLit(v, Where.here());
  }

  /** A floating-point literal. */
  public static Ex lit(double v) {
    return floatLit(v, Where.here());
  }

  /** {@code true} or {@code false}. */
  public static Ex lit(boolean v) {
    return new Ex(new Expr.Ident(Boolean.toString(v), Where.here()));
  }

  /** A string literal. */
  public static Ex str(String s) {
    return new Ex(new Expr.BasicLit(Expr.LitKind.STRING, Literals.quote(s), Where.here()));
  }

  /** A rune literal such as {@code 'a'}. */
  public static Ex rune(int codePoint) {
    return new Ex(new Expr.BasicLit(Expr.LitKind.RUNE, Literals.quoteRune(codePoint), Where.here()));
  }

  /** A literal written exactly as given in Go syntax, e.g. {@code 0x1F} or {@code 1e3}. */
  public static Ex literal(Expr.LitKind kind, String goText) {
    return new Ex(new Expr.BasicLit(kind, goText, Where.here()));
  }

  /** A reference to a name: a variable, constant, function or type. */
  public static Var id(String name) {
    return new Var(name, Where.here());
  }

  /** The blank identifier {@code _}. */
  public static Var blank() {
    return new Var("_", Where.here());
  }

  /** A qualified name {@code pkg.name}, e.g. {@code sel("fmt", "Println")}. */
  public static Ex sel(String pkg, String name) {
    Pos p = Where.here();
    return new Ex(new Expr.Selector(new Expr.Ident(pkg, p), name, p));
  }

  /** A call of the function named {@code fun}. */
  public static Ex call(String fun, Object... args) {
    Pos p = Where.here();
    return new Ex(new Expr.Call(new Expr.Ident(fun, p), exprs(args, p), p));
  }

  /** A call of any function value. */
  public static Ex call(Ex fun, Object... args) {
    Pos p = Where.here();
    return new Ex(new Expr.Call(fun.expr, exprs(args, p), p));
  }

  /** The conversion {@code T(x)}. */
  public static Ex conv(Type t, Object x) {
    Pos p = Where.here();
    return new Ex(new Expr.Call(TypeExprs.of(t, p), List.of(ex(x, p).expr), p));
  }

  /** The builtin {@code len(x)}. */
  public static Ex len(Object x) {
    return call(id("len"), x);
  }

  public static Ex not(Object x) {
    return unary(UnaryOp.NOT, x);
  }

  public static Ex neg(Object x) {
    return unary(UnaryOp.NEG, x);
  }

  /** Bitwise complement {@code ^x}. */
  public static Ex compl(Object x) {
    return unary(UnaryOp.XOR, x);
  }

  public static Ex plus(Object x) {
    return unary(UnaryOp.PLUS, x);
  }

  public static Ex unary(UnaryOp op, Object x) {
    Pos p = Where.here();
    return new Ex(new Expr.Unary(op, ex(x, p).expr, p));
  }

  /** {@code (x)}: explicit grouping, printed as written. */
  public static Ex paren(Object x) {
    Pos p = Where.here();
    return new Ex(new Expr.Paren(ex(x, p).expr, p));
  }

  /** {@code fmt.Println(args...)}; the file must import "fmt". */
  public static Ex fmtPrintln(Object... args) {
    return pkgCall("fmt", "Println", args);
  }

  /** {@code fmt.Print(args...)}; the file must import "fmt". */
  public static Ex fmtPrint(Object... args) {
    return pkgCall("fmt", "Print", args);
  }

  /** {@code os.Exit(code)}; the file must import "os". */
  public static Ex osExit(Object code) {
    return pkgCall("os", "Exit", code);
  }

  /** A call {@code pkg.name(args...)} of a function from an imported package. */
  public static Ex pkgCall(String pkg, String name, Object... args) {
    Pos p = Where.here();
    Expr fun = new Expr.Selector(new Expr.Ident(pkg, p), name, p);
    return new Ex(new Expr.Call(fun, exprs(args, p), p));
  }

  /** Names for a multi-variable declaration: {@code b.define(names("q", "r"), call("divmod", a, b))}. */
  public static String[] names(String... names) {
    return names;
  }

  static List<Expr> exprs(Object[] args, Pos p) {
    List<Expr> out = new ArrayList<>(args.length);
    for (Object a : args) out.add(ex(a, p).expr);
    return out;
  }
}
