package dev.gosem.backend.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.gosem.api.Pos;
import dev.gosem.api.types.Kind;
import dev.gosem.api.types.Type;
import dev.gosem.ir.ssa.Block;
import dev.gosem.ir.ssa.BlockKind;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Intrinsic;
import dev.gosem.ir.ssa.Module;
import dev.gosem.ir.ssa.Op;
import dev.gosem.ir.ssa.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Emits one IR function as a static method. Out of SSA the simple way: every value that is not a
 * constant gets its own local (the JIT allocates registers; the bytecode need not), constants are
 * pushed where they are used, and phis become parallel copies on each incoming edge (all
 * sources pushed, then stored in reverse).
 */
final class FuncGen {
  private final Module module;
  private final Func f;
  private final MethodVisitor mv;
  private final int[] slot;
  private final Label[] labels;
  private final BitSet reachable;
  private int nextSlot;
  private int line = -1;

  private FuncGen(Module module, Func f, MethodVisitor mv) {
    this.module = module;
    this.f = f;
    this.mv = mv;
    this.slot = new int[f.valueIdLimit()];
    this.labels = new Label[f.blockIdLimit()];
    this.reachable = reachable(f);
  }

  /** Adds the method for f to the class. */
  static void emit(ClassVisitor cv, Module module, Func f) {
    String desc = JvmTypes.methodDescriptor(f.params(), f.results());
    MethodVisitor mv = cv.visitMethod(ACC_PUBLIC | ACC_STATIC, Names.method(f.name()), desc, null, null);
    mv.visitCode();
    new FuncGen(module, f, mv).body();
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  private static BitSet reachable(Func f) {
    BitSet seen = new BitSet();
    Deque<Block> work = new ArrayDeque<>(List.of(f.entry()));
    seen.set(f.entry().id());
    while (!work.isEmpty()) {
      for (Block s : work.pop().succs()) {
        if (!seen.get(s.id())) {
          seen.set(s.id());
          work.push(s);
        }
      }
    }
    return seen;
  }

  private void body() {
    int[] paramSlot = new int[f.params().size()];
    for (int i = 0; i < paramSlot.length; i++) {
      paramSlot[i] = nextSlot;
      nextSlot += JvmTypes.slotSize(f.params().get(i));
    }
    List<Block> blocks = new ArrayList<>();
    for (Block b : f.blocks()) {
      if (!reachable.get(b.id())) continue;
      blocks.add(b);
      labels[b.id()] = new Label();
      for (Value v : b.values()) {
        if (v.op() == Op.PARAM) {
          slot[v.id()] = paramSlot[(int) v.auxInt()];
        } else if (v.op() != Op.CONST && hasResult(v)) {
          slot[v.id()] = nextSlot;
          nextSlot += JvmTypes.slotSize(v.type());
        }
      }
    }
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      mv.visitLabel(labels[b.id()]);
      for (Value v : b.values()) {
        if (v.op() != Op.PHI && v.op() != Op.PARAM && v.op() != Op.CONST) value(v);
      }
      Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
      terminator(b, next);
    }
  }

  // ---- control flow ----

  private void terminator(Block b, Block next) {
    switch (b.kind()) {
      case PLAIN -> edge(b, 0, next);
      case IF -> {
        load(b.controls().getFirst());
        Label no = new Label();
        mv.visitJumpInsn(IFEQ, no);
        edge(b, 0, null);
        mv.visitLabel(no);
        edge(b, 1, next);
      }
      case RETURN -> ret(b.controls());
      case EXIT -> {
        // the block's last value never returns; the verifier still wants the path closed
        mv.visitInsn(ACONST_NULL);
        mv.visitInsn(ATHROW);
      }
    }
  }

  /** Leaves b by its i-th successor: the phi copies for that edge, then the jump. */
  private void edge(Block b, int i, Block next) {
    Block s = b.succs().get(i);
    int k = predIndex(b, i);
    List<Value> phis = s.values().stream().filter(v -> v.op() == Op.PHI).toList();
    for (Value phi : phis) load(phi.arg(k));
    for (Value phi : phis.reversed()) mv.visitVarInsn(JvmTypes.storeOp(phi.type()), slot[phi.id()]);
    if (s != next) mv.visitJumpInsn(GOTO, labels[s.id()]);
  }

