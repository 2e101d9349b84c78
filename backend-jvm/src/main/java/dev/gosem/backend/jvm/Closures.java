package dev.gosem.backend.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.gosem.api.types.Type;
import dev.gosem.ir.ssa.Func;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

/**
 * Func values. A func value is an object implementing the program's Java interface for its
 * signature ({@code go.main.Fn$N}, one per JVM method descriptor, with the one method {@code
 * $call}); nil is null. Every function used as a value gets a final class {@code go.main.Func$f}
 * whose fields hold the closure's captured variables (their addresses: cells, struct objects or
 * arrays) and whose $call passes them, then its arguments, to the function's static method in
 * package main's class, where FreeVar i is parameter i. A function capturing nothing has one
 * shared instance, {@code INSTANCE}. Closures of the shapes the runtime takes as callbacks also
 * implement its interfaces: {@code func(int, int) bool} is a Sort.LessFunc, {@code func(int) bool}
 * a Sort.IndexPredicate.
 */
final class Closures {
  private final Gen gen;
  private final OnDemandClasses<String> classes;

  Closures(Gen gen) {
    this.gen = gen;
    this.classes = new OnDemandClasses<>(
        f -> gen.types.unique(Names.PKG + "Func$" + Names.className(gen.jvmName(f))),
        (name, f) -> generate(name, gen.module.func(f)));
  }

  /** The class of func values of the IR function name. */
  String classOf(String funcName) {
    return classes.classOf(funcName);
  }

  /** The constructor descriptor of a closure class: its captured variables. */
  String constructorDescriptor(Func f) {
    return gen.types.methodDescriptor(f.freeVars(), List.of());
  }

  boolean generatePending(Map<String, byte[]> out) {
    return classes.generatePending(out);
  }

  private byte[] generate(String name, Func f) {
    String callDesc = gen.types.methodDescriptor(f.params(), f.results());
    String iface = gen.types.fnInterface(callDesc);
    List<String> ifaces = new ArrayList<>(List.of(iface));
    if (callDesc.equals("(JJ)Z")) ifaces.add(Runtime.LESS_FUNC);
    if (callDesc.equals("(J)Z")) ifaces.add(Runtime.INDEX_PREDICATE);
    if (callDesc.equals("()V")) ifaces.add("java/lang/Runnable");
    if (gen.recoverers.funcValueMayRecover(f)) ifaces.add(Runtime.GO_RECOVERER);
    ClassWriter cw = gen.classWriter();
    cw.visit(V21, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, JvmTypes.OBJECT, ifaces.toArray(String[]::new));
    cw.visitSource(gen.module.sourceFile(), null);
    List<Type> free = f.freeVars();
    for (int i = 0; i < free.size(); i++) {
      cw.visitField(ACC_PRIVATE | ACC_FINAL, "v" + i, gen.types.descriptor(free.get(i)), null, null).visitEnd();
    }
    String ctor = constructorDescriptor(f);
    MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", ctor, null, null);
    mv.visitCode();
    mv.visitVarInsn(ALOAD, 0);
    mv.visitMethodInsn(INVOKESPECIAL, JvmTypes.OBJECT, "<init>", "()V", false);
    for (int i = 0; i < free.size(); i++) {
      mv.visitVarInsn(ALOAD, 0);
      mv.visitVarInsn(ALOAD, i + 1);
      mv.visitFieldInsn(PUTFIELD, name, "v" + i, gen.types.descriptor(free.get(i)));
    }
    mv.visitInsn(RETURN);
    Boxes.end(mv);
    if (free.isEmpty()) {
      cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, "INSTANCE", "L" + name + ";", null, null).visitEnd();
      mv = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
      mv.visitCode();
      mv.visitTypeInsn(NEW, name);
      mv.visitInsn(DUP);
      mv.visitMethodInsn(INVOKESPECIAL, name, "<init>", "()V", false);
      mv.visitFieldInsn(PUTSTATIC, name, "INSTANCE", "L" + name + ";");
      mv.visitInsn(RETURN);
      Boxes.end(mv);
    }
    call(cw, name, Names.CALL, callDesc, f);
    if (callDesc.equals("(JJ)Z")) call(cw, name, "less", callDesc, f);
    if (callDesc.equals("(J)Z")) call(cw, name, "test", callDesc, f);
    if (callDesc.equals("()V")) call(cw, name, "run", callDesc, f);
    if (gen.recoverers.funcValueMayRecover(f)) gen.recoverers.funcValueGoRecovers(cw, name, f);
    cw.visitEnd();
    return cw.toByteArray();
  }

  private void call(ClassWriter cw, String name, String method, String callDesc, Func f) {
    MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, method, callDesc, null, null);
    mv.visitCode();
    List<Type> free = f.freeVars();
    for (int i = 0; i < free.size(); i++) {
      mv.visitVarInsn(ALOAD, 0);
      mv.visitFieldInsn(GETFIELD, name, "v" + i, gen.types.descriptor(free.get(i)));
    }
    int slot = 1;
    for (Type p : f.params()) {
      mv.visitVarInsn(JvmTypes.loadOp(p), slot);
      slot += gen.types.slotSize(p);
    }
    mv.visitMethodInsn(INVOKESTATIC, gen.owner(f.name()), gen.jvmName(f.name()), gen.funcDescriptor(f), false);
    mv.visitInsn(JvmTypes.returnOp(org.objectweb.asm.Type.getReturnType(callDesc).getDescriptor()));
    Boxes.end(mv);
  }

  /** The func-value interfaces: one abstract $call each. */
  void generateInterfaces(Map<String, byte[]> out) {
    for (Map.Entry<String, String> e : gen.types.fnInterfaces().entrySet()) {
      out.put(e.getValue(), javaInterface(gen, e.getValue(), Names.CALL, e.getKey()));
    }
  }

  /** A public Java interface with one abstract method. */
  static byte[] javaInterface(Gen gen, String name, String method, String desc) {
    ClassWriter cw = gen.classWriter();
    cw.visit(V21, ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT, name, null, JvmTypes.OBJECT, null);
    cw.visitMethod(ACC_PUBLIC | ACC_ABSTRACT, method, desc, null, null).visitEnd();
    cw.visitEnd();
    return cw.toByteArray();
  }
}
