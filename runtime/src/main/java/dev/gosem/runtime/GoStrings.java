package dev.gosem.runtime;

import java.nio.charset.StandardCharsets;

/**
 * Helpers for Go strings. A Go string lives on the JVM as a {@link String} whose chars are bytes
 * (0..255): Latin-1 chars holding the UTF-8 bytes, so that len, indexing, concatenation and
 * comparison are plain String operations with Go's bytewise meaning.
 */
public final class GoStrings {
  private GoStrings() {}

  /** s[index] with Go's bounds check: the byte as 0..255. */
  public static int byteAt(String s, long index) {
    if (index < 0 || index >= s.length()) {
      throw Panics.indexOutOfRange(index, s.length());
    }
    return s.charAt((int) index) & 0xFF;
  }

  /** Encodes a host (UTF-16) string as UTF-8 and returns it as a Go byte-string. */
  public static String fromJava(String utf16) {
    return fromBytes(utf16.getBytes(StandardCharsets.UTF_8));
  }

  /** Decodes a Go byte-string as UTF-8 into a host string (invalid bytes become U+FFFD). */
  public static String toJava(String goBytes) {
    return new String(toBytes(goBytes), StandardCharsets.UTF_8);
  }

  /** The bytes of a Go byte-string. */
  public static byte[] toBytes(String goBytes) {
    return goBytes.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A Go byte-string holding exactly these bytes. */
  public static String fromBytes(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }
}
