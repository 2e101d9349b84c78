package dev.gosem.ir.ssa;

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

  public void addGlobal(String name, Type type) {
    globals.put(name, type);
  }

  public List<Func> funcList() {
    return List.copyOf(funcs.values());
  }
}
