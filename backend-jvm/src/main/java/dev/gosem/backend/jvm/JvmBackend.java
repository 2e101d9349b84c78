package dev.gosem.backend.jvm;

import dev.gosem.api.check.CompileException;
import dev.gosem.api.check.Diagnostic;
import dev.gosem.ir.Options;
import dev.gosem.ir.backend.Backend;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Module;
import java.util.List;
import org.objectweb.asm.MethodTooLargeException;

/** The JVM backend, found as "jvm": IR to one class per program, generated with ASM. */
public final class JvmBackend implements Backend {
  @Override
  public String name() {
    return "jvm";
  }

  @Override
  public JvmArtifact compile(Module module, Options options) {
    try {
      return new JvmArtifact(ClassGen.generate(module));
    } catch (MethodTooLargeException e) {
      Func f = module.funcs().get(e.getMethodName().replace('$', '.'));
      String what = f == null ? e.getMethodName() : f.name();
      throw new CompileException(List.of(new Diagnostic(f == null ? dev.gosem.api.Pos.NONE : f.pos(),
          "function " + what + " is too large for the JVM backend (" + e.getCodeSize() + " bytes of bytecode; the JVM allows 65535)")));
    }
  }
}
