package dev.gosem.backend.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Type;
import dev.gosem.ir.ssa.Block;
import dev.gosem.ir.ssa.DeferPlan;
import dev.gosem.ir.ssa.DeferSite;
import dev.gosem.ir.ssa.DeferStrategy;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Op;
import dev.gosem.ir.ssa.Value;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * defer, recover and the panic path of one function (docs/defer.md says why, and
 * docs/jvm-representation.md how it is laid out).
 *
 * <p>A function that defers protects everything after its DeferInit with one exception handler.
 * Open-coded, it keeps each site's operands in locals and a deferBits int; a defer statement
 * stores them and sets its bit, each return tests the bits newest first, clearing a bit before
 * making its call, and the handler makes the calls still marked itself (Defers.openPanicBegin
 * and the calls after it), allocating nothing. Otherwise it takes the goroutine and the chain's head (its mark) on entry;
 * a heap defer links a new site record, a stack defer fills the next reusable record of the
 * goroutine's side stack; each return calls Defers.deferReturn and the handler
 * Defers.panicFrame. When those return from the handler, a deferred call recovered the panic and
 * the function returns what its result cells hold.
 *
 * <p>A deferred-call wrapper takes one more parameter, the panic it runs for (null on a normal
 * return), and hands it to the function it calls when that function calls recover() itself; a
 * function that calls recover() takes it on entry (Defers.takeDirect), so a recover() in anything
 * it calls finds nothing, as Go's recover only works in the deferred function itself. A static
 * call is decided here; a func value or an interface call asks its target at run time
 * (Defers.handOn and GoRecoverer, see Recoverers).
 */
abstract class DeferGen extends DataGen {
  final DeferPlan plan;
  private int goroutineSlot = -1;
  private int markSlot = -1;
  private int bitsSlot = -1;
  /** Open-coded: the locals of each site's operands. */
  private int[][] siteSlots;
  /** The panic a deferred-call wrapper runs for (its last parameter). */
  private int tokenSlot = -1;
  /** What a function that calls recover() took on entry. */
  private int directSlot = -1;
  private Label tryStart;
  private Label tryEnd;
  private Label handler;
  private List<Value> resultCells;

  DeferGen(Gen gen, Func f, MethodVisitor mv) {
    super(gen, f, mv);
    this.plan = f.deferPlan();
  }

  /** Locals of the defer state; called once the parameters have theirs. */
  void assignDeferSlots() {
    tokenSlot = tokenParamSlot;
    if (gen.recoverers.callsRecover(f) && !f.isDeferWrapper()) {
      directSlot = nextSlot++;
    }
    if (plan == null) return;
    if (plan.openCoded()) {
      bitsSlot = nextSlot++;
      siteSlots = new int[f.deferSites().size()][];
      for (DeferSite s : f.deferSites()) {
        List<Type> ops = wrapper(s).params();
        int[] slots = new int[ops.size()];
        for (int i = 0; i < slots.length; i++) slots[i] = newLocal(ops.get(i));
        siteSlots[s.index()] = slots;
      }
    } else {
      goroutineSlot = nextSlot++;
      markSlot = nextSlot++;
    }
  }

  private Func wrapper(DeferSite s) {
    return module.func(s.wrapper());
  }

  /** Code at the method's start: a recovering function takes its panic; a wrapper hands its own on. */
  void deferPrologue() {
    if (directSlot >= 0) {
      invokeStatic(Runtime.DEFERS, "takeDirect", "()L" + Runtime.GO_PANIC + ";");
      mv.visitVarInsn(ASTORE, directSlot);
    }
    if (f.isDeferWrapper() && callsRecoveringFunc()) {
      mv.visitVarInsn(ALOAD, tokenSlot);
      invokeStatic(Runtime.DEFERS, "setDirect", "(L" + Runtime.GO_PANIC + ";)V");
    }
  }

  /** Whether the wrapper calls a known function that calls recover() itself. */
  private boolean callsRecoveringFunc() {
    for (Block b : f.blocks()) {
      for (Value v : b.values()) {
        if (v.op() == Op.CALL && module.func((String) v.aux()) instanceof Func callee && gen.recoverers.callsRecover(callee)) return true;
      }
    }
    return false;
  }

