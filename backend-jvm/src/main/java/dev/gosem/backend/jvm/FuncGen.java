package dev.gosem.backend.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.gosem.api.Pos;
import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Interface;
import dev.gosem.api.types.Kind;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Signature;
import dev.gosem.api.types.Type;
import dev.gosem.ir.ssa.Block;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Intrinsic;
import dev.gosem.ir.ssa.Op;
import dev.gosem.ir.ssa.Value;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Emits one IR function as a static method of package main's class: a closure's captured
 * variables come first as parameters (FreeVar i is parameter i), then its parameters. Phis become
 * parallel copies on each incoming edge (all sources pushed, then stored in reverse).
 */
final class FuncGen extends DeferGen {
  private final Label[] labels;
  private int line = -1;

  private FuncGen(Gen gen, Func f, MethodVisitor mv) {
    super(gen, f, mv);
    this.labels = new Label[f.blockIdLimit()];
  }

  /** Adds the method for f to the class. */
  static void emit(ClassVisitor cv, Gen gen, Func f) {
    MethodVisitor mv = cv.visitMethod(ACC_PUBLIC | ACC_STATIC, gen.jvmName(f.name()), gen.funcDescriptor(f), null, null);
    mv.visitCode();
    new FuncGen(gen, f, mv).body();
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  private void body() {
    assignSlots();
    assignDeferSlots();
    deferPrologue();
    List<Block> blocks = new ArrayList<>();
    for (Block b : f.blocks()) {
      if (!reachable.get(b.id())) continue;
      blocks.add(b);
      labels[b.id()] = new Label();
    }
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      mv.visitLabel(labels[b.id()]);
      for (Value v : b.values()) {
        switch (v.op()) {
          case PHI, PARAM, CONST, FREE_VAR -> {}
          default -> {
            if (!folded.get(v.id()) && !aliased.get(v.id()) && !initializesAlias(v)) value(v);
          }
        }
      }
      Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
      terminator(b, next);
    }
    deferHandler();
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
    for (Value phi : phis.reversed()) store(phi);
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
    if (results.size() <= 1) {
      for (Value r : results) load(r);
      mv.visitInsn(results.isEmpty() ? RETURN : JvmTypes.returnOp(f.results().getFirst()));
      return;
    }
    tuple(results);
    mv.visitInsn(ARETURN);
  }

