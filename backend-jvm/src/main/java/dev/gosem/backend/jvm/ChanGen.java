package dev.gosem.backend.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.gosem.api.types.Chan;
import dev.gosem.api.types.Type;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.SelectCases;
import dev.gosem.ir.ssa.Value;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;

/**
 * Goroutines and channels onto the runtime's scheduler ({@code dev.gosem.runtime.sched}). A go
 * statement's trampoline (a function the lowering made) becomes a Runnable through
 * LambdaMetafactory, capturing the evaluated callee and arguments, and starts as a virtual
 * thread ({@code Sched.go}). Channel elements travel boxed as tuple elements are (Long for every
 * integer type), so one Chan class serves every element type.
 */
final class ChanGen {
  private ChanGen() {}

  private static final Handle METAFACTORY = new Handle(H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory",
      "metafactory",
      "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
          + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
          + "Ljava/lang/invoke/CallSite;",
      false);
  private static final String CHAN_D = "L" + Runtime.CHAN + ";";

  static void emit(FuncGen g, Value v) {
    MethodVisitor mv = g.mv;
    switch (v.op()) {
      case GO -> {
        String name = (String) v.aux();
        Func t = g.module.func(name);
        if (t == null) throw new IllegalStateException("go of unknown trampoline " + name);
        String desc = g.gen.funcDescriptor(t);
        for (Value a : v.args()) g.load(a);
        String captured = desc.substring(0, desc.indexOf(')') + 1);
        mv.visitInvokeDynamicInsn("run", captured + "Ljava/lang/Runnable;", METAFACTORY,
            org.objectweb.asm.Type.getType("()V"),
            new Handle(H_INVOKESTATIC, g.gen.owner(name), g.gen.jvmName(name), desc, false),
            org.objectweb.asm.Type.getType("()V"));
        g.invokeStatic(Runtime.SCHED, "go", "(Ljava/lang/Runnable;)V");
      }
      case MAKE_CHAN -> {
        Type elem = ((Chan) JvmTypes.under(v.type())).elem();
        g.load(v.arg(0));
        g.gen.pushZero(mv, elem);
        JvmTypes.box(mv, elem);
        g.invokeStatic(Runtime.CHAN, "make", "(JLjava/lang/Object;)" + CHAN_D);
      }
      case SEND -> {
        g.load(v.arg(0));
        g.load(v.arg(1));
        JvmTypes.box(mv, v.arg(1).type());
        g.invokeStatic(Runtime.CHAN, "send", "(" + CHAN_D + "Ljava/lang/Object;)V");
      }
      case RECV -> {
        g.load(v.arg(0));
        if (v.auxInt() == 1) {
          g.invokeStatic(Runtime.CHAN, "recvOk", "(" + CHAN_D + ")[Ljava/lang/Object;");
        } else {
          g.invokeStatic(Runtime.CHAN, "recv", "(" + CHAN_D + ")Ljava/lang/Object;");
          g.types.unbox(mv, v.type());
        }
      }
      case CLOSE -> {
        g.load(v.arg(0));
        g.invokeStatic(Runtime.CHAN, "close", "(" + CHAN_D + ")V");
      }
      case SELECT -> select(g, v);
      default -> throw new IllegalStateException("not a channel op: " + v);
    }
  }

  /** Chan.select(chans, values, sends, recvCount, blocking): the Object[] tuple of the IR's Select. */
  private static void select(FuncGen g, Value v) {
    MethodVisitor mv = g.mv;
    SelectCases cases = (SelectCases) v.aux();
    int n = cases.sends().size();
    int[] argOf = new int[n];
    int k = 0;
    int recvs = 0;
    for (int i = 0; i < n; i++) {
      argOf[i] = k;
      k += cases.sends().get(i) ? 2 : 1;
      if (!cases.sends().get(i)) recvs++;
    }
    g.pushInt(n);
    mv.visitTypeInsn(ANEWARRAY, Runtime.CHAN);
    for (int i = 0; i < n; i++) {
      mv.visitInsn(DUP);
      g.pushInt(i);
      g.load(v.arg(argOf[i]));
      mv.visitInsn(AASTORE);
    }
    g.pushInt(n);
    mv.visitTypeInsn(ANEWARRAY, JvmTypes.OBJECT);
    for (int i = 0; i < n; i++) {
      if (!cases.sends().get(i)) continue;
      mv.visitInsn(DUP);
      g.pushInt(i);
      Value x = v.arg(argOf[i] + 1);
      g.load(x);
      JvmTypes.box(mv, x.type());
      mv.visitInsn(AASTORE);
    }
    g.pushInt(n);
    mv.visitIntInsn(NEWARRAY, T_BOOLEAN);
    for (int i = 0; i < n; i++) {
      if (!cases.sends().get(i)) continue;
      mv.visitInsn(DUP);
      g.pushInt(i);
      mv.visitInsn(ICONST_1);
      mv.visitInsn(BASTORE);
    }
    g.pushInt(recvs);
    mv.visitInsn(cases.blocking() ? ICONST_1 : ICONST_0);
    g.invokeStatic(Runtime.CHAN, "select",
        "([" + CHAN_D + "[Ljava/lang/Object;[ZIZ)[Ljava/lang/Object;");
  }
}