  /**
   * In a deferred-call wrapper, before it calls a func value or makes an interface call: hands its
   * panic on if the target (on the stack's top, left there) recovers by itself.
   */
  void handOnToDynamicTarget(String method) {
    if (!f.isDeferWrapper()) return;
    mv.visitInsn(DUP);
    mv.visitVarInsn(ALOAD, tokenSlot);
    mv.visitLdcInsn(method);
    invokeStatic(Runtime.DEFERS, "handOn", "(Ljava/lang/Object;L" + Runtime.GO_PANIC + ";Ljava/lang/String;)V");
  }

  /** DeferInit: the state's first values, then the protected region starts. */
  void deferInit(Value v) {
    resultCells = v.args();
    if (plan.openCoded()) {
      mv.visitInsn(ICONST_0);
      mv.visitVarInsn(ISTORE, bitsSlot);
      for (DeferSite s : f.deferSites()) {
        List<Type> ops = wrapper(s).params();
        for (int i = 0; i < ops.size(); i++) {
          JvmTypes.pushDefault(mv, ops.get(i));
          mv.visitVarInsn(JvmTypes.storeOp(ops.get(i)), siteSlots[s.index()][i]);
        }
      }
    } else {
      invokeStatic(Runtime.GOROUTINE, "current", "()L" + Runtime.GOROUTINE + ";");
      mv.visitInsn(DUP);
      mv.visitVarInsn(ASTORE, goroutineSlot);
      mv.visitMethodInsn(INVOKEVIRTUAL, Runtime.GOROUTINE, "chain", "()L" + Runtime.DEFER_RECORD + ";", false);
      mv.visitVarInsn(ASTORE, markSlot);
    }
    tryStart = new Label();
    tryEnd = new Label();
    handler = new Label();
    // Every Go panic is a RuntimeException (GoPanic, or a JVM exception that is a Go runtime
    // error). Errors (os.Exit, a stack overflow, a fatal error) run no deferred call, so no
    // handler sees them: a runaway recursion unwinds as fast as without defers.
    mv.visitTryCatchBlock(tryStart, tryEnd, handler, "java/lang/RuntimeException");
    mv.visitLabel(tryStart);
  }

  /** A defer statement, by its site's strategy. */
  void deferStmt(Value v) {
    DeferSite s = (DeferSite) v.aux();
    Func w = wrapper(s);
    DeferStrategy strategy = plan.strategy(s);
    switch (strategy) {
      case OPEN_CODED -> {
        int[] slots = siteSlots[s.index()];
        for (int i = 0; i < slots.length; i++) {
          load(v.arg(i));
          mv.visitVarInsn(JvmTypes.storeOp(v.arg(i).type()), slots[i]);
        }
        mv.visitVarInsn(ILOAD, bitsSlot);
        pushInt(1 << s.index());
        mv.visitInsn(IOR);
        mv.visitVarInsn(ISTORE, bitsSlot);
      }
      case HEAP -> {
        String cls = gen.deferSites.classOf(s.wrapper());
        mv.visitVarInsn(ALOAD, goroutineSlot);
        mv.visitTypeInsn(NEW, cls);
        mv.visitInsn(DUP);
        for (Value a : v.args()) load(a);
        mv.visitMethodInsn(INVOKESPECIAL, cls, "<init>", gen.deferSites.constructorDescriptor(w), false);
        invokeStatic(Runtime.DEFERS, "heapPush", "(L" + Runtime.GOROUTINE + ";L" + Runtime.DEFER_RECORD + ";)V");
      }
      case STACK -> {
        String cls = gen.deferSites.classOf(s.wrapper());
        List<Type> ops = w.params();
        int[] counts = DeferSites.slotCounts(ops);
        mv.visitVarInsn(ALOAD, goroutineSlot);
        mv.visitFieldInsn(GETSTATIC, cls, "SITE", "L" + cls + ";");
        pushInt(counts[0]);
        pushInt(counts[1]);
        pushInt(counts[2]);
        invokeStatic(Runtime.DEFERS, "stackPush",
            "(L" + Runtime.GOROUTINE + ";L" + Runtime.DEFER_RECORD + ";III)L" + Runtime.STACK_RECORD + ";");
        DeferSites.Slot[] slots = DeferSites.slots(ops);
        for (int i = 0; i < ops.size(); i++) {
          mv.visitInsn(DUP);
          mv.visitFieldInsn(GETFIELD, Runtime.STACK_RECORD, slots[i].array(), slots[i].arrayDesc());
          pushInt(slots[i].index());
          load(v.arg(i));
          switch (JvmTypes.prim(ops.get(i))) {
            case BOOL -> {
              mv.visitInsn(I2L);
              mv.visitInsn(LASTORE);
            }
            case LONG -> mv.visitInsn(LASTORE);
            case DOUBLE -> mv.visitInsn(DASTORE);
            case REF -> mv.visitInsn(AASTORE);
          }
        }
        mv.visitInsn(POP);
      }
    }
  }

