package dev.gosem.api.build;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.ast.Expr;

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

  /** {@code x[i]}. */
  public Ex index(Object i) {
    return new Ex(new Expr.Index(expr, Go.ex(i).expr, Where.here()));
  }

  @Override
  public String toString() {
    return expr.toString();
  }
}
