package dev.gosem.api.build;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.types.Array;
import dev.gosem.api.types.Interface;
import dev.gosem.api.types.MapType;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Signature;
import dev.gosem.api.types.Slice;
import dev.gosem.api.types.Struct;
import dev.gosem.api.types.Tuple;
import dev.gosem.api.types.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Composite makes composite literals {@code T{elts}} ({@link Go#lit(Type, Object...)}). Elements
 * are values, {@link Keyed} pairs ({@link Go#kv}) and {@link Elided} inner literals whose type is
 * left out ({@link Go#elems}). The literal's type decides what a key means: in a struct literal a
 * String key is a field name, anywhere else it is a string constant (a map key); an {@link Ex}
 * key is used as it is. Elided inner literals get their element type the same way, so
 * {@code lit(sliceOf(point), elems(kv("X", 1)))} is {@code []Point{{X: 1}}}.
 */
public final class Composite {
  private Composite() {}

  /** Keyed is an element {@code key: value}; it means something only inside a composite literal. */
  public static final class Keyed {
    final Object key;
    final Object value;
    final Pos pos;

    Keyed(Object key, Object value, Pos pos) {
      if (key == null) throw new IllegalArgumentException("a composite literal key cannot be null");
      this.key = key;
      this.value = value;
      this.pos = pos;
    }

    @Override
    public String toString() {
      return "kv(" + key + ", " + value + ")";
    }
  }

  /** Elided is an inner literal {@code {elts}} whose type the outer literal's element type gives. */
  public static final class Elided {
    final Object[] elts;
    final Pos pos;

    Elided(Object[] elts, Pos pos) {
      this.elts = elts.clone();
      this.pos = pos;
    }

    @Override
    public String toString() {
      return "elems(" + elts.length + " elements)";
    }
  }

  static Expr.CompositeLit lit(Type type, Object[] elts, Pos p) {
    // Go's grammar admits only type names, array, slice, map and struct types before the brace.
    switch (type) {
      case Pointer ptr -> throw new IllegalArgumentException("invalid composite literal type " + type
          + ": write &" + ptr.elem() + "{...} as lit(" + ptr.elem() + ", ...).addr()");
      case Interface i when !i.isEmpty() -> throw new IllegalArgumentException("invalid composite literal type " + type);
      case Signature s -> throw new IllegalArgumentException("invalid composite literal type " + type);
      case Tuple t -> throw new IllegalArgumentException("invalid composite literal type " + type);
      case null -> throw new IllegalArgumentException("a composite literal needs a type; use elems(...) inside another literal");
      default -> {}
    }
    return new Expr.CompositeLit(TypeExprs.of(type, p), elements(type, elts, p), p);
  }

  private static List<Expr> elements(Type type, Object[] elts, Pos p) {
    List<Expr> out = new ArrayList<>(elts.length);
    Struct st = structOf(type);
    for (int i = 0; i < elts.length; i++) {
      Object e = elts[i];
      if (e instanceof Keyed kv) {
        Expr key;
        Type valueType;
        if (st != null && kv.key instanceof String name) {
          key = new Expr.Ident(name, kv.pos);
          int f = st.indexOf(name);
          valueType = f < 0 ? null : st.fields().get(f).type();
        } else {
          key = element(keyType(type), kv.key, kv.pos);
          valueType = elemType(type);
        }
        out.add(new Expr.KeyValue(key, element(valueType, kv.value, kv.pos), kv.pos));
      } else {
        Type t = st != null ? (i < st.fields().size() ? st.fields().get(i).type() : null) : elemType(type);
        out.add(element(t, e, p));
      }
    }
    return out;
  }

  /** One element or key whose type (null if unknown) is t; plain values get position p. */
  private static Expr element(Type t, Object v, Pos p) {
    if (v instanceof Elided el) {
      // []*T{{...}} elides &T: the inner literal's type is T
      Type inner = t instanceof Pointer ptr ? ptr.elem() : t;
      return new Expr.CompositeLit(null, elements(inner, el.elts, el.pos), el.pos);
    }
    if (v instanceof Keyed) throw new IllegalArgumentException("a key: value pair cannot be a key or value itself");
    return Go.ex(v, p).expr;
  }

  private static Type under(Type t) {
    return t instanceof Named n ? n.underlying() : t;
  }

  private static Struct structOf(Type t) {
    return under(t) instanceof Struct s ? s : null;
  }

  private static Type elemType(Type t) {
    return switch (under(t)) {
      case Slice s -> s.elem();
      case Array a -> a.elem();
      case MapType m -> m.elem();
      case null, default -> null;
    };
  }

  private static Type keyType(Type t) {
    return under(t) instanceof MapType m ? m.key() : null;
  }
}
