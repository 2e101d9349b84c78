package dev.gosem.api.ast;

/**
 * AssignOp is the token of an assignment statement: {@code =}, {@code :=} or an operator
 * assignment such as {@code +=}, which carries the binary operator it applies.
 */
public enum AssignOp {
  ASSIGN("=", null),
  DEFINE(":=", null),
  ADD("+=", BinaryOp.ADD),
  SUB("-=", BinaryOp.SUB),
  MUL("*=", BinaryOp.MUL),
  QUO("/=", BinaryOp.QUO),
  REM("%=", BinaryOp.REM),
  AND("&=", BinaryOp.AND),
  OR("|=", BinaryOp.OR),
  XOR("^=", BinaryOp.XOR),
  SHL("<<=", BinaryOp.SHL),
  SHR(">>=", BinaryOp.SHR),
  AND_NOT("&^=", BinaryOp.AND_NOT);

  private final String token;
  private final BinaryOp binary;

  AssignOp(String token, BinaryOp binary) {
    this.token = token;
    this.binary = binary;
  }

  public String token() {
    return token;
  }

  /** The operator an op-assignment applies, or null for {@code =} and {@code :=}. */
  public BinaryOp binary() {
    return binary;
  }

  public static AssignOp of(BinaryOp op) {
    for (AssignOp a : values()) if (a.binary == op) return a;
    throw new IllegalArgumentException("no assignment form of " + op.token());
  }
}
