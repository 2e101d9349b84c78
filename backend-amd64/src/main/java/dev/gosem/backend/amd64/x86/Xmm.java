package dev.gosem.backend.amd64.x86;

/** Xmm is an SSE register; gosem keeps one float64 in its low 64 bits. */
public enum Xmm {
  XMM0, XMM1, XMM2, XMM3, XMM4, XMM5, XMM6, XMM7,
  XMM8, XMM9, XMM10, XMM11, XMM12, XMM13, XMM14, XMM15;

  public int code() {
    return ordinal();
  }

  public boolean extended() {
    return ordinal() >= 8;
  }

  public static Xmm of(int code) {
    return values()[code];
  }

  @Override
  public String toString() {
    return name().toLowerCase();
  }
}
