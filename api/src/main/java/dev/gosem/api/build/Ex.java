package dev.gosem.api.build;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.UnaryOp;
import dev.gosem.api.print.GoPrinter;
import dev.gosem.api.types.Type;

/**
 * Ex is a handle on an expression being built, with Go's operators as methods so builder code
 * reads left to right: {@code n.sub(1).mul(n)}. Operands may be other handles or plain Java
 * values (see {@link Go#ex(Object)}).
 */
public class Ex {
  final Expr expr;

  Ex(Expr expr) {
    this.expr = expr;
  }

  /** The model node this handle stands for. */
  public Expr expr() {
    return expr;
  }

  /** The same expression with an explicit position instead of the Java call site. */
  public Ex at(Pos pos) {
    return new Ex(Positions.with(expr, pos));
  }

  private Ex bin(BinaryOp op, Object y) {
    return new Ex(new Expr.Binary(expr, op, Go.ex(y).expr, Where.here()));
  }

  public Ex add(Object y) { return bin(BinaryOp.ADD, y); }
  public Ex sub(Object y) { return bin(BinaryOp.SUB, y); }
  public Ex mul(Object y) { return bin(BinaryOp.MUL, y); }
  public Ex div(Object y) { return bin(BinaryOp.QUO, y); }
  public Ex rem(Object y) { return bin(BinaryOp.REM, y); }
  public Ex and(Object y) { return bin(BinaryOp.AND, y); }
  public Ex or(Object y) { return bin(BinaryOp.OR, y); }
  public Ex xor(Object y) { return bin(BinaryOp.XOR, y); }
  public Ex andNot(Object y) { return bin(BinaryOp.AND_NOT, y); }
  public Ex shl(Object y) { return bin(BinaryOp.SHL, y); }
  public Ex shr(Object y) { return bin(BinaryOp.SHR, y); }
  public Ex eq(Object y) { return bin(BinaryOp.EQL, y); }
  public Ex ne(Object y) { return bin(BinaryOp.NEQ, y); }
  public Ex lt(Object y) { return bin(BinaryOp.LSS, y); }
  public Ex le(Object y) { return bin(BinaryOp.LEQ, y); }
  public Ex gt(Object y) { return bin(BinaryOp.GTR, y); }
  public Ex ge(Object y) { return bin(BinaryOp.GEQ, y); }
  /** Short-circuit {@code &&}. */
  public Ex andAlso(Object y) { return bin(BinaryOp.LAND, y); }
  /** Short-circuit {@code ||}. */
  public Ex orElse(Object y) { return bin(BinaryOp.LOR, y); }

  /** Any binary operator, for generated code that picks operators from data. */
  public Ex op(BinaryOp op, Object y) {
    return bin(op, y);
  }

  /**
   * {@code x[i]}: an element of an array, slice or string, or a map value. As the single value
   * of a two-variable definition it is the comma-ok form:
   * {@code b.define(names("v", "ok"), m.index("k"))}.
   */
  public Ex index(Object i) {
    Pos p = Where.here();
    return new Ex(new Expr.Index(expr, Go.ex(i, p).expr, p));
  }

  /** {@code x.name}: a field, a method value, or a package member. */
  public Ex field(String name) {
    return new Ex(new Expr.Selector(expr, name, Where.here()));
  }

  /** {@code x(args...)}: a call of this function value. */
  public Ex call(Object... args) {
    Pos p = Where.here();
    return new Ex(new Expr.Call(expr, Go.exprs(args, p), p));
  }

  /** {@code x(args..., last...)}: a call whose last argument is spread into the variadic parameter. */
  public Ex callSpread(Object... args) {
    Pos p = Where.here();
    return new Ex(Go.spread(expr, args, p));
  }

  /** {@code x.name(args...)}: a method call. */
  public Ex method(String name, Object... args) {
    Pos p = Where.here();
    return new Ex(new Expr.Call(new Expr.Selector(expr, name, p), Go.exprs(args, p), p));
  }

  /** {@code &x}. */
  public Ex addr() {
    return new Ex(new Expr.Unary(UnaryOp.ADDR, expr, Where.here()));
  }

  /** {@code *x}: the variable x points to. */
  public Ex deref() {
    return new Ex(new Expr.Star(expr, Where.here()));
  }

  /** {@code x[:]}. */
  public Ex slice() {
    return new Ex(new Expr.SliceExpr(expr, null, null, null, false, Where.here()));
  }

  /** {@code x[lo:hi]}; a null bound is left out ({@code x[:hi]}, {@code x[lo:]}). */
  public Ex slice(Object lo, Object hi) {
    Pos p = Where.here();
    return new Ex(new Expr.SliceExpr(expr, bound(lo, p), bound(hi, p), null, false, p));
  }

  /** {@code x[lo:hi:max]}; lo may be null, hi and max are required. */
  public Ex slice3(Object lo, Object hi, Object max) {
    Pos p = Where.here();
    if (hi == null) throw new IllegalArgumentException("middle index required in 3-index slice");
    if (max == null) throw new IllegalArgumentException("final index required in 3-index slice");
    return new Ex(new Expr.SliceExpr(expr, bound(lo, p), bound(hi, p), bound(max, p), true, p));
  }

  private static Expr bound(Object b, Pos p) {
    return b == null ? null : Go.ex(b, p).expr;
  }

  /**
   * The type assertion {@code x.(T)}. As the single value of a two-variable definition it is the
   * comma-ok form: {@code b.define(names("v", "ok"), x.assertType(INT))} ({@code assert} is a Java keyword).
   */
  public Ex assertType(Type t) {
    Pos p = Where.here();
    return new Ex(new Expr.TypeAssert(expr, TypeExprs.of(t, p), p));
  }

  /** The expression as Go source, e.g. {@code a*b + c}. */
  @Override
  public String toString() {
    return GoPrinter.print(expr);
  }
}