  /** A normal return's deferred calls. */
  void deferReturn() {
    if (!plan.openCoded()) {
      mv.visitVarInsn(ALOAD, goroutineSlot);
      mv.visitVarInsn(ALOAD, markSlot);
      invokeStatic(Runtime.DEFERS, "deferReturn", "(L" + Runtime.GOROUTINE + ";L" + Runtime.DEFER_RECORD + ";)V");
      return;
    }
    List<DeferSite> sites = f.deferSites();
    for (int k = sites.size() - 1; k >= 0; k--) {
      DeferSite s = sites.get(k);
      Label skip = new Label();
      mv.visitVarInsn(ILOAD, bitsSlot);
      pushInt(1 << k);
      mv.visitInsn(IAND);
      mv.visitJumpInsn(IFEQ, skip);
      // the bit goes first: if the call panics, the handler must not make it again
      mv.visitVarInsn(ILOAD, bitsSlot);
      pushInt(~(1 << k));
      mv.visitInsn(IAND);
      mv.visitVarInsn(ISTORE, bitsSlot);
      Func w = wrapper(s);
      int[] slots = siteSlots[k];
      for (int i = 0; i < slots.length; i++) mv.visitVarInsn(JvmTypes.loadOp(w.params().get(i)), slots[i]);
      mv.visitInsn(ACONST_NULL);
      invokeStatic(gen.owner(w.name()), gen.jvmName(w.name()), gen.funcDescriptor(w));
      mv.visitLabel(skip);
    }
  }

  /** After the last block: the handler of the protected region. */
  void deferHandler() {
    if (plan == null) return;
    mv.visitLabel(tryEnd);
    mv.visitLabel(handler);
    int exc = nextSlot++;
    mv.visitVarInsn(ASTORE, exc);
    if (plan.openCoded()) {
      openPanicPath(exc);
    } else {
      mv.visitVarInsn(ALOAD, goroutineSlot);
      mv.visitVarInsn(ALOAD, markSlot);
      mv.visitVarInsn(ALOAD, exc);
      invokeStatic(Runtime.DEFERS, "panicFrame",
          "(L" + Runtime.GOROUTINE + ";L" + Runtime.DEFER_RECORD + ";Ljava/lang/Throwable;)V");
    }
    // recovered: return what the result cells hold
    if (resultCells.size() <= 1) {
      for (Value cell : resultCells) pushCell(cell);
      mv.visitInsn(resultCells.isEmpty() ? RETURN : JvmTypes.returnOp(f.results().getFirst()));
      return;
    }
    int arr = nextSlot++;
    pushInt(resultCells.size());
    mv.visitTypeInsn(ANEWARRAY, JvmTypes.OBJECT);
    mv.visitVarInsn(ASTORE, arr);
    for (int i = 0; i < resultCells.size(); i++) {
      mv.visitVarInsn(ALOAD, arr);
      pushInt(i);
      pushCell(resultCells.get(i));
      JvmTypes.box(mv, f.results().get(i));
      mv.visitInsn(AASTORE);
    }
    mv.visitVarInsn(ALOAD, arr);
    mv.visitInsn(ARETURN);
  }

