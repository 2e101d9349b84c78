package dev.gosem.backend.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.gosem.api.types.Tuple;
import dev.gosem.api.types.Type;
import dev.gosem.ir.ssa.Block;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Module;
import dev.gosem.ir.ssa.Nil;
import dev.gosem.ir.ssa.Op;
import dev.gosem.ir.ssa.Value;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * The state of emitting one IR function and what every part of it uses: where each value lives
 * and how to push it. Out of SSA the simple way: every value that is not a constant gets its own
 * local (the JIT allocates registers; the bytecode need not), constants are pushed where they are
 * used. A comma-ok lookup, assertion or rune decoding keeps its two results in two locals
 * ("pairs"), so its Extracts allocate nothing; calls with several results return an Object[].
 * An address (FieldAddr, IndexAddr) used only to load and store through is "folded": it gets no
 * local, and its loads and stores become getfield/putfield or element accesses.
 *
 * <p>The emitter is split by concern like the lowering: {@link DataGen} (memory, slices, maps,
 * strings, conversions) and {@link FuncGen} (control flow, arithmetic, calls, interfaces,
 * closures).
 */
abstract class FuncGenBase {
  final Gen gen;
  final JvmTypes types;
  final Module module;
  final Func f;
  final MethodVisitor mv;
  final int[] slot;
  /** The second local of a pair value. */
  final int[] slot2;
  final BitSet folded = new BitSet();
  /** Variables that are only ever read: they are the value they were initialized with. */
  final BitSet aliased = new BitSet();
  final BitSet reachable;
  int nextSlot;
  /** A deferred-call wrapper's GoPanic parameter (see DeferGen), else -1. */
  int tokenParamSlot = -1;

