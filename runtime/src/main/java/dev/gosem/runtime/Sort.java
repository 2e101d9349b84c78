package dev.gosem.runtime;

import dev.gosem.runtime.slice.BoolSlice;
import dev.gosem.runtime.slice.ByteSlice;
import dev.gosem.runtime.slice.DoubleSlice;
import dev.gosem.runtime.slice.LongSlice;
import dev.gosem.runtime.slice.RefSlice;
import java.util.Arrays;

/**
 * Package sort. sort.Slice and sort.Sort are not stable, so which of several equal elements ends
 * up first depends on the algorithm: this is Go 1.19's pattern-defeating quicksort, step for
 * step (the same comparisons and swaps in the same order), so that programs print what Go
 * prints. sort.Stable and sort.SliceStable are Go's insertion-sort-and-symmerge, which also calls
 * less in Go's order.
 */
public final class Sort {
  private Sort() {}

  /** The less function of sort.Slice: the compiled closure implements it. */
  @FunctionalInterface
  public interface LessFunc {
    boolean less(long i, long j);
  }

  /** sort.Interface (Len, Less, Swap), implemented by the generated class of a user type. */
  public interface SortInterface {
    long len();

    boolean less(long i, long j);

    void swap(long i, long j);
  }

  /** A predicate over an index, for sort.Search. */
  @FunctionalInterface
  public interface IndexPredicate {
    boolean test(long i);
  }

  /** sort.Ints. Equal ints are indistinguishable, so any correct sort gives Go's result. */
  public static void ints(LongSlice x) {
    if (x != null) {
      Arrays.sort(x.array, x.offset, x.offset + x.len);
    }
  }

  /** sort.Strings (bytewise order, which Latin-1 String order is). */
  public static void strings(RefSlice x) {
    if (x != null) {
      Arrays.sort(x.array, x.offset, x.offset + x.len);
    }
  }

  /**
   * sort.Float64s: NaNs first; -0 and +0 are equal, so their order is pdqsort's, which is why this
   * one runs Go's algorithm.
   */
  public static void float64s(DoubleSlice x) {
    if (x == null) {
      return;
    }
    double[] a = x.array;
    int off = x.offset;
    sort(
        new LessSwap() {
          @Override
          public boolean less(int i, int j) {
            double p = a[off + i];
            double q = a[off + j];
            return p < q || (p != p && q == q);
          }

          @Override
          public void swap(int i, int j) {
            double t = a[off + i];
            a[off + i] = a[off + j];
            a[off + j] = t;
          }
        },
        x.len);
  }

  /** sort.IntsAreSorted. */
  public static boolean intsAreSorted(LongSlice x) {
    for (int i = 1; i < LongSlice.len(x); i++) {
      if (x.array[x.offset + i] < x.array[x.offset + i - 1]) {
        return false;
      }
    }
    return true;
  }

