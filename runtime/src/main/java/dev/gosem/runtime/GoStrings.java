package dev.gosem.runtime;

import dev.gosem.runtime.slice.Growth;
import dev.gosem.runtime.slice.LongSlice;
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

  /** The Unicode replacement character U+FFFD, which invalid UTF-8 decodes to. */
  public static final int RUNE_ERROR = 0xFFFD;

  /** The largest Unicode code point. */
  public static final int MAX_RUNE = 0x10FFFF;

  /** s[low:high] with Go's checks (strings have no capacity: "with length"). */
  public static String slice(String s, long low, long high) {
    int n = s.length();
    if (high < 0 || high > n) {
      throw Panics.sliceHighOverLength(high, n);
    }
    if (low < 0 || low > high) {
      throw Panics.sliceLowOverHigh(low, high);
    }
    return s.substring((int) low, (int) high);
  }

  /** s[low:]. */
  public static String sliceFrom(String s, long low) {
    return slice(s, low, s.length());
  }

  /**
   * Decodes the UTF-8 sequence starting at byte i (0 <= i < len(s)) as Go's range loop and
   * utf8.DecodeRuneInString do: the result packs the rune in the high 32 bits and the number of
   * bytes it took in the low 32 bits ({@code rune = (int) (r >> 32)}, {@code width = (int) r}). An
   * invalid or truncated sequence decodes as U+FFFD of width 1.
   */
  public static long decodeRune(String s, long index) {
    int i = (int) index;
    int n = s.length();
    int b0 = s.charAt(i) & 0xFF;
    if (b0 < 0x80) {
      return ((long) b0 << 32) | 1;
    }
    final long invalid = ((long) RUNE_ERROR << 32) | 1;
    int lo = 0x80;
    int hi = 0xBF;
    int size;
    int r;
    if (b0 < 0xC2) {
      return invalid;
    } else if (b0 < 0xE0) {
      size = 2;
      r = b0 & 0x1F;
    } else if (b0 < 0xF0) {
      size = 3;
      r = b0 & 0x0F;
      if (b0 == 0xE0) {
        lo = 0xA0;
      } else if (b0 == 0xED) {
        hi = 0x9F;
      }
    } else if (b0 < 0xF5) {
      size = 4;
      r = b0 & 0x07;
      if (b0 == 0xF0) {
        lo = 0x90;
      } else if (b0 == 0xF4) {
        hi = 0x8F;
      }
    } else {
      return invalid;
    }
    if (i + size > n) {
      // Truncated: still invalid unless every byte present is a valid continuation... Go
      // reports (RuneError, 1) either way.
      return invalid;
    }
    int b1 = s.charAt(i + 1) & 0xFF;
    if (b1 < lo || b1 > hi) {
      return invalid;
    }
    r = (r << 6) | (b1 & 0x3F);
    for (int k = 2; k < size; k++) {
      int b = s.charAt(i + k) & 0xFF;
      if (b < 0x80 || b > 0xBF) {
        return invalid;
      }
      r = (r << 6) | (b & 0x3F);
    }
    return ((long) r << 32) | size;
  }

  /** The rune decoded at byte i (see {@link #decodeRune}). */
  public static int runeAt(String s, long i) {
    return (int) (decodeRune(s, i) >> 32);
  }

  /** The width in bytes of the rune decoded at byte i (see {@link #decodeRune}). */
  public static int runeWidth(String s, long i) {
    return (int) decodeRune(s, i);
  }

  /** Number of runes in s as a range loop counts them (utf8.RuneCountInString). */
  public static long runeCount(String s) {
    long count = 0;
    int n = s.length();
    for (int i = 0; i < n; ) {
      char c = s.charAt(i);
      i += c < 0x80 ? 1 : (int) decodeRune(s, i);
      count++;
    }
    return count;
  }

  /** Whether r is a valid Unicode scalar value (not a surrogate, not above U+10FFFF). */
  public static boolean validRune(long r) {
    return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= MAX_RUNE);
  }

  /** Appends the UTF-8 encoding of r (U+FFFD if r is not valid) to sb as bytes. */
  public static void appendRune(StringBuilder sb, long r) {
    if (r >= 0 && r < 0x80) {
      sb.append((char) r);
      return;
    }
    if (!validRune(r)) {
      r = RUNE_ERROR;
    }
    int c = (int) r;
    if (c < 0x800) {
      sb.append((char) (0xC0 | c >> 6)).append((char) (0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      sb.append((char) (0xE0 | c >> 12))
          .append((char) (0x80 | (c >> 6 & 0x3F)))
          .append((char) (0x80 | (c & 0x3F)));
    } else {
      sb.append((char) (0xF0 | c >> 18))
          .append((char) (0x80 | (c >> 12 & 0x3F)))
          .append((char) (0x80 | (c >> 6 & 0x3F)))
          .append((char) (0x80 | (c & 0x3F)));
    }
  }

  /** string(r) for an integer r: its UTF-8 encoding, "\uFFFD" if r is not a valid rune. */
  public static String fromRune(long r) {
    if (r >= 0 && r < 0x80) {
      return String.valueOf((char) r);
    }
    StringBuilder sb = new StringBuilder(4);
    appendRune(sb, r);
    return sb.toString();
  }

  /** string(runes) for a []rune. */
  public static String fromRunes(LongSlice runes) {
    if (runes == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(runes.len);
    for (int i = 0; i < runes.len; i++) {
      appendRune(sb, runes.array[runes.offset + i]);
    }
    return sb.toString();
  }

  /**
   * []rune(s) where the result escapes: Go's rawruneslice rounds the byte size up to a size class
   * (cap([]rune("hello")) is 6).
   */
  public static LongSlice toRunes(String s) {
    long n = runeCount(s);
    long cap = Growth.roundUpSize(n * 4) / 4;
    return fillRunes(s, n, cap);
  }

  /** []rune(s) kept on the stack by Go's escape analysis: up to 32 runes get capacity 32. */
  public static LongSlice toRunesLocal(String s) {
    long n = runeCount(s);
    return n <= 32 ? fillRunes(s, n, 32) : toRunes(s);
  }

  private static LongSlice fillRunes(String s, long n, long cap) {
    long[] a = new long[(int) cap];
    int k = 0;
    for (int i = 0; i < s.length(); ) {
      long d = decodeRune(s, i);
      a[k++] = d >> 32;
      i += (int) d;
    }
    return new LongSlice(a, 0, (int) n, (int) cap);
  }

  /** Go's string comparison (bytewise, unsigned): negative, zero or positive. */
  public static int compare(String a, String b) {
    return a.compareTo(b);
  }
}
