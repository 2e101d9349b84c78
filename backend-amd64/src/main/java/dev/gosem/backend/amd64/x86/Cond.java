package dev.gosem.backend.amd64.x86;

/** Cond is a condition code, in encoding order (the low nibble of Jcc, SETcc and CMOVcc). */
public enum Cond {
  O, NO, B, AE, E, NE, BE, A, S, NS, P, NP, L, GE, LE, G;

  public int code() {
    return ordinal();
  }

  /** The condition that holds exactly when this one does not. */
  public Cond negate() {
    return values()[ordinal() ^ 1];
  }

  /** The mnemonic suffix objdump uses ("e" for E, "ae" for AE). */
  public String suffix() {
    return name().toLowerCase();
  }
}
