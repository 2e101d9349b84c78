package dev.gosem.runtime;

import dev.gosem.runtime.slice.RefSlice;
import java.util.ArrayList;
import java.util.List;

/**
 * Package strings over Go byte-strings (indices are byte offsets). Results that are slices are
 * {@link RefSlice}s of Strings with Go's capacities (exactly their length, for Split and Fields).
 */
public final class Strings {
  private Strings() {}

  /** strings.Builder: its zero value is ready to use (generated code makes it with new). */
  public static final class Builder implements GoValue, GoWriter, ValueObject {
    /** *strings.Builder. */
    public static final TypeDesc TYPE =
        TypeDesc.pointerTo(
            TypeDesc.runtimeNamed(
                "strings",
                "Builder",
                TypeDesc.newStruct(TypeDesc.Field.of("buf", TypeDesc.sliceOf(TypeDesc.UINT8))),
                new String[0]));

    static {
      TYPE.elem().setMethods(new String[0], new String[] {
        "Cap", "Grow", "Len", "Reset", "String", "Write", "WriteByte", "WriteRune", "WriteString"
      });
      TYPE.elem().setZeroFactory(Builder::new);
    }

    private final StringBuilder sb = new StringBuilder();
    /** Go's addr == &b: written to since made or Reset. */
    private boolean owned;
    /** Go's addr pointing at another Builder: a copy of one that had been written to. */
    private boolean copied;

    /** Go's copyCheck: a copy of a Builder in use must not be written to. */
    private void copyCheck() {
      if (copied) {
        throw Panics.panic("strings: illegal use of non-zero Builder copied by value");
      }
      owned = true;
    }

    /** WriteString (Go also returns len(s) and a nil error). */
    public void writeString(String s) {
      copyCheck();
      sb.append(s);
    }

    @Override
    public void writeBytes(String goBytes) {
      copyCheck();
      sb.append(goBytes);
    }

    /** WriteByte. */
    public void writeByte(long b) {
      copyCheck();
      sb.append((char) (b & 0xFF));
    }

    /** WriteRune: its UTF-8 encoding (U+FFFD for an invalid rune). */
    public void writeRune(long r) {
      copyCheck();
      GoStrings.appendRune(sb, r);
    }

    /** String: the bytes written so far. */
    public String string() {
      return sb.toString();
    }

    /** Len: the number of bytes written. */
    public long len() {
      return sb.length();
    }

    /** Reset. */
    public void reset() {
      sb.setLength(0);
      owned = false;
      copied = false;
    }

    /** Grow(n): panics for negative n as Go does. */
    public void grow(long n) {
      copyCheck();
      if (n < 0) {
        throw Panics.panic("strings.Builder.Grow: negative count");
      }
      sb.ensureCapacity(sb.length() + (int) Math.min(n, Integer.MAX_VALUE - 16));
    }

    @Override
    public TypeDesc goType() {
      return TYPE;
    }

    @Override
    public Object goCopyValue() {
      Builder b = new Builder();
      b.goAssignValue(this);
      return b;
    }

    @Override
    public void goAssignValue(Object from) {
      Builder b = (Builder) from;
      sb.setLength(0);
      sb.append(b.sb);
      copied = b.owned || b.copied;
      owned = false;
    }
  }

  public static boolean contains(String s, String substr) {
    return s.contains(substr);
  }

  public static boolean containsRune(String s, long r) {
    return indexRune(s, r) >= 0;
  }

  public static boolean containsAny(String s, String chars) {
    return indexAny(s, chars) >= 0;
  }

  public static boolean hasPrefix(String s, String prefix) {
    return s.startsWith(prefix);
  }

  public static boolean hasSuffix(String s, String suffix) {
    return s.endsWith(suffix);
  }

  /** strings.Index: byte index of the first substr, or -1. */
  public static long index(String s, String substr) {
    return s.indexOf(substr);
  }

