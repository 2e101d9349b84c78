package dev.gosem.api.ast;

/** UnaryOp lists Go's unary operators; {@code *x} is {@link Expr.Star}, not a UnaryOp. */
public enum UnaryOp {
  PLUS("+"),
  NEG("-"),
  NOT("!"),
  XOR("^"),
  /** Address-of, {@code &x}. */
  ADDR("&"),
  /** Receive from a channel, {@code <-ch}. */
  RECV("<-");

  private final String token;

  UnaryOp(String token) {
    this.token = token;
  }

  public String token() {
    return token;
  }
}
