package dev.gosem.api.check;

import dev.gosem.api.types.Array;
import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Interface;
import dev.gosem.api.types.Kind;
import dev.gosem.api.types.MapType;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Signature;
import dev.gosem.api.types.Slice;
import dev.gosem.api.types.Struct;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Function;

/** Predicates on types from Go's spec: identity, comparability, which types have nil. */
final class Predicates {
  private Predicates() {}

  /**
   * Type identity. Composite types are records compared structurally, named types by identity,
   * so record equality is Go's identity (parameter names and byte/rune spellings do not count).
   */
  static boolean identical(Type a, Type b) {
    return a == b || a.equals(b);
  }

  static boolean isInterface(Type t) {
    return Types.underlying(t) instanceof Interface;
  }

  static boolean isNamed(Type t) {
    return t instanceof Named || t instanceof Basic;
  }

  static boolean isUntypedNil(Type t) {
    return t instanceof Basic b && b.kind() == Kind.UNTYPED_NIL;
  }

  /** Whether the values of t have nil: pointers, slices, maps, funcs, interfaces. */
  static boolean hasNil(Type t) {
    return switch (Types.underlying(t)) {
      case Slice s -> true;
      case Pointer p -> true;
      case Signature s -> true;
      case MapType m -> true;
      case dev.gosem.api.types.Chan c -> true;
      case Interface i -> true;
      default -> false;
    };
  }

  /** Whether == is defined on t (interfaces are: they may panic at run time). */
  static boolean comparable(Type t) {
    return comparable(t, Collections.newSetFromMap(new IdentityHashMap<>()), null);
  }

  /**
   * Why t is not comparable, as Go says it ({@code struct containing []int cannot be compared}),
   * or "" if it is; typeString spells types.
   */
  static String incomparableCause(Type t, Function<Type, String> typeString) {
    switch (Types.underlying(t)) {
      case Slice s -> {
        return "slice can only be compared to nil";
      }
      case Signature s -> {
        return "func can only be compared to nil";
      }
      case MapType m -> {
        return "map can only be compared to nil";
      }
      default -> {}
    }
    String[] cause = {""};
    comparable(t, Collections.newSetFromMap(new IdentityHashMap<>()), msg -> cause[0] = msg.apply(typeString));
    return cause[0];
  }

  private interface Report {
    void report(Function<Function<Type, String>, String> msg);
  }

  private static boolean comparable(Type t, Set<Type> seen, Report report) {
    if (!seen.add(t)) return true;
    return switch (Types.underlying(t)) {
      case Basic b -> b.kind() != Kind.UNTYPED_NIL;
      case Pointer p -> true;
      case dev.gosem.api.types.Chan c -> true;
      case Interface i -> true;
      case Struct st -> {
        for (Struct.Field f : st.fields()) {
          if (!comparable(f.type(), seen, null)) {
            if (report != null) report.report(ts -> "struct containing " + ts.apply(f.type()) + " cannot be compared");
            yield false;
          }
        }
        yield true;
      }
      case Array a -> {
        if (!comparable(a.elem(), seen, null)) {
          if (report != null) report.report(ts -> ts.apply(a) + " cannot be compared");
          yield false;
        }
        yield true;
      }
      default -> false;
    };
  }
}
