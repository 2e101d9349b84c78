package dev.gosem.runtime;

/**
 * Go 1.19's view of Unicode (package unicode and strconv.IsPrint), from tables generated with Go
 * itself ({@link UnicodeTables}), so that case mapping, quoting and space splitting agree with Go
 * rather than with the JDK's newer Unicode version.
 */
public final class GoUnicode {
  private GoUnicode() {}

  private static final int UPPER_CASE = 0;
  private static final int LOWER_CASE = 1;
  private static final int TITLE_CASE = 2;

  private static boolean in(int[] ranges, int r) {
    int lo = 0;
    int hi = ranges.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (r < ranges[2 * mid]) {
        hi = mid - 1;
      } else if (r > ranges[2 * mid + 1]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
  public static boolean isPrint(int r) {
    if (r < 0x80) {
      return r >= 0x20 && r < 0x7F;
    }
    return in(UnicodeTables.PRINT, r);
  }

  /** unicode.IsSpace. */
  public static boolean isSpace(int r) {
    if (r < 0x100) {
      return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
    }
    return in(UnicodeTables.SPACE, r);
  }

  public static boolean isUpper(int r) {
    if (r < 0x80) {
      return r >= 'A' && r <= 'Z';
    }
    return in(UnicodeTables.UPPER, r);
  }

  public static boolean isLower(int r) {
    if (r < 0x80) {
      return r >= 'a' && r <= 'z';
    }
    return in(UnicodeTables.LOWER, r);
  }

  public static boolean isLetter(int r) {
    if (r < 0x80) {
      return (r | 0x20) >= 'a' && (r | 0x20) <= 'z';
    }
    return in(UnicodeTables.LETTER, r);
  }

  public static boolean isDigit(int r) {
    if (r < 0x80) {
      return r >= '0' && r <= '9';
    }
    return in(UnicodeTables.DIGIT, r);
  }

  /** unicode.ToUpper. */
  public static int toUpper(int r) {
    if (r < 0x80) {
      return r >= 'a' && r <= 'z' ? r - 32 : r;
    }
    return to(UPPER_CASE, r);
  }

  /** unicode.ToLower. */
  public static int toLower(int r) {
    if (r < 0x80) {
      return r >= 'A' && r <= 'Z' ? r + 32 : r;
    }
    return to(LOWER_CASE, r);
  }

  /** unicode.ToTitle. */
  public static int toTitle(int r) {
    if (r < 0x80) {
      return r >= 'a' && r <= 'z' ? r - 32 : r;
    }
    return to(TITLE_CASE, r);
  }

  private static int to(int which, int r) {
    int[] t = UnicodeTables.CASE_RANGES;
    int lo = 0;
    int hi = t.length / 5 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int rlo = t[5 * mid];
      int rhi = t[5 * mid + 1];
      if (r < rlo) {
        hi = mid - 1;
      } else if (r > rhi) {
        lo = mid + 1;
      } else {
        int delta = t[5 * mid + 2 + which];
        if (delta > GoStrings.MAX_RUNE) {
          // Upper and lower case alternate: Lo is upper case, Lo+1 lower case, and so on.
          return rlo + (((r - rlo) & ~1) | (which & 1));
        }
        return r + delta;
      }
    }
    return r;
  }
}
