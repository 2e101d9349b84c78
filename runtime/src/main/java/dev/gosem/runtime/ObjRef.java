package dev.gosem.runtime;

import dev.gosem.runtime.slice.RefSlice;
import java.lang.invoke.VarHandle;

/**
 * A pointer to a variable of a string, slice, map, pointer, interface or func type: a heap cell
 * (a variable that escapes, {@link #cell}), an element of an array or slice ({@link #elem}), or a
 * field of a struct object ({@link #field}, through the generated class's VarHandle for that
 * field). Pointers are equal when they address the same variable.
 */
public abstract class ObjRef implements GoPointer {
  ObjRef() {}

  /** *p. */
  public abstract Object get();

  /** *p = v. */
  public abstract void set(Object v);

  @Override
  public Object goLoad() {
    return get();
  }

  /** new(T) or &x for an escaping variable x: a fresh cell holding v. */
  public static Cell cell(Object v) {
    return new Cell(v);
  }

  /** &a[i] for an array, with Go's index check. */
  public static ObjRef elem(Object[] a, long i) {
    if (i < 0 || i >= a.length) {
      throw Panics.indexOutOfRange(i, a.length);
    }
    return new Elem(a, (int) i);
  }

  /** &s[i] for a slice, with Go's index check. */
  public static ObjRef elem(RefSlice s, long i) {
    int n = s == null ? 0 : s.len;
    if (i < 0 || i >= n) {
      throw Panics.indexOutOfRange(i, n);
    }
    return new Elem(s.array, s.offset + (int) i);
  }

  /** &obj.f for a field f of a struct object, given the field's VarHandle. */
  public static ObjRef field(Object obj, VarHandle handle) {
    if (obj == null) {
      throw Panics.nilDereference();
    }
    return new Field(obj, handle);
  }

  /** A variable of its own; generated code may use {@code value} directly. */
  public static final class Cell extends ObjRef {
    public Object value;

    Cell(Object v) {
      this.value = v;
    }

    @Override
    public Object get() {
      return value;
    }

    @Override
    public void set(Object v) {
      value = v;
    }
  }

  private static final class Elem extends ObjRef {
    private final Object[] array;
    private final int index;

    Elem(Object[] array, int index) {
      this.array = array;
      this.index = index;
    }

    @Override
    public Object get() {
      return array[index];
    }

    @Override
    public void set(Object v) {
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

  private static final class Field extends ObjRef {
    private final Object obj;
    private final VarHandle handle;

    Field(Object obj, VarHandle handle) {
      this.obj = obj;
      this.handle = handle;
    }

    @Override
    public Object get() {
      return handle.get(obj);
    }

    @Override
    public void set(Object v) {
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
