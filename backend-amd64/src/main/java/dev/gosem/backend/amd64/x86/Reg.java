package dev.gosem.backend.amd64.x86;

/** Reg is a 64-bit general-purpose register, in hardware encoding order. */
public enum Reg {
  RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8, R9, R10, R11, R12, R13, R14, R15;

  private static final String[] NAMES32 = {
    "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi",
    "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d"
  };
  private static final String[] NAMES16 = {
    "ax", "cx", "dx", "bx", "sp", "bp", "si", "di",
    "r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w", "r15w"
  };
  private static final String[] NAMES8 = {
    "al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil",
    "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b"
  };

  /** The 4-bit register number the encoding splits into REX bit and 3 ModRM bits. */
  public int code() {
    return ordinal();
  }

  /** True for r8..r15, which need a REX prefix bit. */
  public boolean extended() {
    return ordinal() >= 8;
  }

  int low3() {
    return ordinal() & 7;
  }

  /** The name in Intel syntax for an operand of the given width in bits. */
  public String name(int bits) {
    return switch (bits) {
      case 64 -> name().toLowerCase();
      case 32 -> NAMES32[ordinal()];
      case 16 -> NAMES16[ordinal()];
      case 8 -> NAMES8[ordinal()];
      default -> throw new IllegalArgumentException("no " + bits + "-bit register");
    };
  }

  public static Reg of(int code) {
    return values()[code];
  }
}