  public static long lastIndex(String s, String substr) {
    return s.lastIndexOf(substr);
  }

  public static long indexByte(String s, long c) {
    return s.indexOf((char) (c & 0xFF));
  }

  /** strings.IndexRune: a valid rune by its encoding; an invalid one matches invalid UTF-8. */
  public static long indexRune(String s, long r) {
    if (r >= 0 && r < 0x80) {
      return s.indexOf((char) r);
    }
    if (r == GoStrings.RUNE_ERROR) {
      for (int i = 0; i < s.length(); ) {
        long d = GoStrings.decodeRune(s, i);
        if ((int) (d >> 32) == GoStrings.RUNE_ERROR) {
          return i;
        }
        i += (int) d;
      }
      return -1;
    }
    if (!GoStrings.validRune(r)) {
      return -1;
    }
    return s.indexOf(GoStrings.fromRune(r));
  }

  /** strings.IndexAny. */
  public static long indexAny(String s, String chars) {
    if (chars.isEmpty()) {
      return -1;
    }
    for (int i = 0; i < s.length(); ) {
      long d = GoStrings.decodeRune(s, i);
      if (indexRune(chars, d >> 32) >= 0) {
        return i;
      }
      i += (int) d;
    }
    return -1;
  }

  /** strings.Count: non-overlapping occurrences; for "" the rune count plus one. */
  public static long count(String s, String substr) {
    if (substr.isEmpty()) {
      return GoStrings.runeCount(s) + 1;
    }
    long n = 0;
    int i = 0;
    while (true) {
      int j = s.indexOf(substr, i);
      if (j < 0) {
        return n;
      }
      n++;
      i = j + substr.length();
    }
  }

  /** strings.Split(s, sep). */
  public static RefSlice split(String s, String sep) {
    return splitN(s, sep, -1);
  }

  /** strings.SplitN(s, sep, n). */
  public static RefSlice splitN(String s, String sep, long n) {
    if (n == 0) {
      return null;
    }
    if (sep.isEmpty()) {
      return explode(s, n);
    }
    if (n < 0) {
      n = count(s, sep) + 1;
    }
    if (n > s.length() + 1) {
      n = s.length() + 1;
    }
    List<Object> parts = new ArrayList<>();
    int i = 0;
    while (parts.size() < n - 1) {
      int m = s.indexOf(sep, i);
      if (m < 0) {
        break;
      }
      parts.add(s.substring(i, m));
      i = m + sep.length();
    }
    parts.add(s.substring(i));
    return RefSlice.of(parts.toArray());
  }

  /** Split into UTF-8 sequences, at most n; an invalid byte becomes "\uFFFD", as in Go. */
  private static RefSlice explode(String s, long n) {
    long l = GoStrings.runeCount(s);
    if (n < 0 || n > l) {
      n = l;
    }
    Object[] a = new Object[(int) n];
    int i = 0;
    for (int k = 0; k < n - 1; k++) {
      long d = GoStrings.decodeRune(s, i);
      int w = (int) d;
      a[k] = (int) (d >> 32) == GoStrings.RUNE_ERROR ? GoStrings.fromRune(GoStrings.RUNE_ERROR)
          : s.substring(i, i + w);
      i += w;
    }
    if (n > 0) {
      a[(int) n - 1] = s.substring(i);
    }
    return RefSlice.of(a);
  }

