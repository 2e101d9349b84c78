package dev.gosem.backend.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Type;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Module;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

/**
 * Turns a module into classes. Package main's class go.main.Main, and each other package's
 * class (go.example.geom.Geom for example/geom), has a static field per package-level variable (a variable whose address is taken holds its cell or object, reached
 * through GlobalAddr), a static method per function, and the entry method that runs package
 * initialization and then main.main, the order Go's runtime.main uses. Then come the classes the
 * functions asked for, until no class asks for another: struct classes, box classes, closure
 * classes; then the func-value and dispatch interfaces, and last go.main.$Types with every type
 * descriptor the others use.
 */
final class ClassGen {
  private ClassGen() {}

  static Map<String, byte[]> generate(Module m) {
    Gen gen = new Gen(m);
    Map<String, byte[]> out = new LinkedHashMap<>();
    out.put(Names.MAIN_CLASS, packageClass(gen, "main"));
    for (String pkg : gen.module.packages()) out.put(Names.packageClass(pkg), packageClass(gen, pkg));
    StructGen structs = new StructGen(gen);
    boolean more = true;
    while (more) {
      more = false;
      for (Map.Entry<String, Type> s : List.copyOf(gen.types.structTypes().entrySet())) {
        if (out.containsKey(s.getKey())) continue;
        out.put(s.getKey(), structs.generate(s.getKey(), s.getValue()));
        more = true;
      }
      // fmt boxes values it finds inside others: every type with a descriptor and methods needs its box
      for (Type t : gen.descs.registered()) gen.boxes.boxerClass(t);
      more |= gen.boxes.generatePending(out);
      more |= gen.closures.generatePending(out);
      more |= gen.deferSites.generatePending(out);
    }
    gen.closures.generateInterfaces(out);
    for (MethodSets.Target t : gen.methods.generatedDispatch()) {
      out.put(t.owner(), Closures.javaInterface(gen, t.owner(), t.name(), t.desc()));
    }
    out.put(Names.TYPES_CLASS, gen.descs.generate());
    Map<String, byte[]> byBinaryName = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> e : out.entrySet()) byBinaryName.put(e.getKey().replace('/', '.'), e.getValue());
    return byBinaryName;
  }

  /**
   * The class of one package (see {@link Names#packageClass}): its functions and package-level
   * variables; package main's also has the entry method.
   */
  private static byte[] packageClass(Gen gen, String pkg) {
    Module m = gen.module;
    String cls = Names.packageClass(pkg);
    ClassWriter cw = gen.classWriter();
    cw.visit(V21, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, cls, null, JvmTypes.OBJECT, null);
    cw.visitSource(m.sourceFile(), null);
    for (Func f : m.funcList()) if (m.packageOf(f.name()).equals(pkg)) FuncGen.emit(cw, gen, f);
    for (Map.Entry<String, Type> g : m.globals().entrySet()) {
      if (!m.packageOf(g.getKey()).equals(pkg)) continue;
      cw.visitField(ACC_PUBLIC | ACC_STATIC, gen.fieldName(g.getKey()), globalDescriptor(gen, g.getKey(), g.getValue()), null, null).visitEnd();
    }
    clinit(cw, gen, pkg);
    if (pkg.equals("main")) entry(cw, m);
    cw.visitEnd();
    return cw.toByteArray();
  }

  /** A variable in memory is held as its address (cell, struct object or array); others as themselves. */
  private static String globalDescriptor(Gen gen, String name, Type t) {
    return gen.globalInMemory(name) ? gen.types.descriptor(new Pointer(t)) : gen.types.descriptor(t);
  }

  /** The zero values of package-level variables that are not the JVM's: "", cells, objects, arrays. */
  private static void clinit(ClassWriter cw, Gen gen, String pkg) {
    Module m = gen.module;
    String cls = Names.packageClass(pkg);
    MethodVisitor mv = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
    mv.visitCode();
    for (Map.Entry<String, Type> g : m.globals().entrySet()) {
      if (!m.packageOf(g.getKey()).equals(pkg)) continue;
      Type t = g.getValue();
      String field = gen.fieldName(g.getKey());
      if (gen.globalInMemory(g.getKey())) {
        if (JvmTypes.isObjectValue(t)) {
          gen.pushZero(mv, t);
        } else {
          String ref = JvmTypes.refClass(t);
          gen.pushZero(mv, t);
          mv.visitMethodInsn(INVOKESTATIC, ref, "cell", "(" + DataGen.refValue(t) + ")L" + ref + "$Cell;", false);
        }
        mv.visitFieldInsn(PUTSTATIC, cls, field, globalDescriptor(gen, g.getKey(), t));
      } else if (JvmTypes.isString(t) || JvmTypes.isAggregate(t)) {
        gen.pushZero(mv, t);
        mv.visitFieldInsn(PUTSTATIC, cls, field, gen.types.descriptor(t));
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
