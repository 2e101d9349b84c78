package dev.gosem.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.runtime.slice.BoolSlice;
import dev.gosem.runtime.slice.ByteSlice;
import dev.gosem.runtime.slice.DoubleSlice;
import dev.gosem.runtime.slice.Growth;
import dev.gosem.runtime.slice.LongSlice;
import dev.gosem.runtime.slice.RefSlice;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * cap() after append, []byte(s) and []rune(s), as Go 1.19 printed it (gen_growth.go in the test
 * resources): growth by doubling, then by a quarter plus 192, rounded up to the allocator's size
 * classes for the element size.
 */
class SliceGrowthFromGoTest {

  private static List<String[]> rows(String kind) {
    List<String[]> out = new ArrayList<>();
    for (String[] row : GoTables.read("growth.txt")) {
      String[] f = row[0].split(" ");
      if (f[0].equals(kind)) {
        out.add(f);
      }
    }
    assertThat(out).isNotEmpty();
    return out;
  }

  /** Capacities seen while appending n elements one by one, for each slice class that fits. */
  private static List<String> capsOneByOne(int size, int n) {
    List<List<Long>> runs = new ArrayList<>();
    if (size == 1) {
      runs.add(caps(n, new ByteSliceAppender()));
      runs.add(caps(n, new BoolSliceAppender()));
    }
    if (size == 1 || size == 2 || size == 4 || size == 8) {
      runs.add(caps(n, new LongSliceAppender(size)));
    }
    if (size == 4 || size == 8) {
      runs.add(caps(n, new DoubleSliceAppender(size)));
    }
    if (size <= 1000) {
      runs.add(caps(n, new RefSliceAppender(TypeDesc.arrayOf(size, TypeDesc.UINT8))));
    }
    runs.add(capsByFormula(size, n));
    List<String> distinct = new ArrayList<>();
    for (List<Long> r : runs) {
      String s = r.toString();
      if (!distinct.contains(s)) {
        distinct.add(s);
      }
    }
    return distinct;
  }

  private interface Appender {
    long appendOne();
  }

  private static List<Long> caps(int n, Appender a) {
    List<Long> caps = new ArrayList<>();
    long last = -1;
    for (int i = 0; i < n; i++) {
      long c = a.appendOne();
      if (c != last) {
        caps.add(c);
        last = c;
      }
    }
    return caps;
  }

  private static List<Long> capsByFormula(int size, int n) {
    List<Long> caps = new ArrayList<>();
    long cap = 0;
    for (long len = 0; len < n; len++) {
      if (len == cap) {
        cap = Growth.newCapacity(cap, len + 1, size);
        caps.add(cap);
      }
    }
    return caps;
  }

  private static final class ByteSliceAppender implements Appender {
    ByteSlice s;

    @Override
    public long appendOne() {
      s = ByteSlice.append(s, 0);
      return ByteSlice.cap(s);
    }
  }

  private static final class BoolSliceAppender implements Appender {
    BoolSlice s;

    @Override
    public long appendOne() {
      s = BoolSlice.append(s, false);
      return BoolSlice.cap(s);
    }
  }

  private static final class LongSliceAppender implements Appender {
    final int size;
    LongSlice s;

    LongSliceAppender(int size) {
      this.size = size;
    }

    @Override
    public long appendOne() {
      s = LongSlice.append(s, size, 0);
      return LongSlice.cap(s);
    }
  }

  private static final class DoubleSliceAppender implements Appender {
    final int size;
    DoubleSlice s;

    DoubleSliceAppender(int size) {
      this.size = size;
    }

    @Override
    public long appendOne() {
      s = DoubleSlice.append(s, size, 0.0);
      return DoubleSlice.cap(s);
    }
  }

  private static final class RefSliceAppender implements Appender {
    final TypeDesc elem;
    RefSlice s;

    RefSliceAppender(TypeDesc elem) {
      this.elem = elem;
    }

    @Override
    public long appendOne() {
      s = RefSlice.append(s, elem, elem.zero());
      return RefSlice.cap(s);
    }
  }

  @Test
  void appendingOneByOneGrowsAsGo() {
    for (String[] f : rows("seq")) {
      int size = Integer.parseInt(f[1]);
      int n = Integer.parseInt(f[2]);
      List<Long> want = new ArrayList<>();
      for (int i = 3; i < f.length; i++) {
        want.add(Long.parseLong(f[i]));
      }
      assertThat(capsOneByOne(size, n)).as("element size %d", size).containsExactly(want.toString());
    }
  }

