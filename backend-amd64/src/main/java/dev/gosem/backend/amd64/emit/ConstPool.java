package dev.gosem.backend.amd64.emit;

import dev.gosem.backend.amd64.link.Section;
import java.util.HashMap;
import java.util.Map;

/**
 * ConstPool puts constants in read-only data once each: string bytes (symbols go.string.N),
 * float64 bit patterns (go.f64.HEX, 8-byte aligned) and the 16-byte-aligned masks SSE logic
 * instructions need.
 */
public final class ConstPool {
  private final Section rodata;
  private final Map<Long, String> floats = new HashMap<>();

  public ConstPool(Section rodata) {
    this.rodata = rodata;
  }

  public Section rodata() {
    return rodata;
  }

  /** The symbol of these bytes (a Go string's contents). */
  public String string(byte[] bytes) {
    return rodata.string("go.string.", bytes);
  }

  /** The symbol of an 8-byte float64 with these bits. */
  public String float64(long bits) {
    return floats.computeIfAbsent(bits, b -> {
      String sym = "go.f64." + Long.toHexString(b);
      byte[] data = new byte[8];
      for (int i = 0; i < 8; i++) data[i] = (byte) (b >>> (8 * i));
      rodata.add(sym, 8, data);
      return sym;
    });
  }

  /** A 16-byte mask with only the sign bit of the low double set, for xorpd (negation). */
  public String signMask() {
    String sym = "go.f64.signmask";
    if (!rodata.defines(sym)) {
      byte[] data = new byte[16];
      data[7] = (byte) 0x80;
      rodata.add(sym, 16, data);
    }
    return sym;
  }
}