  /** Which of s's predecessors the i-th edge out of b is (b may reach s by both edges of an If). */
  private static int predIndex(Block b, int i) {
    Block s = b.succs().get(i);
    int occurrence = 0;
    for (int j = 0; j < i; j++) if (b.succs().get(j) == s) occurrence++;
    List<Block> preds = s.preds();
    for (int k = 0; k < preds.size(); k++) {
      if (preds.get(k) == b && occurrence-- == 0) return k;
    }
    throw new IllegalStateException("b" + b.id() + " is not a predecessor of b" + s.id());
  }

  private void ret(List<Value> results) {
    String desc = JvmTypes.methodDescriptor(List.of(), f.results());
    desc = desc.substring(desc.indexOf(')') + 1);
    if (results.size() <= 1) {
      for (Value r : results) load(r);
      mv.visitInsn(JvmTypes.returnOp(desc));
      return;
    }
    tuple(results);
    mv.visitInsn(ARETURN);
  }

  /** Pushes an Object[] holding the boxed values. */
  private void tuple(List<Value> values) {
    pushInt(values.size());
    mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
    for (int i = 0; i < values.size(); i++) {
      mv.visitInsn(DUP);
      pushInt(i);
      load(values.get(i));
      JvmTypes.box(mv, values.get(i).type());
      mv.visitInsn(AASTORE);
    }
  }

  // ---- values ----

  private void load(Value v) {
    if (v.op() == Op.CONST) {
      constant(v.aux());
    } else {
      mv.visitVarInsn(JvmTypes.loadOp(v.type()), slot[v.id()]);
    }
  }

  private void constant(Object aux) {
    switch (aux) {
      case Boolean b -> mv.visitInsn(b ? ICONST_1 : ICONST_0);
      case Long l when l == 0 || l == 1 -> mv.visitInsn(l == 0 ? LCONST_0 : LCONST_1);
      case Double d when Double.doubleToRawLongBits(d) == 0 -> mv.visitInsn(DCONST_0);
      case Long l -> mv.visitLdcInsn(l);
      case Double d -> mv.visitLdcInsn(d);
      case String s -> mv.visitLdcInsn(s);
      default -> throw new IllegalStateException("constant of unknown kind: " + aux);
    }
  }

  private void pushInt(int i) {
    if (i >= -1 && i <= 5) mv.visitInsn(ICONST_0 + i);
    else mv.visitIntInsn(i <= Byte.MAX_VALUE ? BIPUSH : SIPUSH, i);
  }

  private void position(Pos pos) {
    if (pos == null || pos.line() <= 0 || pos.line() == line) return;
    line = pos.line();
    Label here = new Label();
    mv.visitLabel(here);
    mv.visitLineNumber(line, here);
  }