  /**
   * The open-coded panic path, in the handler itself so that it allocates nothing: the calls the
   * bits still mark, newest first, each with the panic in flight as its token and its own
   * handler for a panic it raises (Defers.openCallPanicked), as Go's gopanic runs an open-coded
   * frame's calls from its funcdata.
   */
  private void openPanicPath(int exc) {
    String g = "L" + Runtime.GOROUTINE + ";";
    String p = "L" + Runtime.GO_PANIC + ";";
    int gSlot = nextSlot++;
    int pSlot = nextSlot++;
    int thrown = nextSlot++;
    invokeStatic(Runtime.GOROUTINE, "current", "()" + g);
    mv.visitVarInsn(ASTORE, gSlot);
    mv.visitVarInsn(ALOAD, gSlot);
    mv.visitVarInsn(ALOAD, exc);
    invokeStatic(Runtime.DEFERS, "openPanicBegin", "(" + g + "Ljava/lang/Throwable;)" + p);
    mv.visitVarInsn(ASTORE, pSlot);
    List<DeferSite> sites = f.deferSites();
    for (int k = sites.size() - 1; k >= 0; k--) {
      Label skip = new Label();
      mv.visitVarInsn(ILOAD, bitsSlot);
      pushInt(1 << k);
      mv.visitInsn(IAND);
      mv.visitJumpInsn(IFEQ, skip);
      Label start = new Label();
      Label end = new Label();
      Label threw = new Label();
      mv.visitTryCatchBlock(start, end, threw, "java/lang/Throwable");
      mv.visitLabel(start);
      Func w = wrapper(sites.get(k));
      int[] slots = siteSlots[k];
      for (int i = 0; i < slots.length; i++) mv.visitVarInsn(JvmTypes.loadOp(w.params().get(i)), slots[i]);
      mv.visitVarInsn(ALOAD, pSlot);
      invokeStatic(Runtime.DEFERS, "openCallToken", "(" + p + ")" + p);
      invokeStatic(gen.owner(w.name()), gen.jvmName(w.name()), gen.funcDescriptor(w));
      mv.visitLabel(end);
      mv.visitVarInsn(ALOAD, gSlot);
      mv.visitVarInsn(ALOAD, pSlot);
      invokeStatic(Runtime.DEFERS, "openCallDone", "(" + g + p + ")" + p);
      mv.visitVarInsn(ASTORE, pSlot);
      mv.visitJumpInsn(GOTO, skip);
      mv.visitLabel(threw);
      mv.visitVarInsn(ASTORE, thrown);
      mv.visitVarInsn(ALOAD, gSlot);
      mv.visitVarInsn(ALOAD, pSlot);
      mv.visitVarInsn(ALOAD, thrown);
      invokeStatic(Runtime.DEFERS, "openCallPanicked", "(" + g + p + "Ljava/lang/Throwable;)" + p);
      mv.visitVarInsn(ASTORE, pSlot);
      mv.visitLabel(skip);
    }
    mv.visitVarInsn(ALOAD, pSlot);
    invokeStatic(Runtime.DEFERS, "openPanicEnd", "(" + p + ")V");
  }

  /** Pushes the value a result cell holds (a copy for structs and arrays). */
  private void pushCell(Value cell) {
    Type t = ((Pointer) JvmTypes.under(cell.type())).elem();
    load(cell);
    if (JvmTypes.isAggregate(t)) {
      gen.copyValue(mv, t);
    } else {
      String ref = JvmTypes.refClass(t);
      mv.visitMethodInsn(INVOKEVIRTUAL, ref, "get", "()" + refValue(t), false);
      if (JvmTypes.prim(t) == JvmTypes.Prim.REF) types.checkcast(mv, t);
    }
  }

  /** recover(): nil in a wrapper (defer recover() stops nothing), else what the function took. */
  void recover() {
    if (directSlot < 0) {
      mv.visitInsn(ACONST_NULL);
      return;
    }
    mv.visitVarInsn(ALOAD, directSlot);
    invokeStatic(Runtime.DEFERS, "recover", "(L" + Runtime.GO_PANIC + ";)Ljava/lang/Object;");
  }

  /** panic(v): lazy traceback where deferred calls will probably recover it. */
  void panic(Value v) {
    load(v.arg(0));
    boolean lazy = plan != null;
    if (v.auxInt() == 1) {
      mv.visitInsn(lazy ? ICONST_1 : ICONST_0);
      invokeStatic(Runtime.PANICS, "panicNilChecked", "(Ljava/lang/Object;Z)L" + Runtime.GO_PANIC + ";");
    } else {
      invokeStatic(Runtime.PANICS, lazy ? "panicLazy" : "panic", "(Ljava/lang/Object;)L" + Runtime.GO_PANIC + ";");
    }
    mv.visitInsn(ATHROW);
  }
}
