package dev.gosem.backend.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Struct;
import dev.gosem.api.types.Type;
import dev.gosem.ir.ssa.Block;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Op;
import dev.gosem.ir.ssa.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Which func values and receivers answer yes to the runtime's GoRecoverer: those whose Go function
 * calls recover() itself, or reaches one only through a compiler-made wrapper (a method value's
 * {@code -fm} function, a promoted method), which Go's recover sees through as well. A deferred
 * call through a func value or an interface asks before it hands its panic on (DeferGen).
 */
final class Recoverers {
  private final Gen gen;
  /** callsRecover's answers: every box, struct class and closure class asks about its functions. */
  private final Map<Func, Boolean> recovers = new HashMap<>();

  Recoverers(Gen gen) {
    this.gen = gen;
  }

  /** Whether f has a recover() of its own. */
  boolean callsRecover(Func f) {
    return recovers.computeIfAbsent(f, Recoverers::scanForRecover);
  }

  private static boolean scanForRecover(Func f) {
    for (Block b : f.blocks()) {
      for (Value v : b.values()) if (v.op() == Op.RECOVER) return true;
    }
    return false;
  }

  /** The call a method value's wrapper makes (a CALL or an INVOKE), or null for other functions. */
  static Value methodValueCall(Func f) {
    if (!f.name().endsWith("-fm")) return null;
    for (Block b : f.blocks()) {
      for (Value v : b.values()) if (v.op() == Op.CALL || v.op() == Op.INVOKE) return v;
    }
    return null;
  }

  /** Whether func values of f implement GoRecoverer. */
  boolean funcValueMayRecover(Func f) {
    if (callsRecover(f)) return true;
    Value call = methodValueCall(f);
    if (call == null) return false;
    return call.op() == Op.INVOKE || callsRecover(gen.module.func((String) call.aux()));
  }

  /**
   * goRecovers of a func value of f: yes, or for a method value of an interface method, what
   * the bound receiver (in the wrapper's one captured cell, field v0) answers.
   */
  void funcValueGoRecovers(ClassVisitor cv, String cls, Func f) {
    MethodVisitor mv = begin(cv);
    Value call = methodValueCall(f);
    if (callsRecover(f) || call == null || call.op() != Op.INVOKE) {
      mv.visitInsn(ICONST_1);
      mv.visitInsn(IRETURN);
    } else {
      Type cell = f.freeVars().getFirst();
      mv.visitVarInsn(ALOAD, 0);
      mv.visitFieldInsn(GETFIELD, cls, "v0", gen.types.descriptor(cell));
      mv.visitMethodInsn(INVOKEVIRTUAL, Runtime.OBJ_REF, "get", "()Ljava/lang/Object;", false);
      askCallee(mv, (String) call.aux());
    }
    Boxes.end(mv);
  }

  /** Whether a class with this method set implements GoRecoverer. */
  boolean methodSetMayRecover(List<MethodSets.Entry> set) {
    return set.stream().anyMatch(this::mayRecover);
  }

  private boolean mayRecover(MethodSets.Entry e) {
    return e.imethod() != null || callsRecover(gen.methods.func(e));
  }

  /**
   * goRecovers of a class with this method set: yes for a method that calls recover() itself; a
   * method of an embedded interface asks the embedded value (no for a nil embedded pointer, whose
   * call panics before any recover could run).
   */
  void methodSetGoRecovers(ClassVisitor cv, Type t, List<MethodSets.Entry> set, boolean pointer, Consumer<MethodVisitor> recv) {
    MethodVisitor mv = begin(cv);
    Label no = new Label();
    for (MethodSets.Entry e : set) {
      if (!mayRecover(e)) continue;
      Label next = new Label();
      mv.visitLdcInsn(e.name());
      mv.visitVarInsn(ALOAD, 1);
      mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "equals", "(Ljava/lang/Object;)Z", false);
      mv.visitJumpInsn(IFEQ, next);
      if (e.imethod() == null) {
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IRETURN);
      } else {
        recv.accept(mv);
        walk(mv, t, e.path(), pointer, no);
        askCallee(mv, e.name());
      }
      mv.visitLabel(next);
    }
    mv.visitLabel(no);
    mv.visitInsn(ICONST_0);
    mv.visitInsn(IRETURN);
    Boxes.end(mv);
  }

  /** Follows embedded fields from the receiver on the stack; a nil pointer on the way jumps to nil. */
  private void walk(MethodVisitor mv, Type t, List<Integer> path, boolean pointer, Label nil) {
    Type cur = t;
    boolean havePtr = pointer;
    for (int idx : path) {
      if (havePtr) {
        Label ok = new Label();
        mv.visitInsn(DUP);
        mv.visitJumpInsn(IFNONNULL, ok);
        mv.visitInsn(POP);
        mv.visitJumpInsn(GOTO, nil);
        mv.visitLabel(ok);
      }
      Struct.Field f = ((Struct) JvmTypes.under(cur)).fields().get(idx);
      mv.visitFieldInsn(GETFIELD, gen.types.structClass(cur), StructGen.fieldName(f, idx), gen.types.descriptor(f.type()));
      havePtr = JvmTypes.under(f.type()) instanceof Pointer;
      cur = havePtr ? JvmTypes.elem(f.type()) : f.type();
    }
  }

  private static MethodVisitor begin(ClassVisitor cv) {
    MethodVisitor mv = cv.visitMethod(ACC_PUBLIC, "goRecovers", "(Ljava/lang/String;)Z", null, null);
    mv.visitCode();
    return mv;
  }

  /** Answers what the object on the stack says of its method. */
  private static void askCallee(MethodVisitor mv, String method) {
    mv.visitLdcInsn(method);
    mv.visitMethodInsn(INVOKESTATIC, Runtime.DEFERS, "recovers", "(Ljava/lang/Object;Ljava/lang/String;)Z", false);
    mv.visitInsn(IRETURN);
  }
}
