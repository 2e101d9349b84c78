package dev.gosem.runtime;

import dev.gosem.runtime.slice.ByteSlice;
import dev.gosem.runtime.slice.LongSlice;
import java.lang.invoke.VarHandle;

/**
 * A pointer to a variable of an integer type: a heap cell (a variable that escapes, {@link
 * #cell}), an element of an array or slice ({@link #elem}), or a field of a struct object ({@link
 * #field}, through the generated class's VarHandle for that field). Pointers are equal when they
 * address the same variable.
 */
public abstract class LongRef implements GoPointer {
  LongRef() {}

  /** *p. */
  public abstract long get();

  /** *p = v. */
  public abstract void set(long v);

  @Override
  public Object goLoad() {
    return get();
  }

  /** new(T) or &x for an escaping variable x: a fresh cell holding v. */
  public static Cell cell(long v) {
    return new Cell(v);
  }

  /** &a[i] for an array, with Go's index check. */
  public static LongRef elem(long[] a, long i) {
    if (i < 0 || i >= a.length) {
      throw Panics.indexOutOfRange(i, a.length);
    }
    return new Elem(a, (int) i);
  }

  /** &s[i] for a slice, with Go's index check. */
  public static LongRef elem(LongSlice s, long i) {
    int n = s == null ? 0 : s.len;
    if (i < 0 || i >= n) {
      throw Panics.indexOutOfRange(i, n);
    }
    return new Elem(s.array, s.offset + (int) i);
  }

  /** &a[i] for a [N]byte array (a uint8 pointer reads 0..255). */
  public static LongRef elem(byte[] a, long i) {
    if (i < 0 || i >= a.length) {
      throw Panics.indexOutOfRange(i, a.length);
    }
    return new ByteElem(a, (int) i);
  }

  /** &s[i] for a []byte. */
  public static LongRef elem(ByteSlice s, long i) {
    int n = s == null ? 0 : s.len;
    if (i < 0 || i >= n) {
      throw Panics.indexOutOfRange(i, n);
    }
    return new ByteElem(s.array, s.offset + (int) i);
  }

  private static final class ByteElem extends LongRef {
    private final byte[] array;
    private final int index;

    ByteElem(byte[] array, int index) {
      this.array = array;
      this.index = index;
    }

    @Override
    public long get() {
      return array[index] & 0xFF;
    }

    @Override
    public void set(long v) {
      array[index] = (byte) v;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ByteElem e && e.array == array && e.index == index;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(array) * 31 + index;
    }
  }

  /** &obj.f for a field f of a struct object, given the field's VarHandle. */
  public static LongRef field(Object obj, VarHandle handle) {
    if (obj == null) {
      throw Panics.nilDereference();
    }
    return new Field(obj, handle);
  }

  /** A variable of its own; generated code may use {@code value} directly. */
  public static final class Cell extends LongRef {
    public long value;

    Cell(long v) {
      this.value = v;
    }

    @Override
    public long get() {
      return value;
    }

    @Override
    public void set(long v) {
      value = v;
    }
  }

  private static final class Elem extends LongRef {
    private final long[] array;
    private final int index;

    Elem(long[] array, int index) {
      this.array = array;
      this.index = index;
    }

    @Override
    public long get() {
      return array[index];
    }

    @Override
    public void set(long v) {
      array[index] = v;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Elem e && e.array == array && e.index == index;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(array) * 31 + index;
    }
  }

  private static final class Field extends LongRef {
    private final Object obj;
    private final VarHandle handle;

    Field(Object obj, VarHandle handle) {
      this.obj = obj;
      this.handle = handle;
    }

    @Override
    public long get() {
      return (long) handle.get(obj);
    }

    @Override
    public void set(long v) {
      handle.set(obj, v);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Field f && f.obj == obj && f.handle == handle;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(obj) * 31 + System.identityHashCode(handle);
    }
  }
}
