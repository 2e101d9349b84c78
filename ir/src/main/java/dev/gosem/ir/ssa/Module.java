package dev.gosem.ir.ssa;

import dev.gosem.api.types.Named;
import dev.gosem.api.types.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/**
 * Module is a whole program in IR: its functions, its package-level variables, and the
 * synthetic package initializer {@link #INIT} that sets those variables in the order Go
 * prescribes. A backend's entry point runs INIT, then main, then exits 0.
 */
public final class Module {
  /** The synthetic function that initializes package-level variables, then calls init funcs. */
  public static final String INIT = "init";

  private final String name;
  private final SequencedMap<String, Func> funcs = new LinkedHashMap<>();
  private final SequencedMap<String, Type> globals = new LinkedHashMap<>();
  private final java.util.Set<String> globalsInMemory = new java.util.LinkedHashSet<>();
  private final SequencedMap<Named, List<Method>> methods = new LinkedHashMap<>();

  /**
   * A method of a named type: its name, the function implementing it (receiver first), and
   * whether the receiver is a pointer. Backends build interface dispatch from these tables.
   */
  public record Method(String name, String func, boolean pointerReceiver) {}
  private final String sourceFile;

  public Module(String name, String sourceFile) {
    this.name = name;
    this.sourceFile = sourceFile;
  }

  public String name() { return name; }
  /** The Go file name tracebacks mention for this program. */
  public String sourceFile() { return sourceFile; }
  public Map<String, Func> funcs() { return funcs; }
  public Func func(String name) { return funcs.get(name); }
  public Map<String, Type> globals() { return globals; }

  public void add(Func f) {
    if (funcs.putIfAbsent(f.name(), f) != null) throw new IllegalStateException("duplicate function " + f.name());
  }

  private final List<String> packages = new java.util.ArrayList<>();

  /**
   * Declares a package other than main, by import path: its functions, methods and globals are
   * named {@code path.name} (Go's symbol names), and {@link #packageOf} finds it from them.
   */
  public void addPackage(String path) {
    if (!packages.contains(path)) packages.add(path);
  }

  /** The packages other than main, in initialization order. */
  public List<String> packages() {
    return List.copyOf(packages);
  }

  /**
   * The import path of the package a function or global belongs to, from its name
   * ("example/geom.Area" → "example/geom"), or "main".
   */
  public String packageOf(String name) {
    String best = "main";
    for (String p : packages) {
      if (name.startsWith(p + ".") && (best.equals("main") || p.length() > best.length())) best = p;
    }
    return best;
  }

  public void addGlobal(String name, Type type) {
    globals.put(name, type);
  }

  /** Marks a package-level variable whose address is taken: it is reached through GlobalAddr. */
  public void placeGlobalInMemory(String name) {
    globalsInMemory.add(name);
  }

  public boolean isGlobalInMemory(String name) {
    return globalsInMemory.contains(name);
  }

  public void addMethod(Named type, Method m) {
    methods.computeIfAbsent(type, k -> new java.util.ArrayList<>()).add(m);
  }

  /** Every named type's declared methods, in declaration order. */
  public Map<Named, List<Method>> methods() {
    return methods;
  }

  public List<Func> funcList() {
    return List.copyOf(funcs.values());
  }
}
