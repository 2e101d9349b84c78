package dev.gosem.backend.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.gosem.api.types.Kind;
import dev.gosem.api.types.Type;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Module;
import java.util.Map;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

/**
 * Turns a module into the class for package main: a static field per package-level variable,
 * a static method per function, and the entry method that runs package initialization and then
 * main.main, the order Go's runtime.main uses.
 */
final class ClassGen {
  private ClassGen() {}

  static byte[] generate(Module m) {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
      // Frames only ever merge String, Object[] and boxes; no need to load classes to say so.
      @Override
      protected String getCommonSuperClass(String a, String b) {
        return "java/lang/Object";
      }
    };
    cw.visit(V21, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, Names.MAIN_CLASS, null, "java/lang/Object", null);
    cw.visitSource(m.sourceFile(), null);
    for (Map.Entry<String, Type> g : m.globals().entrySet()) {
      cw.visitField(ACC_STATIC, Names.field(g.getKey()), JvmTypes.descriptor(g.getValue()), null, null).visitEnd();
    }
    clinit(cw, m);
    entry(cw, m);
    for (Func f : m.funcList()) FuncGen.emit(cw, m, f);
    cw.visitEnd();
    return cw.toByteArray();
  }

  /** Go's zero value of a string is "", not null; the other zero values are the JVM's. */
  private static void clinit(ClassWriter cw, Module m) {
    MethodVisitor mv = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
    mv.visitCode();
    for (Map.Entry<String, Type> g : m.globals().entrySet()) {
      if (JvmTypes.kind(g.getValue()) == Kind.STRING) {
        mv.visitLdcInsn("");
        mv.visitFieldInsn(PUTSTATIC, Names.MAIN_CLASS, Names.field(g.getKey()), JvmTypes.STRING);
      }
    }
    mv.visitInsn(RETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  private static void entry(ClassWriter cw, Module m) {
    MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, Names.ENTRY, "()V", null, null);
    mv.visitCode();
    if (m.func(Module.INIT) != null) {
      mv.visitMethodInsn(INVOKESTATIC, Names.MAIN_CLASS, Names.method(Module.INIT), "()V", false);
    }
    mv.visitMethodInsn(INVOKESTATIC, Names.MAIN_CLASS, "main", "()V", false);
    mv.visitInsn(RETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }
}
