package dev.gosem.api.check;

import java.util.HashMap;
import java.util.Map;

/**
 * Scope maps names to what they denote: an {@link Obj}, or a {@link PkgDecl} for package-level
 * declarations that are type-checked lazily on first use.
 */
final class Scope {
  final Scope parent;
  final String kind;
  private final Map<String, Object> names = new HashMap<>();

  Scope(Scope parent, String kind) {
    this.parent = parent;
    this.kind = kind;
  }

  Object lookupLocal(String name) {
    return names.get(name);
  }

  Object lookup(String name) {
    for (Scope s = this; s != null; s = s.parent) {
      Object o = s.names.get(name);
      if (o != null) return o;
    }
    return null;
  }

  void insert(String name, Object o) {
    names.put(name, o);
  }
}