  /** strings.Join. */
  public static String join(RefSlice elems, String sep) {
    int n = (int) RefSlice.len(elems);
    if (n == 0) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append((String) elems.array[elems.offset + i]);
    }
    return sb.toString();
  }

  /** strings.Repeat, with Go's panics for a negative or overflowing count. */
  public static String repeat(String s, long count) {
    if (count == 0) {
      return "";
    }
    if (count < 0) {
      throw Panics.panic("strings: negative Repeat count");
    }
    long total = (long) s.length() * count;
    if (total / count != s.length()) {
      throw Panics.panic("strings: Repeat count causes overflow");
    }
    if (total > Integer.MAX_VALUE - 16) {
      throw new OutOfMemoryError("strings.Repeat result of " + total + " bytes");
    }
    return s.repeat((int) count);
  }

  /** strings.Replace(s, old, new, n): the first n non-overlapping instances (all if n < 0). */
  public static String replace(String s, String old, String replacement, long n) {
    if (old.equals(replacement) || n == 0) {
      return s;
    }
    long m = count(s, old);
    if (m == 0) {
      return s;
    }
    if (n < 0 || m < n) {
      n = m;
    }
    StringBuilder sb = new StringBuilder(s.length());
    int start = 0;
    for (long i = 0; i < n; i++) {
      int j = start;
      if (old.isEmpty()) {
        if (i > 0) {
          j += GoStrings.runeWidth(s, start);
        }
      } else {
        j = s.indexOf(old, start);
      }
      sb.append(s, start, j).append(replacement);
      start = j + old.length();
    }
    sb.append(s, start, s.length());
    return sb.toString();
  }

  /** strings.ReplaceAll. */
  public static String replaceAll(String s, String old, String replacement) {
    return replace(s, old, replacement, -1);
  }

  /** strings.ToUpper (unicode.ToUpper rune by rune; invalid bytes become U+FFFD if any change). */
  public static String toUpper(String s) {
    boolean hasLower = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return map(s, 0);
      }
      hasLower |= c >= 'a' && c <= 'z';
    }
    if (!hasLower) {
      return s;
    }
    char[] b = s.toCharArray();
    for (int i = 0; i < b.length; i++) {
      if (b[i] >= 'a' && b[i] <= 'z') {
        b[i] -= 32;
      }
    }
    return new String(b);
  }

  /** strings.ToLower. */
  public static String toLower(String s) {
    boolean hasUpper = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return map(s, 1);
      }
      hasUpper |= c >= 'A' && c <= 'Z';
    }
    if (!hasUpper) {
      return s;
    }
    char[] b = s.toCharArray();
    for (int i = 0; i < b.length; i++) {
      if (b[i] >= 'A' && b[i] <= 'Z') {
        b[i] += 32;
      }
    }
    return new String(b);
  }

  /** strings.Map with unicode.ToUpper (0), ToLower (1) or ToTitle (2). */
  private static String map(String s, int which) {
    StringBuilder sb = new StringBuilder(s.length() + 4);
    boolean changed = false;
    for (int i = 0; i < s.length(); ) {
      long d = GoStrings.decodeRune(s, i);
      int c = (int) (d >> 32);
      int w = (int) d;
      int r =
          switch (which) {
            case 0 -> GoUnicode.toUpper(c);
            case 1 -> GoUnicode.toLower(c);
            default -> GoUnicode.toTitle(c);
          };
      if (r != c || (c == GoStrings.RUNE_ERROR && w == 1)) {
        changed = true;
      }
      GoStrings.appendRune(sb, r);
      i += w;
    }
    return changed ? sb.toString() : s;
  }

  /** strings.Title is deprecated; strings.ToTitle maps every rune to title case. */
  public static String toTitle(String s) {
    return map(s, 2);
  }

  /** strings.Fields: the runs of non-space runes (unicode.IsSpace). */
  public static RefSlice fields(String s) {
    List<Object> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      int w;
      boolean sp;
      if (c < 0x80) {
        w = 1;
        sp = GoUnicode.isSpace(c);
      } else {
        long d = GoStrings.decodeRune(s, i);
        w = (int) d;
        sp = GoUnicode.isSpace((int) (d >> 32));
      }
      if (sp) {
        if (start >= 0) {
          out.add(s.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
      i += w;
    }
    if (start >= 0) {
      out.add(s.substring(start));
    }
    return out.isEmpty() ? RefSlice.of() : RefSlice.of(out.toArray());
  }

  /** strings.TrimSpace: leading and trailing unicode.IsSpace runes removed. */
  public static String trimSpace(String s) {
    int start = 0;
    int stop = s.length();
    while (start < stop) {
      long d = GoStrings.decodeRune(s, start);
      if (!GoUnicode.isSpace((int) (d >> 32))) {
        break;
      }
      start += (int) d;
    }
    while (stop > start) {
      long d = decodeLastRune(s, start, stop);
      if (!GoUnicode.isSpace((int) (d >> 32))) {
        break;
      }
      stop -= (int) d;
    }
    return s.substring(start, stop);
  }

  /** strings.TrimPrefix. */
  public static String trimPrefix(String s, String prefix) {
    return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
  }

  /** strings.TrimSuffix. */
  public static String trimSuffix(String s, String suffix) {
    return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
  }

  /** strings.Trim(s, cutset): leading and trailing runes contained in cutset removed. */
  public static String trim(String s, String cutset) {
    return trimRight(trimLeft(s, cutset), cutset);
  }

  /** strings.TrimLeft. */
  public static String trimLeft(String s, String cutset) {
    int start = 0;
    while (start < s.length()) {
      long d = GoStrings.decodeRune(s, start);
      if (!inCutset(cutset, d)) {
        break;
      }
      start += (int) d;
    }
    return s.substring(start);
  }

  /** strings.TrimRight. */
  public static String trimRight(String s, String cutset) {
    int stop = s.length();
    while (stop > 0) {
      long d = decodeLastRune(s, 0, stop);
      if (!inCutset(cutset, d)) {
        break;
      }
      stop -= (int) d;
    }
    return s.substring(0, stop);
  }

  // An invalid byte decodes as RuneError and matches a RuneError (or an invalid byte) in cutset.
  private static boolean inCutset(String cutset, long decoded) {
    int r = (int) (decoded >> 32);
    if (r < 0x80 && cutset.length() == 1) {
      return cutset.charAt(0) == r;
    }
    for (int i = 0; i < cutset.length(); ) {
      long d = GoStrings.decodeRune(cutset, i);
      if ((int) (d >> 32) == r) {
        return true;
      }
      i += (int) d;
    }
    return false;
  }

  /** strings.EqualFold (simple Unicode case folding). */
  public static boolean equalFold(String s, String t) {
    int i = 0;
    int j = 0;
    while (i < s.length() && j < t.length()) {
      long ds = GoStrings.decodeRune(s, i);
      long dt = GoStrings.decodeRune(t, j);
      i += (int) ds;
      j += (int) dt;
      int a = (int) (ds >> 32);
      int b = (int) (dt >> 32);
      if (a == b) {
        continue;
      }
      if (GoUnicode.toLower(a) != GoUnicode.toLower(b)
          && GoUnicode.toUpper(a) != GoUnicode.toUpper(b)) {
        return false;
      }
    }
    return i == s.length() && j == t.length();
  }

  /** strings.Compare. */
  public static long compare(String a, String b) {
    return Integer.signum(a.compareTo(b));
  }

  /**
   * utf8.DecodeLastRuneInString on s[from:end]: the last rune and its width, packed as {@link
   * GoStrings#decodeRune} packs them.
   */
  static long decodeLastRune(String s, int from, int end) {
    int c = s.charAt(end - 1);
    if (c < 0x80) {
      return ((long) c << 32) | 1;
    }
    int lim = Math.max(end - 4, from);
    int start = end - 1;
    for (start--; start >= lim; start--) {
      if ((s.charAt(start) & 0xC0) != 0x80) {
        break;
      }
    }
    if (start < from) {
      start = from;
    }
    long d = GoStrings.decodeRune(s.substring(0, end), start);
    if (start + (int) d != end) {
      return ((long) GoStrings.RUNE_ERROR << 32) | 1;
    }
    return d;
  }
}
