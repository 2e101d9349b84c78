package dev.gosem.runtime;

import dev.gosem.runtime.slice.BoolSlice;
import java.lang.invoke.VarHandle;

/**
 * A pointer to a bool variable: a heap cell (a variable that escapes, {@link #cell}), an
 * element of an array or slice ({@link #elem}), or a field of a struct object ({@link #field},
 * through the generated class's VarHandle for that field). Pointers are equal when they address
 * the same variable.
 */
public abstract class BoolRef implements GoPointer {
  BoolRef() {}

  /** *p. */
  public abstract boolean get();

  /** *p = v. */
  public abstract void set(boolean v);

  @Override
  public Object goLoad() {
    return get();
  }

  /** new(T) or &x for an escaping variable x: a fresh cell holding v. */
  public static Cell cell(boolean v) {
    return new Cell(v);
  }

  /** &a[i] for an array, with Go's index check. */
  public static BoolRef elem(boolean[] a, long i) {
    if (i < 0 || i >= a.length) {
      throw Panics.indexOutOfRange(i, a.length);
    }
    return new Elem(a, (int) i);
  }

  /** &s[i] for a slice, with Go's index check. */
  public static BoolRef elem(BoolSlice s, long i) {
    int n = s == null ? 0 : s.len;
    if (i < 0 || i >= n) {
      throw Panics.indexOutOfRange(i, n);
    }
    return new Elem(s.array, s.offset + (int) i);
  }

  /** &obj.f for a field f of a struct object, given the field's VarHandle. */
  public static BoolRef field(Object obj, VarHandle handle) {
    if (obj == null) {
      throw Panics.nilDereference();
    }
    return new Field(obj, handle);
  }

  /** A variable of its own; generated code may use {@code value} directly. */
  public static final class Cell extends BoolRef {
    public boolean value;

    Cell(boolean v) {
      this.value = v;
    }

    @Override
    public boolean get() {
      return value;
    }

    @Override
    public void set(boolean v) {
      value = v;
    }
  }

  private static final class Elem extends BoolRef {
    private final boolean[] array;
    private final int index;

    Elem(boolean[] array, int index) {
      this.array = array;
      this.index = index;
    }

    @Override
    public boolean get() {
      return array[index];
    }

    @Override
    public void set(boolean v) {
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

  private static final class Field extends BoolRef {
    private final Object obj;
    private final VarHandle handle;

    Field(Object obj, VarHandle handle) {
      this.obj = obj;
      this.handle = handle;
    }

    @Override
    public boolean get() {
      return (boolean) handle.get(obj);
    }

    @Override
    public void set(boolean v) {
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
