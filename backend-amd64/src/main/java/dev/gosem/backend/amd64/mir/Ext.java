package dev.gosem.backend.amd64.mir;

/** Ext is a narrowing normalization: keep the low bits, then sign- or zero-extend to 64. */
public enum Ext {
  S8(8, true), S16(16, true), S32(32, true), U8(8, false), U16(16, false), U32(32, false);

  public final int bits;
  public final boolean signed;

  Ext(int bits, boolean signed) {
    this.bits = bits;
    this.signed = signed;
  }

  /** The normalization for an integer type of this width and signedness; null for 64 bits. */
  public static Ext of(int bits, boolean signed) {
    for (Ext e : values()) if (e.bits == bits && e.signed == signed) return e;
    return null;
  }
}