  FuncGenBase(Gen gen, Func f, MethodVisitor mv) {
    this.gen = gen;
    this.types = gen.types;
    this.module = gen.module;
    this.f = f;
    this.mv = mv;
    this.slot = new int[f.valueIdLimit()];
    this.slot2 = new int[f.valueIdLimit()];
    this.reachable = reachable(f);
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

  // ---- value kinds ----

  /** A comma-ok value or a rune decoding: a tuple kept in two locals. */
  static boolean isPair(Value v) {
    return switch (v.op()) {
      case MAP_LOOKUP, TYPE_ASSERT -> v.auxInt() == 1;
      case STR_DECODE -> true;
      default -> false;
    };
  }

  static Type component(Value pair, int i) {
    return ((Tuple) pair.type()).types().get(i);
  }

  /** Whether v leaves a value on the stack that its local keeps. */
  static boolean hasResult(Value v) {
    if (isPair(v)) return false;
    Type t = v.type();
    if (JvmTypes.isTuple(t)) return true;
    if (JvmTypes.isVoid(t)) return false;
    return !(t instanceof dev.gosem.api.types.Basic b && b.kind() == dev.gosem.api.types.Kind.INVALID);
  }

  static boolean isNil(Value v) {
    return v.op() == Op.CONST && v.aux() == Nil.NIL;
  }

  /** An address whose every use loads or stores through it: it needs no pointer object. */
  boolean foldable(Value v) {
    if (v.op() != Op.FIELD_ADDR && v.op() != Op.INDEX_ADDR) return false;
    if (v.useCount() == 0 || f.isControl(v)) return false;
    for (Value u : v.users()) {
      if (u.op() == Op.LOAD && u.arg(0) == v) continue;
      if (u.op() == Op.STORE && u.arg(0) == v && u.arg(1) != v) continue;
      return false;
    }
    return true;
  }

  /**
   * The value a struct or array variable can share instead of copying it, or null: a variable
   * (Alloc) whose first use stores a value into it and whose other uses only read (Load, and
   * FieldAddr/IndexAddr only loaded from). Since a value in a local never changes, the variable
   * is that value: a parameter declared into memory, or an unmodified copy, costs nothing.
   */
  Value readOnlyInit(Value alloc) {
    if (alloc.op() != Op.ALLOC || !JvmTypes.isAggregate((Type) alloc.aux()) || f.isControl(alloc)) return null;
    Value init = null;
    for (Value u : alloc.users()) {
      if (u.op() == Op.STORE && u.arg(0) == alloc && u.arg(1) != alloc) {
        if (init != null) return null;
        init = u;
      } else if (!readsOnly(u, alloc)) {
        return null;
      }
    }
    if (init == null || init.block() != alloc.block()) return null;
    // the store must come before every other use: the lowering's declare puts it right after
    List<Value> values = alloc.block().values();
    int at = values.indexOf(init);
    for (Value u : alloc.users()) {
      if (u != init && u.block() == alloc.block() && values.indexOf(u) < at) return null;
    }
    Value x = init.arg(1);
    return x.op() == Op.CONST || isPair(x) ? null : x;
  }

  /** Whether use u of address a only reads through it. */
  private boolean readsOnly(Value u, Value a) {
    switch (u.op()) {
      case LOAD -> {
        return true;
      }
      case FIELD_ADDR, INDEX_ADDR -> {
        if (u.arg(0) != a || f.isControl(u)) return false;
        for (Value w : u.users()) if (!readsOnly(w, u)) return false;
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** Assigns locals: captured variables first, then parameters, then every value with a result. */
  void assignSlots() {
    int[] freeSlot = new int[f.freeVars().size()];
    for (int i = 0; i < freeSlot.length; i++) {
      freeSlot[i] = nextSlot;
      nextSlot += types.slotSize(f.freeVars().get(i));
    }
    int[] paramSlot = new int[f.params().size()];
    for (int i = 0; i < paramSlot.length; i++) {
      paramSlot[i] = nextSlot;
      nextSlot += types.slotSize(f.params().get(i));
    }
    // a deferred-call wrapper's last parameter: the panic it runs for
    if (f.isDeferWrapper()) tokenParamSlot = nextSlot++;
    for (Block b : f.blocks()) {
      if (!reachable.get(b.id())) continue;
      for (Value v : b.values()) {
        if (v.op() == Op.PARAM) {
          slot[v.id()] = paramSlot[(int) v.auxInt()];
        } else if (v.op() == Op.FREE_VAR) {
          slot[v.id()] = freeSlot[(int) v.auxInt()];
        } else if (v.op() == Op.CONST) {
          // pushed where used
        } else if (foldable(v)) {
          folded.set(v.id());
        } else if (readOnlyInit(v) != null) {
          aliased.set(v.id());
        } else if (isPair(v)) {
          slot[v.id()] = newLocal(component(v, 0));
          slot2[v.id()] = newLocal(component(v, 1));
        } else if (hasResult(v)) {
          slot[v.id()] = newLocal(v.type());
        }
      }
    }
    for (int id = aliased.nextSetBit(0); id >= 0; id = aliased.nextSetBit(id + 1)) {
      for (Block b : f.blocks()) {
        for (Value v : b.values()) if (v.id() == id) slot[id] = slot[readOnlyInit(v).id()];
      }
    }
  }

  /** Whether v is the Store that initializes an aliased variable (it has nothing to do). */
  boolean initializesAlias(Value v) {
    return v.op() == Op.STORE && aliased.get(v.arg(0).id());
  }

  /** A fresh local for a value of type t. */
  int newLocal(Type t) {
    int s = nextSlot;
    nextSlot += JvmTypes.isTuple(t) ? 1 : types.slotSize(t);
    return s;
  }

  // ---- pushing values ----

  void load(Value v) {
    if (v.op() == Op.CONST) {
      constant(v.aux());
    } else if (folded.get(v.id())) {
      throw new IllegalStateException("folded address " + v + " used as a value");
    } else {
      mv.visitVarInsn(JvmTypes.isTuple(v.type()) ? ALOAD : JvmTypes.loadOp(v.type()), slot[v.id()]);
    }
  }

  /** Stores the value on the stack into v's local. */
  void store(Value v) {
    mv.visitVarInsn(JvmTypes.isTuple(v.type()) ? ASTORE : JvmTypes.storeOp(v.type()), slot[v.id()]);
  }

  void constant(Object aux) {
    switch (aux) {
      case Boolean b -> mv.visitInsn(b ? ICONST_1 : ICONST_0);
      case Long l when l == 0 || l == 1 -> mv.visitInsn(l == 0 ? LCONST_0 : LCONST_1);
      case Double d when Double.doubleToRawLongBits(d) == 0 -> mv.visitInsn(DCONST_0);
      case Long l -> mv.visitLdcInsn(l);
      case Double d -> mv.visitLdcInsn(d);
      case String s -> mv.visitLdcInsn(s);
      case Nil n -> mv.visitInsn(ACONST_NULL);
      default -> throw new IllegalStateException("constant of unknown kind: " + aux);
    }
  }

  void pushInt(int i) {
    pushInt(mv, i);
  }

  static void pushInt(MethodVisitor mv, int i) {
    if (i >= -1 && i <= 5) mv.visitInsn(ICONST_0 + i);
    else if (i >= Byte.MIN_VALUE && i <= Byte.MAX_VALUE) mv.visitIntInsn(BIPUSH, i);
    else if (i >= Short.MIN_VALUE && i <= Short.MAX_VALUE) mv.visitIntInsn(SIPUSH, i);
    else mv.visitLdcInsn(i);
  }

  /** Turns a conditional jump on the stack's operands into 1 (taken) or 0. */
  static void pushCondition(MethodVisitor mv, int jump) {
    Label yes = new Label();
    Label done = new Label();
    mv.visitJumpInsn(jump, yes);
    mv.visitInsn(ICONST_0);
    mv.visitJumpInsn(GOTO, done);
    mv.visitLabel(yes);
    mv.visitInsn(ICONST_1);
    mv.visitLabel(done);
  }

  void invokeStatic(String owner, String name, String desc) {
    mv.visitMethodInsn(INVOKESTATIC, owner, name, desc, false);
  }

  /** Pushes an Object[] holding the boxed values (several results). */
  void tuple(List<Value> values) {
    pushInt(values.size());
    mv.visitTypeInsn(ANEWARRAY, JvmTypes.OBJECT);
    for (int i = 0; i < values.size(); i++) {
      mv.visitInsn(DUP);
      pushInt(i);
      load(values.get(i));
      JvmTypes.box(mv, values.get(i).type());
      mv.visitInsn(AASTORE);
    }
  }

  /** Rejects a construct this backend cannot compile, with a diagnostic at its position. */
  static void unsupported(Value v, String what) {
    throw new dev.gosem.api.check.CompileException(List.of(new dev.gosem.api.check.Diagnostic(
        v.pos() == null ? dev.gosem.api.Pos.NONE : v.pos(), "unsupported by the JVM backend: " + what)));
  }
}
