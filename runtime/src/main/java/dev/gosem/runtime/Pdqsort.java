package dev.gosem.runtime;

/**
 * Go 1.19's unstable sort: pattern-defeating quicksort (Peters, arXiv:2106.05123) without the
 * BlockQuicksort partitioning, as package sort implements it. Unstable sorts differ in where equal
 * elements end up, and Go programs print the result, so every decision here follows Go's: the
 * insertion-sort cutoff (12), the pivot choice (fixed below 8 elements, median of three below 50,
 * Tukey's ninther above) and the sortedness hint it yields, the partial insertion sort for
 * nearly sorted input, the partition that skips runs equal to the previous pivot, the xorshift
 * pattern breaking after an unbalanced partition, and the heapsort fallback after too many.
 */
final class Pdqsort {
  private Pdqsort() {}

  private static final int INSERTION_MAX = 12;
  private static final int NINTHER_MIN = 50;
  private static final int MAX_SWAPS = 4 * 3;

  private static final int UNKNOWN = 0;
  private static final int INCREASING = 1;
  private static final int DECREASING = 2;

  static void insertionSort(Sort.LessSwap data, int a, int b) {
    for (int i = a + 1; i < b; i++) {
      for (int j = i; j > a && data.less(j, j - 1); j--) {
        data.swap(j, j - 1);
      }
    }
  }

  /** Sorts data[a:b]; limit is how many unbalanced partitions are tolerated before heapsort. */
  static void pdqsort(Sort.LessSwap data, int a, int b, int limit) {
    boolean wasBalanced = true;
    boolean wasPartitioned = true;
    while (true) {
      int length = b - a;
      if (length <= INSERTION_MAX) {
        insertionSort(data, a, b);
        return;
      }
      if (limit == 0) {
        heapSort(data, a, b);
        return;
      }
      if (!wasBalanced) {
        breakPatterns(data, a, b);
        limit--;
      }

      long choice = choosePivot(data, a, b);
      int pivot = (int) (choice >> 8);
      int hint = (int) (choice & 0xFF);
      if (hint == DECREASING) {
        reverse(data, a, b);
        // The pivot moved with the reversal: it is as far from the end as it was from the start.
        pivot = (b - 1) - (pivot - a);
        hint = INCREASING;
      }

      if (wasBalanced && wasPartitioned && hint == INCREASING) {
        if (partialInsertionSort(data, a, b)) {
          return;
        }
      }

      // If the element before this range (the previous pivot) is not less than the pivot, this
      // range starts with a run of elements equal to it: put those first and skip them.
      if (a > 0 && !data.less(a - 1, pivot)) {
        a = partitionEqual(data, a, b, pivot);
        continue;
      }

      long part = partition(data, a, b, pivot);
      int mid = (int) (part >> 1);
      wasPartitioned = (part & 1) != 0;

      int leftLen = mid - a;
      int rightLen = b - mid;
      int balanceThreshold = length / 8;
      if (leftLen < rightLen) {
        wasBalanced = leftLen >= balanceThreshold;
        pdqsort(data, a, mid, limit);
        a = mid + 1;
      } else {
        wasBalanced = rightLen >= balanceThreshold;
        pdqsort(data, mid + 1, b, limit);
        b = mid;
      }
    }
  }

  /**
   * Moves data[pivot] to a, then scans inwards from both ends swapping misplaced pairs, so that
   * data[i] < p before the new pivot position and data[j] >= p after it. Returns the position
   * shifted left by one, with the low bit set when no swap was needed (already partitioned).
   */
  private static long partition(Sort.LessSwap data, int a, int b, int pivot) {
    data.swap(a, pivot);
    int i = a + 1;
    int j = b - 1;
    while (i <= j && data.less(i, a)) {
      i++;
    }
    while (i <= j && !data.less(j, a)) {
      j--;
    }
    if (i > j) {
      data.swap(j, a);
      return ((long) j << 1) | 1;
    }
    data.swap(i, j);
    i++;
    j--;
    while (true) {
      while (i <= j && data.less(i, a)) {
        i++;
      }
      while (i <= j && !data.less(j, a)) {
        j--;
      }
      if (i > j) {
        break;
      }
      data.swap(i, j);
      i++;
      j--;
    }
    data.swap(j, a);
    return (long) j << 1;
  }

  /**
   * For a range with no element less than data[pivot]: gathers the elements equal to it at the
   * front and returns where the greater ones begin.
   */
  private static int partitionEqual(Sort.LessSwap data, int a, int b, int pivot) {
    data.swap(a, pivot);
    int i = a + 1;
    int j = b - 1;
    while (true) {
      while (i <= j && !data.less(a, i)) {
        i++;
      }
      while (i <= j && data.less(a, j)) {
        j--;
      }
      if (i > j) {
        break;
      }
      data.swap(i, j);
      i++;
      j--;
    }
    return i;
  }

