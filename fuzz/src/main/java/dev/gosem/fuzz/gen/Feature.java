package dev.gosem.fuzz.gen;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Feature is a language feature the generator can use. The default set is what every gosem
 * backend runs today; the others are written as gosem grows and turned on once they pass
 * ({@code --features +switch}). Programs are deterministic per seed and feature set.
 */
public enum Feature {
  FLOATS(true),
  STRINGS(true),
  LOOPS(true),
  LABELS(true),
  FUNCS(true),
  RECURSION(true),
  MULTI_RESULTS(true),
  NAMED_RESULTS(true),
  GLOBALS(true),
  CONSTS(true),
  INIT_FUNCS(true),
  /** Some programs divide by zero, index out of range or shift by a negative count on purpose. */
  PANICS(true),
  /** Some programs end with os.Exit. */
  EXIT(true),
  /** Expression switches (tagged and tagless) with fallthrough. */
  SWITCH(true),
  /** Slices of basic types and structs: literals, make, append, elements, len and cap, s[:len(s)], range. */
  SLICES(false),
  /** Maps with int or string keys: literals, make, reads, writes, delete, len, an order-independent range. */
  MAPS(false),
  /** Struct types declared at package level: literals, fields, comparison, copies. */
  STRUCTS(false),
  /** Pointers to variables, to struct literals and from new: loads, stores, aliasing. */
  POINTERS(false),
  /** Function literals capturing variables by reference, and closures made in loops (per-iteration variables). */
  CLOSURES(false),
  /** Methods on struct types, with value and pointer receivers. */
  METHODS(false),
  /**
   * Named interfaces implemented by struct types (dynamic dispatch), the empty interface holding
   * basic and struct values, type switches, comma-ok assertions, and String methods fmt calls.
   */
  INTERFACES(false);

  private final boolean byDefault;

  Feature(boolean byDefault) {
    this.byDefault = byDefault;
  }

  public static Set<Feature> defaults() {
    EnumSet<Feature> s = EnumSet.noneOf(Feature.class);
    for (Feature f : values()) {
      if (f.byDefault) s.add(f);
    }
    return s;
  }

  /** The lower-case name used on the command line, e.g. "multi-results". */
  public String flag() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Applies a spec such as {@code "+switch,-floats"} (or {@code "all"}, {@code "none"}) to the
   * default set.
   */
  public static Set<Feature> parse(String spec) {
    EnumSet<Feature> s = EnumSet.copyOf(defaults());
    if (spec == null || spec.isBlank()) return s;
    for (String part : spec.split(",")) {
      String p = part.strip();
      if (p.equals("all")) {
        s = EnumSet.allOf(Feature.class);
        continue;
      }
      if (p.equals("none")) {
        s = EnumSet.noneOf(Feature.class);
        continue;
      }
      boolean add = !p.startsWith("-");
      String name = p.startsWith("+") || p.startsWith("-") ? p.substring(1) : p;
      Feature f = null;
      for (Feature x : values()) {
        if (x.flag().equals(name)) f = x;
      }
      if (f == null) throw new IllegalArgumentException("unknown feature \"" + name + "\"");
      if (add) s.add(f); else s.remove(f);
    }
    return s;
  }
}
