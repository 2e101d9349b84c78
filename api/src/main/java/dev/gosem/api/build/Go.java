package dev.gosem.api.build;

import dev.gosem.api.Pos;
import dev.gosem.api.Program;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.UnaryOp;
import dev.gosem.api.types.Array;
import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Interface;
import dev.gosem.api.types.Kind;
import dev.gosem.api.types.MapType;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Signature;
import dev.gosem.api.types.Slice;
import dev.gosem.api.types.Struct;
import dev.gosem.api.types.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
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
 *
 * <p>Types are {@link dev.gosem.api.types.Type} values: the predeclared ones in
 * {@link dev.gosem.api.types.Types}, composite ones made here ({@link #sliceOf}, {@link #mapOf},
 * {@link #arrayOf}, {@link #ptr}, {@link #struct}, {@link #iface}, {@link #sig}), and the handles
 * that type declarations return:
 *
 * <pre>{@code
 * Named point = f.type("Point", struct(field("X", INT), field("Y", INT)));
 * f.method(recv("p", ptr(point)), "Move", (fn, p) -> {
 *   Var dx = fn.param("dx", INT);
 *   fn.addAssign(p.field("X"), dx);
 * });
 * f.func("main", b -> {
 *   Var ps = b.define("ps", lit(sliceOf(point), elems(1, 2), elems(kv("Y", 3))));
 *   b.rangeOver(ps, "i", "q", (body, i, q) -> body.call(ps.index(i).addr().method("Move", q.field("Y"))));
 *   b.define("double", func(fn -> { Var v = fn.param("v", INT); fn.result(INT); fn.ret(v.mul(2)); }));
 * });
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
      case Composite.Keyed k -> throw new IllegalArgumentException(k + " is only valid as an element of a composite literal, lit(type, ...)");
      case Composite.Elided e -> throw new IllegalArgumentException(e + " is only valid as an element of a composite literal, lit(type, ...)");
      case null -> throw new IllegalArgumentException("null is not a Go expression; use Go.nil() for nil");
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

  // ---- types ----

  /** {@code byte}: equal to {@link dev.gosem.api.types.Types#UINT8} but spelled byte in programs. */
  public static final Basic BYTE = new Basic(Kind.UINT8);

  /** {@code rune}: equal to {@link dev.gosem.api.types.Types#INT32} but spelled rune in programs. */
  public static final Basic RUNE = new Basic(Kind.INT32);

  /** The slice type {@code []elem}. */
  public static dev.gosem.api.types.Chan chanOf(Type elem) {
    return new dev.gosem.api.types.Chan(elem, dev.gosem.api.types.Chan.Dir.BOTH);
  }

  /** {@code chan<- elem}, a send-only channel. */
  public static dev.gosem.api.types.Chan sendChanOf(Type elem) {
    return new dev.gosem.api.types.Chan(elem, dev.gosem.api.types.Chan.Dir.SEND);
  }

  /** {@code <-chan elem}, a receive-only channel. */
  public static dev.gosem.api.types.Chan recvChanOf(Type elem) {
    return new dev.gosem.api.types.Chan(elem, dev.gosem.api.types.Chan.Dir.RECV);
  }

  /** {@code <-ch}: receives a value (with {@code define(names("v", "ok"), receive(ch))}, also whether ch was open). */
  public static Ex receive(Object ch) {
    Pos p = Where.here();
    return new Ex(new Expr.Unary(UnaryOp.RECV, ex(ch, p).expr, p));
  }

  /** {@code close(ch)} as an expression; {@link BlockBuilder#close} adds the statement. */
  public static Ex close(Object ch) {
    Pos p = Where.here();
    return builtin("close", List.of(ex(ch, p).expr), false, p);
  }

  public static Slice sliceOf(Type elem) {
    return new Slice(elem);
  }

  /** The array type {@code [len]elem}. */
  public static Array arrayOf(long len, Type elem) {
    if (len < 0) throw new IllegalArgumentException("array length " + len + " is negative");
    return new Array(len, elem);
  }

  /** The map type {@code map[key]elem}. */
  public static MapType mapOf(Type key, Type elem) {
    return new MapType(key, elem);
  }

  /** The pointer type {@code *elem}. */
  public static Pointer ptr(Type elem) {
    return new Pointer(elem);
  }

  /** A struct type, {@code struct { fields }}; make fields with {@link #field} and {@link #embed}. */
  public static Struct struct(Struct.Field... fields) {
    return new Struct(Arrays.asList(fields));
  }

  /** A struct field {@code name type}. */
  public static Struct.Field field(String name, Type type) {
    return new Struct.Field(name, type, false);
  }

  /** An embedded struct field: {@code T} or {@code *T}, named after T. */
  public static Struct.Field embed(Type type) {
    Type base = type instanceof Pointer p ? p.elem() : type;
    if (!(base instanceof Named n)) throw new IllegalArgumentException("an embedded field must be a type name T or *T, not " + type);
    return new Struct.Field(n.name(), type, true);
  }

  /**
   * An interface type, {@code interface { methods }}. Methods are kept, and printed, in name order
   * (an {@link Interface} is a method set); embed another interface by listing its methods.
   */
  public static Interface iface(Interface.Method... methods) {
    return new Interface(Arrays.asList(methods));
  }

  /** An interface method {@code name(params) results}. */
  public static Interface.Method method(String name, Signature sig) {
    return new Interface.Method(name, sig);
  }

  /** An interface method, e.g. {@code method("Area", List.of(), FLOAT64)} for {@code Area() float64}. */
  public static Interface.Method method(String name, List<Type> params, Type... results) {
    return new Interface.Method(name, sig(params, results));
  }

  /** The function type {@code func(params) results}. */
  public static Signature sig(List<Type> params, Type... results) {
    return new Signature(params, List.of(results));
  }

  /**
   * A variadic function type: the last of {@code params} is the element type of the variadic
   * parameter, so {@code variadicSig(List.of(STRING, INT))} is {@code func(string, ...int)}.
   */
  public static Signature variadicSig(List<Type> params, Type... results) {
    if (params.isEmpty()) throw new IllegalArgumentException("a variadic signature needs at least one parameter");
    List<Type> ps = new ArrayList<>(params);
    ps.set(ps.size() - 1, new Slice(ps.getLast()));
    return new Signature(ps, List.of(results), true);
  }

  /**
   * A named type of another package, e.g. {@code pkgType("strings", "Builder")}; the file must
   * import the package. Its underlying type is unknown here.
   */
  public static Named pkgType(String pkgPath, String name) {
    if (pkgPath.isEmpty() || pkgPath.equals("main")) {
      throw new IllegalArgumentException("pkgType is for types of imported packages; declare " + name + " with type(...)");
    }
    return new Named(pkgPath, name, null);
  }

  // ---- composite values ----

  /** {@code nil}. */
  public static Var nil() {
    return new Var("nil", Where.here());
  }

  /** {@code iota}, the index of the spec in a const group. */
  public static Var iota() {
    return new Var("iota", Where.here());
  }

  /**
   * The composite literal {@code T{elts}}: {@code lit(point, 1, 2)}, {@code lit(point, kv("X", 1))},
   * {@code lit(mapOf(STRING, INT), kv("a", 1))}, {@code lit(sliceOf(point), elems(1, 2))}. See
   * {@link Composite} for what keys mean.
   */
  public static Ex lit(Type type, Object... elts) {
    Pos p = Where.here();
    return new Ex(Composite.lit(type, elts, p));
  }

  /** The element {@code key: value} of a composite literal. */
  public static Composite.Keyed kv(Object key, Object value) {
    if (value == null) throw new IllegalArgumentException("the value of kv(" + key + ", ...) cannot be null; use Go.nil() for nil");
    return new Composite.Keyed(key, value, Where.here());
  }

  /** An inner composite literal {@code {elts}} whose type is the outer literal's element type. */
  public static Composite.Elided elems(Object... elts) {
    return new Composite.Elided(elts, Where.here());
  }

  /**
   * A function literal (a closure): the lambda declares its parameters and results and adds its
   * statements, e.g. {@code Go.func(fn -> { Var x = fn.param("x", INT); fn.result(INT); fn.ret(x.mul(2)); })}.
   */
  public static Ex func(Consumer<FuncBuilder> body) {
    FuncBuilder f = new FuncBuilder(null, Where.here());
    body.accept(f);
    return new Ex(f.buildLit());
  }

  /** {@code &x}. */
  public static Ex addr(Object x) {
    Pos p = Where.here();
    return new Ex(new Expr.Unary(UnaryOp.ADDR, ex(x, p).expr, p));
  }

  /** {@code *x}. */
  public static Ex deref(Object x) {
    Pos p = Where.here();
    return new Ex(new Expr.Star(ex(x, p).expr, p));
  }

  /** The receiver {@code (name type)} of a method; see {@link FileBuilder#method}. */
  public static Receiver recv(String name, Type type) {
    if (name == null) throw new IllegalArgumentException("a receiver name cannot be null; use recv(type) for an unnamed receiver");
    return new Receiver(name, type);
  }

  /** An unnamed receiver {@code (type)}. */
  public static Receiver recv(Type type) {
    return new Receiver(null, type);
  }

  // ---- calls ----

  /** {@code fun(args..., last...)}: the last argument is spread into the variadic parameter. */
  public static Ex callSpread(String fun, Object... args) {
    Pos p = Where.here();
    return new Ex(spread(new Expr.Ident(fun, p), args, p));
  }

  /** {@code fun(args..., last...)} for any function value. */
  public static Ex callSpread(Ex fun, Object... args) {
    Pos p = Where.here();
    return new Ex(spread(fun.expr, args, p));
  }

  static Expr.Call spread(Expr fun, Object[] args, Pos p) {
    if (args.length == 0) throw new IllegalArgumentException("a call with ... needs an argument to spread");
    return new Expr.Call(fun, exprs(args, p), true, p);
  }

  private static Ex builtin(String name, List<Expr> args, boolean ellipsis, Pos p) {
    return new Ex(new Expr.Call(new Expr.Ident(name, p), args, ellipsis, p));
  }

  /** The builtin {@code make(T, sizes...)}: a slice (length, capacity) or a map (size hint). */
  public static Ex make(Type type, Object... sizes) {
    Pos p = Where.here();
    List<Expr> args = new ArrayList<>();
    args.add(TypeExprs.of(type, p));
    args.addAll(exprs(sizes, p));
    return builtin("make", args, false, p);
  }

  /** The builtin {@code new(T)} ({@code new} is a Java keyword). */
  public static Ex newOf(Type type) {
    Pos p = Where.here();
    return builtin("new", List.of(TypeExprs.of(type, p)), false, p);
  }

  /** The builtin {@code append(s, xs...)}. */
  public static Ex append(Object s, Object... xs) {
    Pos p = Where.here();
    List<Expr> args = new ArrayList<>();
    args.add(ex(s, p).expr);
    args.addAll(exprs(xs, p));
    return builtin("append", args, false, p);
  }

  /** {@code append(s, t...)}: appends all elements of t (a slice, or a string to a []byte). */
  public static Ex appendSpread(Object s, Object t) {
    Pos p = Where.here();
    return builtin("append", List.of(ex(s, p).expr, ex(t, p).expr), true, p);
  }

  /** The builtin {@code copy(dst, src)}. */
  public static Ex copy(Object dst, Object src) {
    Pos p = Where.here();
    return builtin("copy", List.of(ex(dst, p).expr, ex(src, p).expr), false, p);
  }

  /** The builtin {@code delete(m, key)}. */
  public static Ex delete(Object m, Object key) {
    Pos p = Where.here();
    return builtin("delete", List.of(ex(m, p).expr, ex(key, p).expr), false, p);
  }

  /** The builtin {@code cap(x)}. */
  public static Ex cap(Object x) {
    Pos p = Where.here();
    return builtin("cap", List.of(ex(x, p).expr), false, p);
  }

  /** The builtin {@code panic(v)}. */
  public static Ex panic(Object v) {
    Pos p = Where.here();
    return builtin("panic", List.of(ex(v, p).expr), false, p);
  }

  /** The builtin {@code recover()}. */
  public static Ex recover() {
    return builtin("recover", List.of(), false, Where.here());
  }

  /** {@code fmt.Printf(format, args...)}; the file must import "fmt". */
  public static Ex fmtPrintf(String format, Object... args) {
    return pkgCall("fmt", "Printf", prepend(format, args));
  }

  /** {@code fmt.Sprintf(format, args...)}. */
  public static Ex fmtSprintf(String format, Object... args) {
    return pkgCall("fmt", "Sprintf", prepend(format, args));
  }

  /** {@code fmt.Sprint(args...)}. */
  public static Ex fmtSprint(Object... args) {
    return pkgCall("fmt", "Sprint", args);
  }

  /** {@code fmt.Sprintln(args...)}. */
  public static Ex fmtSprintln(Object... args) {
    return pkgCall("fmt", "Sprintln", args);
  }

  /** {@code fmt.Errorf(format, args...)}. */
  public static Ex fmtErrorf(String format, Object... args) {
    return pkgCall("fmt", "Errorf", prepend(format, args));
  }

  /** {@code errors.New(text)}; the file must import "errors". */
  public static Ex errorsNew(Object text) {
    return pkgCall("errors", "New", text);
  }

  /** {@code strconv.Itoa(i)}; the file must import "strconv". */
  public static Ex strconvItoa(Object i) {
    return pkgCall("strconv", "Itoa", i);
  }

  private static Object[] prepend(Object first, Object[] rest) {
    Object[] all = new Object[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
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