  /**
   * Fixes up to five out-of-order neighbours by shifting them into place (only on ranges of at
   * least 50); true if the range ends up sorted.
   */
  private static boolean partialInsertionSort(Sort.LessSwap data, int a, int b) {
    final int maxSteps = 5;
    final int shortestShifting = 50;
    int i = a + 1;
    for (int step = 0; step < maxSteps; step++) {
      while (i < b && !data.less(i, i - 1)) {
        i++;
      }
      if (i == b) {
        return true;
      }
      if (b - a < shortestShifting) {
        return false;
      }
      data.swap(i, i - 1);
      // Shift the smaller element left. (Go bounds this walk by index 1, not by a.)
      if (i - a >= 2) {
        for (int j = i - 1; j >= 1; j--) {
          if (!data.less(j, j - 1)) {
            break;
          }
          data.swap(j, j - 1);
        }
      }
      // Shift the greater element right.
      if (b - i >= 2) {
        for (int j = i + 1; j < b; j++) {
          if (!data.less(j, j - 1)) {
            break;
          }
          data.swap(j, j - 1);
        }
      }
    }
    return false;
  }

  /**
   * Swaps the three elements around the middle with pseudo-random partners, drawn from an
   * xorshift generator seeded with the length, so that adversarial patterns do not repeat.
   */
  private static void breakPatterns(Sort.LessSwap data, int a, int b) {
    int length = b - a;
    if (length >= 8) {
      long random = length;
      long modulus = 1L << (64 - Long.numberOfLeadingZeros(length));
      for (int idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
        random ^= random << 13;
        random ^= random >>> 17;
        random ^= random << 5;
        int other = (int) (random & (modulus - 1));
        if (other >= length) {
          other -= length;
        }
        data.swap(idx, a + other);
      }
    }
  }

  /**
   * The pivot index (shifted left by 8) and the sortedness hint: candidates at a quarter, half
   * and three quarters (each replaced by the median of its neighbourhood from 50 elements on),
   * whose median is the pivot; no swaps while ordering them hints increasing data, all of them
   * decreasing.
   */
  private static long choosePivot(Sort.LessSwap data, int a, int b) {
    int l = b - a;
    int[] swaps = {0};
    int i = a + l / 4 * 1;
    int j = a + l / 4 * 2;
    int k = a + l / 4 * 3;
    if (l >= 8) {
      if (l >= NINTHER_MIN) {
        i = median(data, i - 1, i, i + 1, swaps);
        j = median(data, j - 1, j, j + 1, swaps);
        k = median(data, k - 1, k, k + 1, swaps);
      }
      j = median(data, i, j, k, swaps);
    }
    int hint = swaps[0] == 0 ? INCREASING : swaps[0] == MAX_SWAPS ? DECREASING : UNKNOWN;
    return ((long) j << 8) | hint;
  }

  /** The index among a, b, c holding the median value, counting the exchanges of the ordering. */
  private static int median(Sort.LessSwap data, int a, int b, int c, int[] swaps) {
    // Order (a, b), then (b, c), then (a, b) again, as three compare-exchanges of indices.
    if (data.less(b, a)) {
      swaps[0]++;
      int t = a;
      a = b;
      b = t;
    }
    if (data.less(c, b)) {
      swaps[0]++;
      int t = b;
      b = c;
      c = t;
    }
    if (data.less(b, a)) {
      swaps[0]++;
      int t = a;
      a = b;
      b = t;
    }
    return b;
  }

  private static void reverse(Sort.LessSwap data, int a, int b) {
    for (int i = a, j = b - 1; i < j; i++, j--) {
      data.swap(i, j);
    }
  }

  private static void heapSort(Sort.LessSwap data, int a, int b) {
    int first = a;
    int hi = b - a;
    for (int i = (hi - 1) / 2; i >= 0; i--) {
      siftDown(data, i, hi, first);
    }
    for (int i = hi - 1; i >= 0; i--) {
      data.swap(first, first + i);
      siftDown(data, 0, i, first);
    }
  }

  private static void siftDown(Sort.LessSwap data, int lo, int hi, int first) {
    int root = lo;
    while (true) {
      int child = 2 * root + 1;
      if (child >= hi) {
        return;
      }
      if (child + 1 < hi && data.less(first + child, first + child + 1)) {
        child++;
      }
      if (!data.less(first + root, first + child)) {
        return;
      }
      data.swap(first + root, first + child);
      root = child;
    }
  }
}
