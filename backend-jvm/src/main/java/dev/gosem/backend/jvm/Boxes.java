package dev.gosem.backend.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.gosem.api.types.Named;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Struct;
import dev.gosem.api.types.Type;
import dev.gosem.ir.ssa.Func;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Box classes: the interface values of types whose values are not self-describing objects but
 * have methods. {@code T$Val} holds a value of a named (or struct) type T with a non-empty method
 * set; {@code T$Ptr} holds a {@code *T} when *T has methods and T is not a struct, or a nil *T
 * when T is a struct (a non-nil *T is then the struct object itself). Both implement GoValue
 * (goType, goValue), Go's == through GoEquality, and the dispatch interfaces of their method set
 * (see {@link MethodSets}); each has a static {@code box(Object)} that the type's Boxer calls.
 * Struct classes get the same bridges for *T (see {@link StructGen}).
 */
final class Boxes {
  static final String BOX_METHOD = "box";
  /** The typed factory of a pointer box: of(pointer) returns the interface value. */
  static final String OF_METHOD = "of";

  private record Box(Type type, boolean pointer) {}

  private final Gen gen;
  private final OnDemandClasses<Box> classes;

  Boxes(Gen gen) {
    this.gen = gen;
    this.classes = new OnDemandClasses<>(this::className, this::generate);
  }

  /** The box class of values of type t (named or struct) with methods, or null when t has none. */
  String valBox(Type t) {
    if (!(t instanceof Named) && !(t instanceof Struct)) return null;
    if (JvmTypes.isStringsBuilder(t) || TypeDescs.isError(t) || JvmTypes.isInterface(t) || JvmTypes.isDuration(t)) return null;
    if (gen.methods.methodSet(t, false).isEmpty()) return null;
    return classes.classOf(new Box(t, false));
  }

  /** The box class of *elem when *elem has methods, or null. */
  String ptrBox(Type elem) {
    if (!(elem instanceof Named) && !(elem instanceof Struct)) return null;
    if (JvmTypes.isStringsBuilder(elem) || JvmTypes.isInterface(elem)) return null;
    if (gen.methods.methodSet(elem, true).isEmpty()) return null;
    return classes.classOf(new Box(elem, true));
  }

  /** The class whose static box(Object) makes interface values of t, or null (the runtime's default). */
  String boxerClass(Type t) {
    if (t instanceof Pointer p) return ptrBox(p.elem());
    return valBox(t);
  }

  private String className(Box b) {
    String base = b.type() instanceof Named named && !JvmTypes.isStruct(named)
        ? Names.classPrefix(named.pkg()) + Names.className(named.name())
        : JvmTypes.isStruct(b.type()) ? gen.types.structClass(b.type()) : Names.PKG + "Box";
    return gen.types.unique(base + (b.pointer() ? "$Ptr" : "$Val"));
  }

  /** Generates the box classes asked for since the last call; returns whether there were any. */
  boolean generatePending(Map<String, byte[]> out) {
    return classes.generatePending(out);
  }

  private byte[] generate(String name, Box b) {
    Type t = b.type();
    Type held = b.pointer() ? new Pointer(t) : t;
    String desc = gen.types.descriptor(held);
    List<MethodSets.Entry> set = gen.methods.methodSet(t, b.pointer());
    ClassWriter cw = gen.classWriter();
    List<String> ifaces = new ArrayList<>(List.of(Runtime.GO_VALUE));
    ifaces.addAll(interfaces(set));
    cw.visit(V21, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, JvmTypes.OBJECT, ifaces.toArray(String[]::new));
    cw.visitSource(gen.module.sourceFile(), null);
    cw.visitField(ACC_PUBLIC | ACC_FINAL, "value", desc, null, null).visitEnd();

    MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "(" + desc + ")V", null, null);
    mv.visitCode();
    mv.visitVarInsn(ALOAD, 0);
    mv.visitMethodInsn(INVOKESPECIAL, JvmTypes.OBJECT, "<init>", "()V", false);
    mv.visitVarInsn(ALOAD, 0);
    mv.visitVarInsn(JvmTypes.loadOp(held), 1);
    mv.visitFieldInsn(PUTFIELD, name, "value", desc);
    mv.visitInsn(RETURN);
    end(mv);