  @Test
  void appendingSeveralAtOnceGrowsAsGo() {
    for (String[] f : rows("multi")) {
      int size = Integer.parseInt(f[1]);
      int len = Integer.parseInt(f[2]);
      int k = Integer.parseInt(f[3]);
      long want = Long.parseLong(f[4]);
      String what = "size " + size + ": append " + k + " to len " + len;
      TypeDesc elem = TypeDesc.arrayOf(size, TypeDesc.UINT8);
      RefSlice r = RefSlice.appendSlice(RefSlice.make(len, elem), elem, RefSlice.make(k, elem));
      assertThat(RefSlice.cap(r)).as(what).isEqualTo(want);
      if (size == 1) {
        ByteSlice b = ByteSlice.appendSlice(ByteSlice.make(len), ByteSlice.make(k));
        assertThat(ByteSlice.cap(b)).as(what).isEqualTo(want);
        ByteSlice s = ByteSlice.appendString(ByteSlice.make(len), "x".repeat(k));
        assertThat(ByteSlice.cap(s)).as(what).isEqualTo(want);
      }
      if (size == 8 || size == 4) {
        LongSlice l = LongSlice.append(LongSlice.make(len, size), size, new long[k]);
        assertThat(LongSlice.cap(l)).as(what).isEqualTo(want);
      }
    }
  }

  @Test
  void stringConversionsHaveGosCapacity() {
    for (String[] f : rows("bytes")) {
      int n = Integer.parseInt(f[1]);
      assertThat(ByteSlice.cap(ByteSlice.fromString("a".repeat(n))))
          .as("cap([]byte(s)) for len %d", n)
          .isEqualTo(Long.parseLong(f[2]));
    }
    for (String[] f : rows("runes")) {
      int n = Integer.parseInt(f[1]);
      assertThat(LongSlice.cap(GoStrings.toRunes("a".repeat(n))))
          .as("cap([]rune(s)) for len %d", n)
          .isEqualTo(Long.parseLong(f[2]));
    }
  }

  /*
   * s := "hello"; b := []byte(s); fmt.Println(len(b), cap(b))        // 5 32 (b stays local)
   * sink = []byte(s)                                                  // 5 8
   * sink = []byte("hello, world, this is a longer string!!")          // 39 39 (constant)
   * r := []rune(s); fmt.Println(len(r), cap(r))                       // 5 32
   * rsink = []rune(s)                                                 // 5 6
   * x := append([]byte(nil), "abc"...)                                // 3 8
   * y := append([]int{}, 1, 2, 3)                                     // 3 3
   * var z []string; z = append(z, "a", "b", "c", "d", "e")            // 5 5
   * q := []int{1, 2, 3}; cap(q), cap(append(q, 4))                    // 3 6
   */
  @Test
  void escapeAndConstantVariantsOfConversions() {
    assertThat(ByteSlice.cap(ByteSlice.fromStringLocal("hello"))).isEqualTo(32);
    assertThat(ByteSlice.cap(ByteSlice.fromString("hello"))).isEqualTo(8);
    assertThat(ByteSlice.cap(ByteSlice.fromConstString("hello, world, this is a longer string!!")))
        .isEqualTo(39);
    assertThat(LongSlice.cap(GoStrings.toRunesLocal("hello"))).isEqualTo(32);
    assertThat(LongSlice.cap(GoStrings.toRunes("hello"))).isEqualTo(6);
    assertThat(ByteSlice.cap(ByteSlice.appendString(null, "abc"))).isEqualTo(8);
    assertThat(LongSlice.cap(LongSlice.append(LongSlice.of(), 8, 1, 2, 3))).isEqualTo(3);
    assertThat(RefSlice.cap(RefSlice.append(null, TypeDesc.STRING, "a", "b", "c", "d", "e")))
        .isEqualTo(5);
    LongSlice q = LongSlice.of(1, 2, 3);
    assertThat(LongSlice.cap(q)).isEqualTo(3);
    assertThat(LongSlice.cap(LongSlice.append(q, 8, 4))).isEqualTo(6);
  }
}
