package dev.gosem.backend.amd64.x86;

/** Shift is the shift and rotate group; the code is the encoding's /digit. */
public enum Shift {
  ROL(0), ROR(1), SHL(4), SHR(5), SAR(7);

  final int digit;

  Shift(int digit) {
    this.digit = digit;
  }

  public String mnemonic() {
    return name().toLowerCase();
  }
}