  private void value(Value v) {
    position(v.pos());
    switch (v.op()) {
      case COPY -> load(v.arg(0));
      case ADD, SUB, MUL -> arith(v);
      case DIV, REM -> divide(v);
      case AND, OR, XOR -> {
        load(v.arg(0));
        load(v.arg(1));
        mv.visitInsn(switch (v.op()) {
          case AND -> LAND;
          case OR -> LOR;
          default -> LXOR;
        });
      }
      case AND_NOT -> {
        load(v.arg(0));
        load(v.arg(1));
        mv.visitLdcInsn(-1L);
        mv.visitInsn(LXOR);
        mv.visitInsn(LAND);
      }
      case SHL, SHR -> shift(v);
      case NEG -> {
        load(v.arg(0));
        mv.visitInsn(JvmTypes.isInt(v.type()) ? LNEG : DNEG);
        JvmTypes.normalize(mv, v.type());
      }
      case COMPL -> {
        load(v.arg(0));
        mv.visitLdcInsn(-1L);
        mv.visitInsn(LXOR);
        JvmTypes.normalize(mv, v.type());
      }
      case NOT -> {
        load(v.arg(0));
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IXOR);
      }
      case EQ, NE, LT, LE, GT, GE -> compare(v);
      case CONVERT -> convert(v);
      case CONCAT -> {
        load(v.arg(0));
        load(v.arg(1));
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "concat", "(Ljava/lang/String;)Ljava/lang/String;", false);
      }
      case STRLEN -> {
        load(v.arg(0));
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "length", "()I", false);
        mv.visitInsn(I2L);
      }
      case STRINDEX -> {
        load(v.arg(0));
        load(v.arg(1));
        mv.visitMethodInsn(INVOKESTATIC, Runtime.STRINGS, "byteAt", "(Ljava/lang/String;J)I", false);
        mv.visitInsn(I2L);
      }
      case LOAD_GLOBAL -> mv.visitFieldInsn(GETSTATIC, Names.MAIN_CLASS, Names.field((String) v.aux()), JvmTypes.descriptor(v.type()));
      case STORE_GLOBAL -> {
        Value x = v.arg(0);
        load(x);
        mv.visitFieldInsn(PUTSTATIC, Names.MAIN_CLASS, Names.field((String) v.aux()), JvmTypes.descriptor(x.type()));
      }
      case CALL -> call(v);
      case EXTRACT -> {
        load(v.arg(0));
        pushInt((int) v.auxInt());
        mv.visitInsn(AALOAD);
        JvmTypes.unbox(mv, v.type());
      }
      case INTRINSIC -> intrinsic(v);
      case CONST, PARAM, PHI -> throw new IllegalStateException("not emitted in place: " + v);
    }
    if (hasResult(v)) {
      mv.visitVarInsn(JvmTypes.storeOp(v.type()), slot[v.id()]);
    }
  }

  private void arith(Value v) {
    load(v.arg(0));
    load(v.arg(1));
    boolean isInt = JvmTypes.isInt(v.type());
    mv.visitInsn(switch (v.op()) {
      case ADD -> isInt ? LADD : DADD;
      case SUB -> isInt ? LSUB : DSUB;
      default -> isInt ? LMUL : DMUL;
    });
    JvmTypes.normalize(mv, v.type());
  }

  private void divide(Value v) {
    load(v.arg(0));
    load(v.arg(1));
    if (!JvmTypes.isInt(v.type())) {
      mv.visitInsn(v.op() == Op.DIV ? DDIV : DREM);
      return;
    }
    // Narrow unsigned values are zero-extended, so signed long division is exact for them.
    boolean unsigned = JvmTypes.isUint64(v.type());
    String name = (v.op() == Op.DIV ? "div" : "rem") + (unsigned ? "Unsigned" : "");
    mv.visitMethodInsn(INVOKESTATIC, Runtime.ARITH, name, "(JJ)J", false);
    JvmTypes.normalize(mv, v.type());
  }

  private void shift(Value v) {
    load(v.arg(0));
    Value count = v.arg(1);
    load(count);
    boolean knownNonNegative = count.op() == Op.CONST && (Long) count.aux() >= 0;
    if (!JvmTypes.isUnsigned(count.type()) && !knownNonNegative) {
      mv.visitMethodInsn(INVOKESTATIC, Runtime.ARITH, "shiftCount", "(J)J", false);
    }
    String name = v.op() == Op.SHL ? "shl" : JvmTypes.isUnsigned(v.type()) ? "ushr" : "shr";
    mv.visitMethodInsn(INVOKESTATIC, Runtime.ARITH, name, "(JJ)J", false);
    if (v.op() == Op.SHL) JvmTypes.normalize(mv, v.type());
  }

  /** Pushes 1 or 0 for the comparison. */
  private void compare(Value v) {
    Type t = v.arg(0).type();
    load(v.arg(0));
    load(v.arg(1));
    Kind k = JvmTypes.kind(t);
    int jump;
    if (k == Kind.BOOL) {
      jump = v.op() == Op.EQ ? IF_ICMPEQ : IF_ICMPNE;
    } else {
      if (k == Kind.STRING && (v.op() == Op.EQ || v.op() == Op.NE)) {
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "equals", "(Ljava/lang/Object;)Z", false);
        if (v.op() == Op.NE) {
          mv.visitInsn(ICONST_1);
          mv.visitInsn(IXOR);
        }
        return;
      }
      if (k == Kind.STRING) {
        // chars are bytes 0..255, so char order is Go's byte order
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "compareTo", "(Ljava/lang/String;)I", false);
      } else if (k == Kind.FLOAT64) {
        // NaN must make every ordered comparison false: pick the variant that pushes the losing side
        mv.visitInsn(v.op() == Op.LT || v.op() == Op.LE ? DCMPG : DCMPL);
      } else if (JvmTypes.isUint64(t)) {
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "compareUnsigned", "(JJ)I", false);
      } else {
        mv.visitInsn(LCMP);
      }
      jump = switch (v.op()) {
        case EQ -> IFEQ;
        case NE -> IFNE;
        case LT -> IFLT;
        case LE -> IFLE;
        case GT -> IFGT;
        default -> IFGE;
      };
    }
    Label yes = new Label();
    Label done = new Label();
    mv.visitJumpInsn(jump, yes);
    mv.visitInsn(ICONST_0);
    mv.visitJumpInsn(GOTO, done);
    mv.visitLabel(yes);
    mv.visitInsn(ICONST_1);
    mv.visitLabel(done);
  }

  private void convert(Value v) {
    Type from = v.arg(0).type();
    Type to = v.type();
    load(v.arg(0));
    boolean fromInt = JvmTypes.isInt(from);
    boolean toInt = JvmTypes.isInt(to);
    if (fromInt && toInt) {
      JvmTypes.normalize(mv, to);
    } else if (fromInt) {
      if (JvmTypes.isUint64(from)) {
        mv.visitMethodInsn(INVOKESTATIC, Runtime.ARITH, "uint64ToFloat", "(J)D", false);
      } else {
        mv.visitInsn(L2D);
      }
    } else if (toInt) {
      if (JvmTypes.isUint64(to)) {
        mv.visitMethodInsn(INVOKESTATIC, Runtime.ARITH, "floatToUint64", "(D)J", false);
      } else {
        mv.visitInsn(D2L);
        JvmTypes.normalize(mv, to);
      }
    }
  }

  private void call(Value v) {
    String name = (String) v.aux();
    Func callee = module.func(name);
    if (callee == null) throw new IllegalStateException("call to unknown function " + name);
    for (Value a : v.args()) load(a);
    String desc = JvmTypes.methodDescriptor(callee.params(), callee.results());
    mv.visitMethodInsn(INVOKESTATIC, Names.MAIN_CLASS, Names.method(name), desc, false);
  }

  private void intrinsic(Value v) {
    Intrinsic which = (Intrinsic) v.aux();
    switch (which) {
      case PRINT -> {
        Value x = v.arg(0);
        load(x);
        Type t = x.type();
        String name = switch (JvmTypes.kind(t)) {
          case BOOL -> "printBool";
          case FLOAT64 -> "printFloat";
          case STRING -> "printString";
          default -> JvmTypes.isUnsigned(t) ? "printUint" : "printInt";
        };
        mv.visitMethodInsn(INVOKESTATIC, Runtime.BUILTIN, name, "(" + JvmTypes.descriptor(t) + ")V", false);
      }
      case PRINT_SPACE -> mv.visitMethodInsn(INVOKESTATIC, Runtime.BUILTIN, "printSp", "()V", false);
      case PRINT_NEWLINE -> mv.visitMethodInsn(INVOKESTATIC, Runtime.BUILTIN, "printNl", "()V", false);
      case FMT_PRINTLN, FMT_PRINT -> {
        tuple(v.args());
        String name = which == Intrinsic.FMT_PRINTLN ? "println" : "print";
        mv.visitMethodInsn(INVOKESTATIC, Runtime.FMT, name, "([Ljava/lang/Object;)V", false);
      }
      case OS_EXIT -> {
        load(v.arg(0));
        mv.visitMethodInsn(INVOKESTATIC, Runtime.OS, "exit", "(J)V", false);
      }
    }
  }

  /** Whether v leaves a value on the stack that its local keeps. */
  private static boolean hasResult(Value v) {
    return !JvmTypes.isVoid(v.type()) && JvmTypes.kind(v.type()) != Kind.INVALID || JvmTypes.isTuple(v.type());
  }
}
