package dev.gosem.ir.build;

import dev.gosem.api.check.Obj;
import dev.gosem.api.check.TypeInfo;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Pointer;
import dev.gosem.ir.ssa.Module;
import java.util.HashSet;
import java.util.Set;

/** Unit is what every function's lowering shares: the module being built and the checker's facts. */
final class Unit {
  private final Module module;
  private final TypeInfo info;
  /** The method-value wrappers made so far (one per method, shared by every x.M). */
  private final Set<String> wrappers = new HashSet<>();
  private final boolean panicNilError;

  Unit(Module module, TypeInfo info, boolean panicNilError) {
    this.module = module;
    this.info = info;
    this.panicNilError = panicNilError;
  }

  /** Whether panic(nil) panics with *runtime.PanicNilError (the program's Go version is 1.21+). */
  boolean panicNilError() {
    return panicNilError;
  }

  Module module() {
    return module;
  }

  TypeInfo info() {
    return info;
  }

  /** Records a method-value wrapper's name; false if it exists already. */
  boolean newWrapper(String name) {
    return wrappers.add(name);
  }

  /**
   * The IR name of a declared method: "T.M" for both value and pointer receivers, qualified by
   * the package's import path outside package main ("example/geom.Point.Area").
   */
  static String methodName(Obj.Func f) {
    return typeName(receiverNamed(f)) + "." + f.name();
  }

  /** A declared type's name, qualified by its package's import path outside package main. */
  static String typeName(Named n) {
    return qualify(n.pkg(), n.name());
  }

  /**
   * The IR name of a package-level function: its Go name in package main ("fib"), qualified by
   * its package's import path elsewhere ("example/geom.Area"), as Go's linker names symbols.
   */
  String funcName(Obj.Func f) {
    return f.isMethod() ? methodName(f) : qualify(info.packageOf(f), f.name());
  }

  /** The IR name of a package-level variable, qualified like {@link #funcName}. */
  String globalName(Obj.Var v) {
    return qualify(info.packageOf(v), v.name());
  }

  /** name in package main, path.name in the package with that import path. */
  static String qualify(String pkgPath, String name) {
    return pkgPath.isEmpty() || pkgPath.equals("main") ? name : pkgPath + "." + name;
  }

  static Named receiverNamed(Obj.Func f) {
    return (Named) (f.recv() instanceof Pointer p ? p.elem() : f.recv());
  }

  /** Whether a package-level variable lives in memory: an aggregate, or its address is taken. */
  boolean globalInMemory(Obj.Var v) {
    return Consts.isAggregate(v.type()) || info.isAddressTaken(v);
  }
}
