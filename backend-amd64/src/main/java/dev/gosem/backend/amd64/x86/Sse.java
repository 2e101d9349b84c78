package dev.gosem.backend.amd64.x86;

/** Sse is the scalar double arithmetic group (F2 0F op); the value is the opcode byte. */
public enum Sse {
  SQRTSD(0x51), ADDSD(0x58), MULSD(0x59), SUBSD(0x5C), DIVSD(0x5E);

  final int opcode;

  Sse(int opcode) {
    this.opcode = opcode;
  }

  public String mnemonic() {
    return name().toLowerCase();
  }
}
