package dev.gosem.runtime.slice;

import dev.gosem.runtime.Panics;

/**
 * How Go 1.19's runtime sizes slice backing arrays (linux/amd64), so that cap() prints what Go
 * prints: the growth rule of growslice (double below 256 elements, then add a quarter plus 192
 * until the need is met), followed by rounding the byte size up to the allocator's size class,
 * which can leave extra capacity (append([]int{}, 1, 2, 3) has capacity 3, but
 * append([]int32{}, 1, 2, 3) has capacity 4).
 */
public final class Growth {
  private Growth() {}

  /** maxAlloc on linux/amd64: the largest allocation Go attempts (2^48 bytes). */
  public static final long MAX_ALLOC = 1L << 48;

  /** Largest capacity a Java array can have. */
  static final int MAX_JAVA_ARRAY = Integer.MAX_VALUE - 8;

  private static final int MAX_SMALL_SIZE = 32768;
  private static final long PAGE_SIZE = 8192;

  /** The object sizes of Go 1.19's small size classes (runtime/sizeclasses.go), class 0 aside. */
  private static final int[] CLASS_SIZES = {
    8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472,
    9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264,
    28672, 32768
  };

  /** The size mallocgc really allocates for a request of {@code size} bytes. */
  public static long roundUpSize(long size) {
    if (size < MAX_SMALL_SIZE) {
      if (size == 0) {
        return 0;
      }
      int lo = 0;
      int hi = CLASS_SIZES.length - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (CLASS_SIZES[mid] >= size) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return CLASS_SIZES[lo];
    }
    if (size + PAGE_SIZE < size) {
      return size;
    }
    return (size + PAGE_SIZE - 1) & -PAGE_SIZE;
  }

  /**
   * The capacity growslice gives a slice of capacity {@code oldCap} that must hold {@code needed}
   * elements of {@code elemSize} bytes; panics as Go does when that is beyond the address space.
   */
  public static long newCapacity(long oldCap, long needed, long elemSize) {
    if (needed < 0) {
      // len overflowed: Go's check "cap < old.cap" catches it.
      throw Panics.growSliceCap();
    }
    long newCap = oldCap;
    long doubleCap = newCap + newCap;
    if (needed > doubleCap) {
      newCap = needed;
    } else {
      final long threshold = 256;
      if (oldCap < threshold) {
        newCap = doubleCap;
      } else {
        while (0 < newCap && newCap < needed) {
          newCap += (newCap + 3 * threshold) / 4;
        }
        if (newCap <= 0) {
          newCap = needed;
        }
      }
    }
    if (elemSize == 0) {
      return needed;
    }
    if (Long.compareUnsigned(newCap, MAX_ALLOC / elemSize) > 0) {
      throw Panics.growSliceCap();
    }
    long capMem = roundUpSize(newCap * elemSize);
    if (capMem > MAX_ALLOC) {
      throw Panics.growSliceCap();
    }
    return capMem / elemSize;
  }

  /** The checks of makeslice: len and cap in range for the element size. */
  public static void checkMake(long len, long cap, long elemSize) {
    if (len < 0 || tooBig(len, elemSize)) {
      throw Panics.makeSliceLen();
    }
    if (cap < len || tooBig(cap, elemSize)) {
      throw Panics.makeSliceCap();
    }
  }

  private static boolean tooBig(long n, long elemSize) {
    return elemSize != 0 && Long.compareUnsigned(n, MAX_ALLOC / elemSize) > 0;
  }

  /** A Java array length for a Go capacity; beyond the JVM's limit there is no memory left. */
  static int javaLength(long cap) {
    if (cap > MAX_JAVA_ARRAY) {
      throw new OutOfMemoryError("Go slice of " + cap + " elements exceeds the JVM's array limit");
    }
    return (int) cap;
  }
}
