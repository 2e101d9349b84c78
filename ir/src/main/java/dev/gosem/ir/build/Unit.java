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

  /** The IR name of a declared method: "T.M" for both value and pointer receivers. */
  static String methodName(Obj.Func f) {
    return receiverNamed(f).name() + "." + f.name();
  }

  static Named receiverNamed(Obj.Func f) {
    return (Named) (f.recv() instanceof Pointer p ? p.elem() : f.recv());
  }

  /** Whether a package-level variable lives in memory: an aggregate, or its address is taken. */
  boolean globalInMemory(Obj.Var v) {
    return Consts.isAggregate(v.type()) || info.isAddressTaken(v);
  }
}
