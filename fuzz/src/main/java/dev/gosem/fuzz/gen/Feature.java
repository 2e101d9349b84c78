package dev.gosem.fuzz.gen;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Feature is a language feature the generator can use. Features are written as gosem grows and
 * turned on by default once they pass; the data model (slices … interfaces) is not on the amd64
 * backend yet, so campaigns on that target use {@link #scalars()}. Programs are deterministic per
 * seed and feature set.
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
  /**
   * fmt.Printf with random verbs, flags, widths and precisions (its variadic arguments are a
   * slice, which the amd64 backend does not have yet).
   */
  PRINTF(true, true),
  /** Expression switches (tagged and tagless) with fallthrough. */
  SWITCH(true),
  /** Slices of basic types and structs: literals, make, append, elements, len and cap, s[:len(s)], range. */
  SLICES(true, true),
  /** Arrays of basic types and structs: literals, elements, len, copies on assignment and calls, a[:], range, comparison. */
  ARRAYS(true, true),
  /** Maps with int or string keys: literals, make, reads, writes, delete, len, an order-independent range. */
  MAPS(true, true),
  /** Struct types declared at package level: literals, fields, comparison, copies. */
  STRUCTS(true, true),
  /** Pointers to variables, to struct literals and from new: loads, stores, aliasing. */
  POINTERS(true, true),
  /** Function literals capturing variables by reference, and closures made in loops (per-iteration variables). */
  CLOSURES(true, true),
  /** Methods on struct types, with value and pointer receivers. */
  METHODS(true, true),
  /**
   * Named interfaces implemented by struct types (dynamic dispatch), the empty interface holding
   * basic and struct values, type switches, comma-ok assertions, and String methods fmt calls.
   */
  INTERFACES(true, true),
  /**
   * defer of helper, method and fmt calls (arguments evaluated at the defer) and of function
   * literals that read and set the function's variables and named results, in loops and under
   * conditions; deferred recovers that print what they stop (the function then returns its named
   * results), panic statements with ints, strings and errors.New values, re-panics and panics in
   * deferred calls. Needs closures (deferred literals).
   */
  DEFER(true, true),
  /**
   * Goroutines whose output is deterministic by construction, as a Go programmer makes it:
   * fan-out with results written to each goroutine's own slot and read after a WaitGroup's Wait,
   * pipelines of channels closed by their senders, sums under a Mutex or in an atomic.Int64,
   * buffered channels as queues (len, cap, close, comma-ok, range), selects where exactly one
   * case can be ready (or default), ping-pong over unbuffered channels, sync.Once; in panicky
   * programs, channel panics and deadlocks. Needs closures (goroutine literals).
   */
  GOROUTINES(true, true);

  private final boolean byDefault;
  // Whether programs using it need the data model (composite types, closures, interfaces, the
  // slices behind variadic calls), which the amd64 backend does not have yet.
  private final boolean data;

  Feature(boolean byDefault) {
    this(byDefault, false);
  }

  Feature(boolean byDefault, boolean data) {
    this.byDefault = byDefault;
    this.data = data;
  }

  /** The default features without the data model: what the amd64 backend compiles today. */
  public static Set<Feature> scalars() {
    EnumSet<Feature> s = EnumSet.copyOf(defaults());
    s.removeIf(f -> f.data);
    return s;
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
   * Applies a spec such as {@code "+switch,-floats"} (or {@code "all"}, {@code "none"},
   * {@code "scalars"}) to the default set.
   */
  public static Set<Feature> parse(String spec) {
    return parse(spec, defaults());
  }

  /** Applies a spec to the given base set. */
  public static Set<Feature> parse(String spec, Set<Feature> base) {
    EnumSet<Feature> s = base.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(base);
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
      if (p.equals("scalars")) {
        s = EnumSet.copyOf(scalars());
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
