package dev.gosem.api.check;

import dev.gosem.api.types.Interface;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Signature;
import dev.gosem.api.types.Struct;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Lookup finds fields and methods of types, as Go's spec defines selectors: breadth-first through
 * embedded fields, the shallowest match wins, two matches at the same depth are ambiguous. It
 * also decides method sets and whether a type implements an interface. It is a port of go/types'
 * lookup.go, on our types, and knows nothing of the checker but how to name objects.
 */
final class Lookup {
  private Lookup() {}

  /** How lookup names what it finds: the checker's objects for methods, fields and interface methods. */
  interface Objects {
    /** The object of the method declared on n with this name. */
    Obj method(Named n, String name);

    /** The object of an interface's method; iface is the (possibly named) interface type. */
    Obj interfaceMethod(Type iface, Interface.Method m);

    /** The field objects of a struct type, in order. */
    List<Obj.Field> fields(Struct s);
  }

  /**
   * The result of a lookup. With a null obj: ambiguous if path is non-null, pointerNeeded if a
   * pointer method was found but the receiver is neither a pointer nor addressable.
   *
   * @param holder for a method, the type of the value reached by the path (T, or *T when that
   *     value is a pointer); for a field, the field's type
   * @param sig a method's signature (without receiver)
   */
  record Result(Obj obj, List<Integer> path, List<Boolean> derefs, boolean indirect, boolean pointerNeeded,
      Type holder, Signature sig, Selection.RecvAdjust adjust) {
    boolean found() {
      return obj != null;
    }

    boolean ambiguous() {
      return obj == null && path != null;
    }
  }

  private record Entry(Type typ, List<Integer> path, List<Boolean> derefs, boolean isPtr, boolean indirect,
      boolean multiples) {}

  private static final Result NOT_FOUND = new Result(null, null, null, false, false, null, null, null);

  static Type deref(Type t) {
    return t instanceof Pointer p ? p.elem() : t;
  }

  /**
   * Looks up name in T; addressable says T is the type of an addressable variable (only matters
   * for pointer methods). With foldCase, method names match case-insensitively (for hints).
   */
  static Result lookup(Type T, boolean addressable, String name, Objects objs, boolean foldCase) {
    if (name.equals("_")) return NOT_FOUND;
    // Methods cannot be associated with a named pointer type: look through it for fields only.
    if (T instanceof Named n && n.underlying() instanceof Pointer p) {
      Result r = lookup0(p, false, name, objs, foldCase);
      if (r.obj instanceof Obj.Func || r.obj instanceof Obj.StdFunc) return NOT_FOUND;
      return r;
    }
    return lookup0(T, addressable, name, objs, foldCase);
  }

  private static Result lookup0(Type T, boolean addressable, String name, Objects objs, boolean foldCase) {
    boolean isPtr = T instanceof Pointer;
    Type typ = deref(T);
    if (isPtr && Types.underlying(typ) instanceof Interface) return NOT_FOUND;
    List<Entry> current = List.of(new Entry(typ, List.of(), List.of(), isPtr, isPtr, false));
    Set<Named> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    while (!current.isEmpty()) {
      List<Entry> next = new ArrayList<>();
      Obj obj = null;
      List<Integer> path = null;
      List<Boolean> derefs = null;
      boolean indirect = false;
      Type holder = null;
      Signature sig = null;
      Selection.RecvAdjust adjust = null;
      boolean methodPtrRecv = false;
      for (Entry e : current) {
        Type t = e.typ;
        if (t instanceof Named named) {
          if (!seen.add(named)) continue;
          Named.NamedMethod m = findMethod(named, name, foldCase);
          if (m != null) {
            if (obj != null || e.multiples) return new Result(null, e.path, e.derefs, false, false, null, null, null);
            obj = objs.method(named, m.name());
            path = e.path;
            derefs = e.derefs;
            indirect = e.indirect;
            holder = e.isPtr ? new Pointer(named) : named;
            sig = m.sig();
            methodPtrRecv = m.pointerReceiver();
            if (m.pointerReceiver()) adjust = e.isPtr ? Selection.RecvAdjust.NONE : Selection.RecvAdjust.ADDRESS;
            else adjust = e.isPtr ? Selection.RecvAdjust.DEREF : Selection.RecvAdjust.NONE;
            continue;
          }
        }
        switch (Types.underlying(t)) {
          case Struct st -> {
            List<Obj.Field> fields = objs.fields(st);
            for (int i = 0; i < st.fields().size(); i++) {
              Struct.Field f = st.fields().get(i);
              if (f.name().equals(name)) {
                if (obj != null || e.multiples) {
                  return new Result(null, append(e.path, i), append(e.derefs, e.isPtr), false, false, null, null, null);
                }
                obj = fields.get(i);
                path = append(e.path, i);
                derefs = append(e.derefs, e.isPtr);
                indirect = e.indirect;
                holder = f.type();
                continue;
              }
              if (obj == null && f.embedded()) {
                boolean fp = f.type() instanceof Pointer;
                next.add(new Entry(deref(f.type()), append(e.path, i), append(e.derefs, e.isPtr), fp,
                    e.indirect || fp, e.multiples));
              }
            }
          }
          case Interface it -> {
            Interface.Method m = null;
            for (Interface.Method c : it.methods()) {
              if (c.name().equals(name) || (foldCase && c.name().equalsIgnoreCase(name))) {
                m = c;
                break;
              }
            }
            if (m != null) {
              if (obj != null || e.multiples) return new Result(null, e.path, e.derefs, false, false, null, null, null);
              obj = objs.interfaceMethod(t, m);
              path = e.path;
              derefs = e.derefs;
              indirect = e.indirect;
              holder = t;
              sig = m.sig();
              adjust = Selection.RecvAdjust.NONE;
            }
          }
          default -> {}
        }
      }
      if (obj != null) {
        if (sig != null && methodPtrRecv && !indirect && !addressable) {
          return new Result(null, null, null, true, true, null, null, null);
        }
        return new Result(obj, path, derefs, indirect, false, holder, sig, adjust);
      }
      current = consolidate(next);
    }
    return NOT_FOUND;
  }