  // ---- values ----

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
        invokeStatic(Runtime.STRINGS, "byteAt", "(Ljava/lang/String;J)I");
        mv.visitInsn(I2L);
      }
      case LOAD_GLOBAL -> loadGlobal(v);
      case STORE_GLOBAL -> storeGlobal(v);
      case GLOBAL_ADDR -> mv.visitFieldInsn(GETSTATIC, gen.owner((String) v.aux()), gen.fieldName((String) v.aux()), types.descriptor(v.type()));
      case CALL -> call(v);
      case EXTRACT -> extract(v);
      case INTRINSIC -> intrinsic(v);
      case ALLOC -> alloc((Type) v.aux());
      case LOAD -> loadThrough(v);
      case STORE -> storeThrough(v.arg(0), v.arg(1));
      case FIELD_ADDR -> fieldAddr(v);
      case FIELD -> fieldValue(v);
      case INDEX_ADDR -> indexAddr(v);
      case INDEX -> indexValue(v);
      case SLICE -> slice(v);
      case MAKE_SLICE -> makeSlice(v);
      case LEN, CAP -> lenCap(v);
      case APPEND -> append(v);
      case APPEND_SLICE -> appendSlice(v);
      case COPY_SLICE -> copySlice(v);
      case MAKE_MAP -> makeMap(v);
      case MAP_LOOKUP -> mapLookup(v);
      case MAP_UPDATE -> mapUpdate(v);
      case MAP_DELETE -> mapDelete(v);
      case MAP_KEYS -> mapKeys(v);
      case STR_DECODE -> strDecode(v);
      case MAKE_INTERFACE -> makeInterface(v.arg(0));
      case TYPE_ASSERT -> typeAssert(v);
      case INVOKE -> invoke(v);
      case MAKE_CLOSURE -> makeClosure(v);
      case CALL_VALUE -> callValue(v);
      case PANIC -> panic(v);
      case DEFER_INIT -> deferInit(v);
      case DEFER -> deferStmt(v);
      case DEFER_RETURN -> deferReturn();
      case RECOVER -> recover();
      case NIL_CHECK -> {
        // the JVM's NullPointerException is Go's nil dereference panic (Panics.fromJava)
        load(v.arg(0));
        invokeStatic("java/util/Objects", "requireNonNull", "(Ljava/lang/Object;)Ljava/lang/Object;");
        mv.visitInsn(POP);
      }
      case CALL_STD -> StdLib.call(this, v);
      case GO, MAKE_CHAN, SEND, RECV, CLOSE, SELECT -> ChanGen.emit(this, v);
      case CONST, PARAM, PHI, FREE_VAR -> throw new IllegalStateException("not emitted in place: " + v);
    }
    if (hasResult(v)) store(v);
  }

  private void loadGlobal(Value v) {
    String name = (String) v.aux();
    Type t = v.type();
    if (!gen.globalInMemory(name)) {
      mv.visitFieldInsn(GETSTATIC, gen.owner(name), gen.fieldName(name), types.descriptor(t));
      return;
    }
    mv.visitFieldInsn(GETSTATIC, gen.owner(name), gen.fieldName(name), types.descriptor(new Pointer(t)));
    if (JvmTypes.isAggregate(t)) {
      gen.copyValue(mv, t);
    } else {
      mv.visitMethodInsn(INVOKEVIRTUAL, JvmTypes.refClass(t), "get", "()" + refValue(t), false);
      if (JvmTypes.prim(t) == JvmTypes.Prim.REF) types.checkcast(mv, t);
    }
  }

  private void storeGlobal(Value v) {
    String name = (String) v.aux();
    Value x = v.arg(0);
    Type t = x.type();
    if (!gen.globalInMemory(name)) {
      load(x);
      mv.visitFieldInsn(PUTSTATIC, gen.owner(name), gen.fieldName(name), types.descriptor(t));
      return;
    }
    String field = types.descriptor(new Pointer(t));
    if (JvmTypes.isAggregate(t)) {
      gen.assignInto(mv, t, m -> m.visitFieldInsn(GETSTATIC, gen.owner(name), gen.fieldName(name), field), m -> load(x));
      return;
    }
    mv.visitFieldInsn(GETSTATIC, gen.owner(name), gen.fieldName(name), field);
    load(x);
    mv.visitMethodInsn(INVOKEVIRTUAL, JvmTypes.refClass(t), "set", "(" + refValue(t) + ")V", false);
  }

  private void extract(Value v) {
    Value t = v.arg(0);
    if (isPair(t)) {
      int i = (int) v.auxInt();
      mv.visitVarInsn(JvmTypes.loadOp(v.type()), i == 0 ? slot[t.id()] : slot2[t.id()]);
      return;
    }
    load(t);
    pushInt((int) v.auxInt());
    mv.visitInsn(AALOAD);
    types.unbox(mv, v.type());
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
    invokeStatic(Runtime.ARITH, name, "(JJ)J");
    JvmTypes.normalize(mv, v.type());
  }

  private void shift(Value v) {
    load(v.arg(0));
    Value count = v.arg(1);
    load(count);
    boolean knownNonNegative = count.op() == Op.CONST && (Long) count.aux() >= 0;
    if (!JvmTypes.isUnsigned(count.type()) && !knownNonNegative) {
      invokeStatic(Runtime.ARITH, "shiftCount", "(J)J");
    }
    String name = v.op() == Op.SHL ? "shl" : JvmTypes.isUnsigned(v.type()) ? "ushr" : "shr";
    invokeStatic(Runtime.ARITH, name, "(JJ)J");
    if (v.op() == Op.SHL) JvmTypes.normalize(mv, v.type());
  }

  /** Pushes 1 or 0 for the comparison. */
  private void compare(Value v) {
    Value a = v.arg(0);
    Value b = v.arg(1);
    Type t = a.type();
    Kind k = JvmTypes.kind(t);
    boolean eq = v.op() == Op.EQ || v.op() == Op.NE;
    if (eq && (k == Kind.INVALID || k == Kind.STRING)) {
      if (isNil(a) || isNil(b)) {
        load(isNil(a) ? b : a);
        pushCondition(mv, v.op() == Op.EQ ? IFNULL : IFNONNULL);
        return;
      }
      gen.equal(mv, t, m -> load(a), m -> load(b));
      if (v.op() == Op.NE) {
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IXOR);
      }
      return;
    }
    load(a);
    load(b);
    int jump;
    if (k == Kind.BOOL) {
      jump = v.op() == Op.EQ ? IF_ICMPEQ : IF_ICMPNE;
    } else {
      if (k == Kind.STRING) {
        // chars are bytes 0..255, so char order is Go's byte order
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "compareTo", "(Ljava/lang/String;)I", false);
      } else if (k == Kind.FLOAT64) {
        // NaN must make every ordered comparison false: pick the variant that pushes the losing side
        mv.visitInsn(v.op() == Op.LT || v.op() == Op.LE ? DCMPG : DCMPL);
      } else if (JvmTypes.isUint64(t)) {
        invokeStatic("java/lang/Long", "compareUnsigned", "(JJ)I");
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
    pushCondition(mv, jump);
  }

  // ---- calls ----

  private void call(Value v) {
    String name = (String) v.aux();
    Func callee = module.func(name);
    if (callee == null) throw new IllegalStateException("call to unknown function " + name);
    for (Value a : v.args()) load(a);
    invokeStatic(gen.owner(name), gen.jvmName(name), gen.funcDescriptor(callee));
  }

  private void intrinsic(Value v) {
    Intrinsic which = (Intrinsic) v.aux();
    switch (which) {
      case PRINT -> {
        Value x = v.arg(0);
        Type t = x.type();
        if (!(JvmTypes.under(t) instanceof Basic)) unsupported(v, "print of a " + t);
        load(x);
        String name = switch (JvmTypes.kind(t)) {
          case BOOL -> "printBool";
          case FLOAT64 -> "printFloat";
          case STRING -> "printString";
          default -> JvmTypes.isUnsigned(t) ? "printUint" : "printInt";
        };
        invokeStatic(Runtime.BUILTIN, name, "(" + types.descriptor(t) + ")V");
      }
      case PRINT_SPACE -> invokeStatic(Runtime.BUILTIN, "printSp", "()V");
      case PRINT_NEWLINE -> invokeStatic(Runtime.BUILTIN, "printNl", "()V");
      case FMT_PRINTLN, FMT_PRINT -> {
        interfaces(v.args());
        invokeStatic(Runtime.FMT, which == Intrinsic.FMT_PRINTLN ? "println" : "print", "([Ljava/lang/Object;)V");
      }
      case OS_EXIT -> {
        load(v.arg(0));
        invokeStatic(Runtime.OS, "exit", "(J)V");
      }
    }
  }

  /** Pushes an Object[] of the values as interface values (fmt's operands). */
  void interfaces(List<Value> values) {
    pushInt(values.size());
    mv.visitTypeInsn(ANEWARRAY, JvmTypes.OBJECT);
    for (int i = 0; i < values.size(); i++) {
      mv.visitInsn(DUP);
      pushInt(i);
      makeInterface(values.get(i));
      mv.visitInsn(AASTORE);
    }
  }

  // ---- interfaces ----

  /**
   * Pushes x as an interface value (see docs/jvm-representation.md): int, float64, bool and
   * string as Long, Double, Boolean and String; a non-nil pointer to a struct as its object; a
   * value of a type with methods in its box class; anything else in a Boxed with its type.
   */
  void makeInterface(Value x) {
    Type t = x.type();
    if (JvmTypes.isInterface(t)) {
      load(x);
      return;
    }
    if (JvmTypes.isDuration(t)) {
      load(x);
      invokeStatic(Runtime.TIME, "boxDuration", "(J)Ljava/lang/Object;");
      return;
    }
    if (t instanceof Basic b) {
      switch (b.kind()) {
        case INT, FLOAT64, BOOL -> {
          load(x);
          JvmTypes.box(mv, t);
          return;
        }
        case STRING -> {
          load(x);
          return;
        }
        default -> {}
      }
    }
    if (t instanceof Pointer p) {
      String box = gen.boxes.ptrBox(p.elem());
      if (box != null) {
        load(x);
        invokeStatic(box, Boxes.OF_METHOD, "(" + types.descriptor(t) + ")Ljava/lang/Object;");
        return;
      }
      if (JvmTypes.isStruct(p.elem()) || JvmTypes.isStringsBuilder(p.elem())) {
        // a non-nil *T is the struct object; a nil one still has its type
        Label done = new Label();
        load(x);
        mv.visitInsn(DUP);
        mv.visitJumpInsn(IFNONNULL, done);
        mv.visitInsn(POP);
        newBoxed(t, m -> mv.visitInsn(ACONST_NULL));
        mv.visitLabel(done);
        return;
      }
    }
    String box = gen.boxes.valBox(t);
    if (box != null) {
      mv.visitTypeInsn(NEW, box);
      mv.visitInsn(DUP);
      load(x);
      mv.visitMethodInsn(INVOKESPECIAL, box, "<init>", "(" + types.descriptor(t) + ")V", false);
      return;
    }
    newBoxed(t, m -> {
      load(x);
      JvmTypes.box(mv, t);
    });
  }

  private void newBoxed(Type t, java.util.function.Consumer<MethodVisitor> pushValue) {
    mv.visitTypeInsn(NEW, Runtime.BOXED);
    mv.visitInsn(DUP);
    gen.descs.push(mv, t);
    pushValue.accept(mv);
    mv.visitMethodInsn(INVOKESPECIAL, Runtime.BOXED, "<init>", "(" + Runtime.TYPE_DESC_D + "Ljava/lang/Object;)V", false);
  }

  /**
   * x.(T): to an interface type, x itself if its dynamic type has T's methods; to a concrete
   * type, the value if x's dynamic type is T. A failure panics with Go's text, or (comma-ok)
   * gives T's zero value and false.
   */
  private void typeAssert(Value v) {
    Value x = v.arg(0);
    Type want = (Type) v.aux();
    boolean commaOk = v.auxInt() == 1;
    Label fail = new Label();
    Label done = new Label();
    if (JvmTypes.isInterface(want)) {
      load(x);
      mv.visitJumpInsn(IFNULL, fail);
      if (!((Interface) JvmTypes.under(want)).isEmpty()) {
        load(x);
        invokeStatic(Runtime.TYPE_DESC, "of", "(Ljava/lang/Object;)" + Runtime.TYPE_DESC_D);
        gen.descs.push(mv, want);
        mv.visitMethodInsn(INVOKEVIRTUAL, Runtime.TYPE_DESC, "implementsInterface", "(" + Runtime.TYPE_DESC_D + ")Z", false);
        mv.visitJumpInsn(IFEQ, fail);
      }
      load(x);
    } else {
      String fast = fastClass(want);
      if (fast != null) {
        Label slow = new Label();
        load(x);
        mv.visitTypeInsn(INSTANCEOF, fast);
        boolean exact = !fast.startsWith(Names.PKG);
        mv.visitJumpInsn(IFEQ, exact ? fail : slow);
        load(x);
        types.unbox(mv, want);
        mv.visitJumpInsn(GOTO, commaOk ? done : done);
        if (!exact) {
          mv.visitLabel(slow);
          generalAssert(x, want, fail);
        }
      } else {
        generalAssert(x, want, fail);
      }
    }
    if (commaOk) {
      Label stored = new Label();
      mv.visitLabel(done);
      mv.visitVarInsn(JvmTypes.storeOp(want), slot[v.id()]);
      mv.visitInsn(ICONST_1);
      mv.visitVarInsn(ISTORE, slot2[v.id()]);
      mv.visitJumpInsn(GOTO, stored);
      mv.visitLabel(fail);
      gen.pushZero(mv, want);
      mv.visitVarInsn(JvmTypes.storeOp(want), slot[v.id()]);
      mv.visitInsn(ICONST_0);
      mv.visitVarInsn(ISTORE, slot2[v.id()]);
      mv.visitLabel(stored);
      return;
    }
    mv.visitJumpInsn(GOTO, done);
    mv.visitLabel(fail);
    if (JvmTypes.isInterface(want)) mv.visitInsn(ACONST_NULL);
    else gen.descs.push(mv, x.type());
    load(x);
    gen.descs.push(mv, want);
    invokeStatic(Runtime.PANICS, "typeAssertion",
        "(" + Runtime.TYPE_DESC_D + "Ljava/lang/Object;" + Runtime.TYPE_DESC_D + ")L" + Runtime.GO_PANIC + ";");
    mv.visitInsn(ATHROW);
    mv.visitLabel(done);
  }

  /** TypeDesc.of(x) == T, then the value in T's representation (falls through with it on the stack). */
  private void generalAssert(Value x, Type want, Label fail) {
    load(x);
    invokeStatic(Runtime.TYPE_DESC, "of", "(Ljava/lang/Object;)" + Runtime.TYPE_DESC_D);
    gen.descs.push(mv, want);
    mv.visitJumpInsn(IF_ACMPNE, fail);
    load(x);
    invokeStatic(Runtime.TYPE_DESC, "valueOf", "(Ljava/lang/Object;)Ljava/lang/Object;");
    types.unbox(mv, want);
  }

  /**
   * A class whose instances are exactly the interface values of dynamic type t (Long for int ...),
   * or for *S the struct class, whose instances are the non-nil ones; else null.
   */
  private String fastClass(Type t) {
    if (t instanceof Basic b) {
      return switch (b.kind()) {
        case INT -> "java/lang/Long";
        case FLOAT64 -> "java/lang/Double";
        case BOOL -> "java/lang/Boolean";
        case STRING -> "java/lang/String";
        default -> null;
      };
    }
    if (t instanceof Pointer p && JvmTypes.isStruct(p.elem())) return types.structClass(p.elem());
    return null;
  }

  /** A method call through an interface: one invokeinterface on the method's dispatch interface. */
  private void invoke(Value v) {
    Value recv = v.arg(0);
    String name = (String) v.aux();
    Interface it = (Interface) JvmTypes.under(recv.type());
    Signature sig = it.method(name).sig();
    String desc = types.methodDescriptor(sig);
    MethodSets.Target tg = gen.methods.dispatch(name, desc);
    load(recv);
    handOnToDynamicTarget(name);
    for (Value a : v.args().subList(1, v.args().size())) load(a);
    mv.visitMethodInsn(INVOKEINTERFACE, tg.owner(), tg.name(), desc, true);
  }

  // ---- func values ----

  private void makeClosure(Value v) {
    String name = (String) v.aux();
    Func callee = module.func(name);
    if (callee == null) throw new IllegalStateException("closure of unknown function " + name);
    String cls = gen.closures.classOf(name);
    if (callee.freeVars().isEmpty()) {
      mv.visitFieldInsn(GETSTATIC, cls, "INSTANCE", "L" + cls + ";");
      return;
    }
    mv.visitTypeInsn(NEW, cls);
    mv.visitInsn(DUP);
    for (Value a : v.args()) load(a);
    mv.visitMethodInsn(INVOKESPECIAL, cls, "<init>", gen.closures.constructorDescriptor(callee), false);
  }

  /** f(args): one invokeinterface of the signature's $call; a nil f is a nil dereference. */
  private void callValue(Value v) {
    Value fn = v.arg(0);
    Signature sig = (Signature) JvmTypes.under(fn.type());
    load(fn);
    handOnToDynamicTarget(Names.CALL);
    for (Value a : v.args().subList(1, v.args().size())) load(a);
    mv.visitMethodInsn(INVOKEINTERFACE, types.fnInterface(sig), Names.CALL, types.methodDescriptor(sig), true);
  }
}
