package dev.gosem.api.ast;

/** UnaryOp lists Go's unary operators. */
public enum UnaryOp {
  PLUS("+"),
  NEG("-"),
  NOT("!"),
  XOR("^");

  private final String token;

  UnaryOp(String token) {
    this.token = token;
  }

  public String token() {
    return token;
  }
}