  /** sort.StringsAreSorted. */
  public static boolean stringsAreSorted(RefSlice x) {
    for (int i = 1; i < RefSlice.len(x); i++) {
      if (((String) x.array[x.offset + i]).compareTo((String) x.array[x.offset + i - 1]) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * sort.Slice(x, less): x is the slice as an interface value (a Boxed slice) or the slice header
   * itself.
   */
  public static void slice(Object x, LessFunc less) {
    LessSwap data = swapper(x, less);
    sort(data, length(x));
  }

  /** sort.SliceStable(x, less). */
  public static void sliceStable(Object x, LessFunc less) {
    stable(swapper(x, less), length(x));
  }

  /** sort.SliceIsSorted(x, less). */
  public static boolean sliceIsSorted(Object x, LessFunc less) {
    int n = length(x);
    for (int i = n - 1; i > 0; i--) {
      if (less.less(i, i - 1)) {
        return false;
      }
    }
    return true;
  }

  /** sort.Sort(data). */
  public static void sort(SortInterface data) {
    sort(adapt(data), (int) data.len());
  }

  /** sort.Stable(data). */
  public static void stable(SortInterface data) {
    stable(adapt(data), (int) data.len());
  }

  /** sort.IsSorted(data). */
  public static boolean isSorted(SortInterface data) {
    long n = data.len();
    for (long i = n - 1; i > 0; i--) {
      if (data.less(i, i - 1)) {
        return false;
      }
    }
    return true;
  }

  /** sort.Search(n, f): the smallest i in [0, n) with f(i) true, or n. */
  public static long search(long n, IndexPredicate f) {
    long i = 0;
    long j = n;
    while (i < j) {
      long h = (i + j) >>> 1;
      if (!f.test(h)) {
        i = h + 1;
      } else {
        j = h;
      }
    }
    return i;
  }

  /** sort.SearchInts(a, x). */
  public static long searchInts(LongSlice a, long x) {
    return search(LongSlice.len(a), i -> a.array[a.offset + (int) i] >= x);
  }

  /** sort.SearchStrings(a, x). */
  public static long searchStrings(RefSlice a, String x) {
    return search(
        RefSlice.len(a), i -> ((String) a.array[a.offset + (int) i]).compareTo(x) >= 0);
  }

  // ---- the algorithms, over indices ----

  /** Less and Swap over [0, n). */
  interface LessSwap {
    boolean less(int i, int j);

    void swap(int i, int j);
  }

  private static LessSwap adapt(SortInterface data) {
    return new LessSwap() {
      @Override
      public boolean less(int i, int j) {
        return data.less(i, j);
      }

      @Override
      public void swap(int i, int j) {
        data.swap(i, j);
      }
    };
  }

  private static Object header(Object x) {
    return x instanceof GoValue g ? g.goValue() : x;
  }

  private static int length(Object x) {
    Object h = header(x);
    return h == null ? 0 : Printer.listLength(h);
  }

  /** reflect.Swapper for the slice representations. */
  private static LessSwap swapper(Object x, LessFunc less) {
    Object h = header(x);
    return switch (h) {
      case null -> new Swapper(less) {
        @Override
        public void swap(int i, int j) {}
      };
      case LongSlice s -> new Swapper(less) {
        @Override
        public void swap(int i, int j) {
          long[] a = s.array;
          long t = a[s.offset + i];
          a[s.offset + i] = a[s.offset + j];
          a[s.offset + j] = t;
        }
      };
      case ByteSlice s -> new Swapper(less) {
        @Override
        public void swap(int i, int j) {
          byte[] a = s.array;
          byte t = a[s.offset + i];
          a[s.offset + i] = a[s.offset + j];
          a[s.offset + j] = t;
        }
      };
      case DoubleSlice s -> new Swapper(less) {
        @Override
        public void swap(int i, int j) {
          double[] a = s.array;
          double t = a[s.offset + i];
          a[s.offset + i] = a[s.offset + j];
          a[s.offset + j] = t;
        }
      };
      case BoolSlice s -> new Swapper(less) {
        @Override
        public void swap(int i, int j) {
          boolean[] a = s.array;
          boolean t = a[s.offset + i];
          a[s.offset + i] = a[s.offset + j];
          a[s.offset + j] = t;
        }
      };
      case RefSlice s -> new Swapper(less) {
        // Swapping the element objects swaps the values: pointers to elements are not kept
        // across a sort in Go either (they would see the values move).
        @Override
        public void swap(int i, int j) {
          Object[] a = s.array;
          Object t = a[s.offset + i];
          a[s.offset + i] = a[s.offset + j];
          a[s.offset + j] = t;
        }
      };
      default -> throw Panics.panic(
          new RuntimeError("reflect: call of Swapper on " + TypeDesc.of(x).string() + " Value"));
    };
  }

  private abstract static class Swapper implements LessSwap {
    private final LessFunc less;

    Swapper(LessFunc less) {
      this.less = less;
    }

    @Override
    public boolean less(int i, int j) {
      return less.less(i, j);
    }
  }

  /** sort.Sort's entry: pdqsort with a limit of bits.Len(n) bad pivots. */
  static void sort(LessSwap data, int n) {
    if (n <= 1) {
      return;
    }
    int limit = 64 - Long.numberOfLeadingZeros(n);
    Pdqsort.pdqsort(data, 0, n, limit);
  }

  /** Go's stable sort: insertion sort of blocks of 20, then symmetric merges of doubling runs. */
  static void stable(LessSwap data, int n) {
    int blockSize = 20;
    int a = 0;
    int b = blockSize;
    while (b <= n) {
      Pdqsort.insertionSort(data, a, b);
      a = b;
      b += blockSize;
    }
    Pdqsort.insertionSort(data, a, n);
    while (blockSize < n) {
      a = 0;
      b = 2 * blockSize;
      while (b <= n) {
        symMerge(data, a, a + blockSize, b);
        a = b;
        b += 2 * blockSize;
      }
      int m = a + blockSize;
      if (m < n) {
        symMerge(data, a, m, n);
      }
      blockSize *= 2;
    }
  }

  /**
   * Merges the sorted runs data[a:m] and data[m:b] in place (Kim and Kutzner's SymMerge): a
   * single element is inserted by binary search; otherwise the runs are split around the middle so
   * that a rotation brings the two inner parts into place, and both halves are merged recursively.
   */
  private static void symMerge(LessSwap data, int a, int m, int b) {
    if (m - a == 1) {
      int i = m;
      int j = b;
      while (i < j) {
        int h = (i + j) >>> 1;
        if (data.less(h, a)) {
          i = h + 1;
        } else {
          j = h;
        }
      }
      for (int k = a; k < i - 1; k++) {
        data.swap(k, k + 1);
      }
      return;
    }
    if (b - m == 1) {
      int i = a;
      int j = m;
      while (i < j) {
        int h = (i + j) >>> 1;
        if (!data.less(m, h)) {
          i = h + 1;
        } else {
          j = h;
        }
      }
      for (int k = m; k > i; k--) {
        data.swap(k, k - 1);
      }
      return;
    }
    int mid = (a + b) >>> 1;
    int n = mid + m;
    int start;
    int r;
    if (m > mid) {
      start = n - b;
      r = mid;
    } else {
      start = a;
      r = m;
    }
    int p = n - 1;
    while (start < r) {
      int c = (start + r) >>> 1;
      if (!data.less(p - c, c)) {
        start = c + 1;
      } else {
        r = c;
      }
    }
    int end = n - start;
    if (start < m && m < end) {
      rotate(data, start, m, end);
    }
    if (a < start && start < mid) {
      symMerge(data, a, start, mid);
    }
    if (mid < end && end < b) {
      symMerge(data, mid, end, b);
    }
  }

  /** Exchanges the blocks data[a:m] and data[m:b] by block swaps. */
  private static void rotate(LessSwap data, int a, int m, int b) {
    int i = m - a;
    int j = b - m;
    while (i != j) {
      if (i > j) {
        swapRange(data, m - i, m, j);
        i -= j;
      } else {
        swapRange(data, m - i, m + j - i, i);
        j -= i;
      }
    }
    swapRange(data, m - i, m, i);
  }

  private static void swapRange(LessSwap data, int a, int b, int n) {
    for (int i = 0; i < n; i++) {
      data.swap(a + i, b + i);
    }
  }
}
