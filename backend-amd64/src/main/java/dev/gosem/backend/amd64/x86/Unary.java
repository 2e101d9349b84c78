package dev.gosem.backend.amd64.x86;

/** Unary is the F7 group of one-operand instructions; the value is the /digit. */
public enum Unary {
  NOT(2), NEG(3), MUL(4), IMUL(5), DIV(6), IDIV(7);

  final int digit;

  Unary(int digit) {
    this.digit = digit;
  }

  public String mnemonic() {
    return name().toLowerCase();
  }
}
