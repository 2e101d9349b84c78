package dev.gosem.backend.amd64.x86;

/** Alu is the two-operand integer operation group; the ordinal is the encoding's /digit. */
public enum Alu {
  ADD, OR, ADC, SBB, AND, SUB, XOR, CMP;

  public String mnemonic() {
    return name().toLowerCase();
  }
}