  private static Named.NamedMethod findMethod(Named n, String name, boolean foldCase) {
    for (Named.NamedMethod m : methodsOf(n)) {
      if (m.name().equals(name) || (foldCase && m.name().equalsIgnoreCase(name))) return m;
    }
    return null;
  }

  /** The declared methods of n (the standard library's types have theirs in StdLib). */
  static List<Named.NamedMethod> methodsOf(Named n) {
    List<Named.NamedMethod> std = StdLib.methods(n);
    return std != null ? std : n.methods();
  }

  /** Entries with identical types at one depth become one entry marked as multiple. */
  private static List<Entry> consolidate(List<Entry> list) {
    if (list.size() <= 1) return list;
    List<Entry> out = new ArrayList<>();
    for (Entry e : list) {
      int found = -1;
      for (int i = 0; i < out.size(); i++) {
        if (Predicates.identical(out.get(i).typ, e.typ)) {
          found = i;
          break;
        }
      }
      if (found >= 0) {
        Entry o = out.get(found);
        out.set(found, new Entry(o.typ, o.path, o.derefs, o.isPtr, o.indirect, true));
      } else {
        out.add(e);
      }
    }
    return out;
  }

  private static <T> List<T> append(List<T> l, T x) {
    List<T> out = new ArrayList<>(l.size() + 1);
    out.addAll(l);
    out.add(x);
    return List.copyOf(out);
  }

  // ---- method sets and interface satisfaction ----

  /** Every method name reachable from t through embedded fields (candidates for its method set). */
  private static Set<String> methodNames(Type t) {
    Set<String> names = new TreeSet<>();
    Set<Type> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Type> work = new ArrayList<>(List.of(deref(t)));
    while (!work.isEmpty()) {
      Type x = work.removeLast();
      if (!seen.add(x)) continue;
      if (x instanceof Named n) for (Named.NamedMethod m : methodsOf(n)) names.add(m.name());
      switch (Types.underlying(x)) {
        case Struct st -> {
          for (Struct.Field f : st.fields()) if (f.embedded()) work.add(deref(f.type()));
        }
        case Interface it -> {
          for (Interface.Method m : it.methods()) names.add(m.name());
        }
        default -> {}
      }
    }
    return names;
  }

  /** The method set of t as METHOD_VALUE selections, sorted by name. */
  static List<Selection> methodSet(Type t, BiFunction<Named, String, Obj> methodObj) {
    Objects objs = new Objects() {
      @Override public Obj method(Named n, String name) {
        return methodObj.apply(n, name);
      }

      @Override public Obj interfaceMethod(Type iface, Interface.Method m) {
        return new Obj.Func(m.name(), dev.gosem.api.Pos.NONE, m.sig(), null, iface);
      }

      @Override public List<Obj.Field> fields(Struct s) {
        List<Obj.Field> out = new ArrayList<>();
        for (int i = 0; i < s.fields().size(); i++) {
          Struct.Field f = s.fields().get(i);
          out.add(new Obj.Field(f.name(), dev.gosem.api.Pos.NONE, f.type(), f.embedded(), i));
        }
        return out;
      }
    };
    if (t instanceof Named n && n.underlying() instanceof Pointer) return List.of();
    if (t instanceof Pointer p && Types.underlying(p.elem()) instanceof Interface) return List.of();
    List<Selection> out = new ArrayList<>();
    for (String name : methodNames(t)) {
      Result r = lookup(t, false, name, objs, false);
      if (r.found() && r.sig != null) {
        out.add(new Selection(Selection.Kind.METHOD_VALUE, t, r.obj, r.sig, r.path, r.derefs, r.adjust));
      }
    }
    return out;
  }

  /** A missing method and the alternative found instead (wrong type, pointer receiver, other case). */
  record Missing(Interface.Method method, String altName, Signature altSig) {}

  /**
   * The first method of T that V lacks, or null if V implements T. For an interface V and
   * !isStatic only the methods V has are compared (type assertions).
   */
  static Missing missingMethod(Type V, Interface T, boolean isStatic, Objects objs) {
    if (T.isEmpty()) return null;
    if (Types.underlying(V) instanceof Interface vi) {
      for (Interface.Method m : T.methods()) {
        Interface.Method f = vi.method(m.name());
        if (f == null) {
          if (!isStatic) continue;
          return new Missing(m, null, null);
        }
        if (!Predicates.identical(f.sig(), m.sig())) return new Missing(m, f.name(), f.sig());
      }
      return null;
    }
    for (Interface.Method m : T.methods()) {
      Result r = lookup(V, false, m.name(), objs, false);
      boolean found = r.found();
      if (!found) {
        r = lookup(new Pointer(V), false, m.name(), objs, false);
        if (!r.found()) r = lookup(V, false, m.name(), objs, true);
      }
      if (r.sig == null) return new Missing(m, null, null);
      String altName = r.obj.name();
      if (!found || !Predicates.identical(r.sig, m.sig())) return new Missing(m, altName, r.sig);
    }
    return null;
  }
}