    boolean structPtr = b.pointer() && JvmTypes.isStruct(t);
    // of(value): the interface value of a value of the held type
    mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, OF_METHOD, "(" + desc + ")Ljava/lang/Object;", null, null);
    mv.visitCode();
    Label make = new Label();
    if (structPtr) {
      // a non-nil *T is its struct object
      mv.visitVarInsn(ALOAD, 0);
      mv.visitJumpInsn(IFNULL, make);
      mv.visitVarInsn(ALOAD, 0);
      mv.visitInsn(ARETURN);
      mv.visitLabel(make);
    }
    mv.visitTypeInsn(NEW, name);
    mv.visitInsn(DUP);
    mv.visitVarInsn(JvmTypes.loadOp(held), 0);
    mv.visitMethodInsn(INVOKESPECIAL, name, "<init>", "(" + desc + ")V", false);
    mv.visitInsn(ARETURN);
    end(mv);

    // box(Object): the Boxer's entry, the value in its boxed representation
    mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, BOX_METHOD, "(Ljava/lang/Object;)Ljava/lang/Object;", null, null);
    mv.visitCode();
    mv.visitVarInsn(ALOAD, 0);
    gen.types.unbox(mv, held);
    mv.visitMethodInsn(INVOKESTATIC, name, OF_METHOD, "(" + desc + ")Ljava/lang/Object;", false);
    mv.visitInsn(ARETURN);
    end(mv);

    mv = cw.visitMethod(ACC_PUBLIC, "goType", "()" + Runtime.TYPE_DESC_D, null, null);
    mv.visitCode();
    gen.descs.push(mv, held);
    mv.visitInsn(ARETURN);
    end(mv);

    mv = cw.visitMethod(ACC_PUBLIC, "goValue", "()Ljava/lang/Object;", null, null);
    mv.visitCode();
    mv.visitVarInsn(ALOAD, 0);
    mv.visitFieldInsn(GETFIELD, name, "value", desc);
    JvmTypes.box(mv, held);
    mv.visitInsn(ARETURN);
    end(mv);

    goEquality(cw);

    Consumer<MethodVisitor> recv = m -> {
      m.visitVarInsn(ALOAD, 0);
      m.visitFieldInsn(GETFIELD, name, "value", desc);
    };
    bridges(cw, t, set, b.pointer(), recv);
    cw.visitEnd();
    return cw.toByteArray();
  }

  /** equals and hashCode as Go's == on interface values. */
  static void goEquality(ClassWriter cw) {
    MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "equals", "(Ljava/lang/Object;)Z", null, null);
    mv.visitCode();
    Label no = new Label();
    mv.visitVarInsn(ALOAD, 1);
    mv.visitTypeInsn(INSTANCEOF, Runtime.GO_VALUE);
    mv.visitJumpInsn(IFEQ, no);
    mv.visitVarInsn(ALOAD, 0);
    mv.visitVarInsn(ALOAD, 1);
    mv.visitMethodInsn(INVOKESTATIC, Runtime.GO_EQUALITY, "ifaceEqual", "(Ljava/lang/Object;Ljava/lang/Object;)Z", false);
    mv.visitInsn(IRETURN);
    mv.visitLabel(no);
    mv.visitInsn(ICONST_0);
    mv.visitInsn(IRETURN);
    end(mv);
    mv = cw.visitMethod(ACC_PUBLIC, "hashCode", "()I", null, null);
    mv.visitCode();
    mv.visitVarInsn(ALOAD, 0);
    mv.visitMethodInsn(INVOKESTATIC, Runtime.GO_EQUALITY, "ifaceHash", "(Ljava/lang/Object;)I", false);
    mv.visitInsn(IRETURN);
    end(mv);
  }

  /** The Java interfaces a class with this method set implements. */
  List<String> interfaces(List<MethodSets.Entry> set) {
    List<String> out = new ArrayList<>();
    for (MethodSets.Entry e : set) {
      String owner = gen.methods.dispatch(e.name(), gen.methods.descriptor(e)).owner();
      if (!out.contains(owner)) out.add(owner);
    }
    if (hasSortInterface(set)) out.add(Runtime.SORT_INTERFACE);
    if (isMethod(set) != null) out.add(Runtime.GO_ERROR_MATCHER);
    if (gen.recoverers.methodSetMayRecover(set)) out.add(Runtime.GO_RECOVERER);
    return out;
  }

  /** The method Is(error) bool of a set, which errors.Is consults through GoErrorMatcher, or null. */
  private MethodSets.Entry isMethod(List<MethodSets.Entry> set) {
    for (MethodSets.Entry e : set) {
      if (e.name().equals("Is") && gen.methods.descriptor(e).equals("(Ljava/lang/Object;)Z")) return e;
    }
    return null;
  }

  private boolean hasSortInterface(List<MethodSets.Entry> set) {
    int found = 0;
    for (MethodSets.Entry e : set) {
      String d = gen.methods.descriptor(e);
      if (e.name().equals("Len") && d.equals("()J") || e.name().equals("Less") && d.equals("(JJ)Z")
          || e.name().equals("Swap") && d.equals("(JJ)V")) {
        found++;
      }
    }
    return found == 3;
  }

  /**
   * The bridge methods of a method set: each loads the receiver ({@code recv} pushes it: the
   * pointer when {@code pointer}, else the value of type t), follows the embedded fields of its
   * path, and calls the method's static implementation (or, for a method of an embedded
   * interface, dispatches on the field).
   */
  void bridges(ClassVisitor cv, Type t, List<MethodSets.Entry> set, boolean pointer, Consumer<MethodVisitor> recv) {
    for (MethodSets.Entry e : set) {
      String desc = gen.methods.descriptor(e);
      MethodSets.Target target = gen.methods.dispatch(e.name(), desc);
      bridge(cv, target.name(), desc, t, e, pointer, recv);
      if (hasSortInterface(set) && (e.name().equals("Len") || e.name().equals("Less") || e.name().equals("Swap"))) {
        bridge(cv, e.name().toLowerCase(), desc, t, e, pointer, recv);
      }
      if (e == isMethod(set)) bridge(cv, "is", desc, t, e, pointer, recv);
    }
    if (gen.recoverers.methodSetMayRecover(set)) gen.recoverers.methodSetGoRecovers(cv, t, set, pointer, recv);
  }

  private void bridge(ClassVisitor cv, String jvmName, String desc, Type t, MethodSets.Entry e, boolean pointer, Consumer<MethodVisitor> recv) {
    MethodVisitor mv = cv.visitMethod(ACC_PUBLIC, jvmName, desc, null, null);
    mv.visitCode();
    recv.accept(mv);
    Type cur = t;
    boolean havePtr = pointer;
    for (int idx : e.path()) {
      // cur is a struct (or a pointer to one): its object is on the stack
      if (havePtr) nilCheck(mv);
      Struct.Field f = ((Struct) JvmTypes.under(cur)).fields().get(idx);
      String owner = gen.types.structClass(cur);
      mv.visitFieldInsn(GETFIELD, owner, StructGen.fieldName(f, idx), gen.types.descriptor(f.type()));
      havePtr = JvmTypes.under(f.type()) instanceof Pointer;
      cur = havePtr ? JvmTypes.elem(f.type()) : f.type();
    }
    org.objectweb.asm.Type[] args = org.objectweb.asm.Type.getArgumentTypes(desc);
    if (e.imethod() != null) {
      loadArgs(mv, args);
      MethodSets.Target tg = gen.methods.dispatch(e.name(), desc);
      mv.visitMethodInsn(INVOKEINTERFACE, tg.owner(), tg.name(), desc, true);
    } else {
      Func f = gen.methods.func(e);
      boolean struct = JvmTypes.isStruct(cur);
      if (e.method().pointerReceiver()) {
        if (!havePtr && !struct) {
          throw new UnsupportedOperationException("promoting pointer method " + e.name() + " of a non-struct embedded value");
        }
      } else if (havePtr) {
        // a value method through a pointer: *p, and a nil p is a nil dereference
        if (struct) {
          nilCheck(mv);
        } else {
          String ref = JvmTypes.refClass(cur);
          mv.visitMethodInsn(INVOKEVIRTUAL, ref, "get", "()" + refValueDescriptor(cur), false);
          if (JvmTypes.prim(cur) == JvmTypes.Prim.REF) gen.types.checkcast(mv, cur);
        }
      }
      loadArgs(mv, args);
      mv.visitMethodInsn(INVOKESTATIC, gen.owner(f.name()), gen.jvmName(f.name()), gen.funcDescriptor(f), false);
    }
    mv.visitInsn(JvmTypes.returnOp(org.objectweb.asm.Type.getReturnType(desc).getDescriptor()));
    end(mv);
  }

  /** The descriptor of get() of the runtime Ref for a variable of type t. */
  static String refValueDescriptor(Type t) {
    return switch (JvmTypes.prim(t)) {
      case BOOL -> "Z";
      case LONG -> "J";
      case DOUBLE -> "D";
      case REF -> "Ljava/lang/Object;";
    };
  }

  /** Throws Go's nil dereference panic if the reference on the stack is null (keeping it). */
  static void nilCheck(MethodVisitor mv) {
    Label ok = new Label();
    mv.visitInsn(DUP);
    mv.visitJumpInsn(IFNONNULL, ok);
    mv.visitMethodInsn(INVOKESTATIC, Runtime.PANICS, "nilDereference", "()L" + Runtime.GO_PANIC + ";", false);
    mv.visitInsn(ATHROW);
    mv.visitLabel(ok);
  }

  private static void loadArgs(MethodVisitor mv, org.objectweb.asm.Type[] args) {
    int slot = 1;
    for (org.objectweb.asm.Type a : args) {
      mv.visitVarInsn(a.getOpcode(ILOAD), slot);
      slot += a.getSize();
    }
  }

  static void end(MethodVisitor mv) {
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }
}
