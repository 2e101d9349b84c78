package dev.gosem.backend.amd64.isel;

import dev.gosem.api.Pos;
import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Kind;
import dev.gosem.api.types.Tuple;
import dev.gosem.api.types.Type;
import dev.gosem.backend.amd64.Unsupported;
import dev.gosem.backend.amd64.emit.ConstPool;
import dev.gosem.backend.amd64.mir.Abi;
import dev.gosem.backend.amd64.mir.Ext;
import dev.gosem.backend.amd64.mir.FCond;
import dev.gosem.backend.amd64.mir.MBlock;
import dev.gosem.backend.amd64.mir.MFunc;
import dev.gosem.backend.amd64.mir.MInst;
import dev.gosem.backend.amd64.mir.MOp;
import dev.gosem.backend.amd64.mir.Regs;
import dev.gosem.backend.amd64.rt.RtNames;
import dev.gosem.backend.amd64.x86.Alu;
import dev.gosem.backend.amd64.x86.Cond;
import dev.gosem.backend.amd64.x86.Reg;
import dev.gosem.backend.amd64.x86.Shift;
import dev.gosem.backend.amd64.x86.Sse;
import dev.gosem.ir.ssa.Block;
import dev.gosem.ir.ssa.BlockKind;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Intrinsic;
import dev.gosem.ir.ssa.Module;
import dev.gosem.ir.ssa.Op;
import dev.gosem.ir.ssa.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Isel selects machine instructions for one IR function. Every IR value becomes one virtual
 * register per machine word of its type (ints, bools and float64 one, strings two: pointer and
 * length; tuples their elements' words in order). Integers stay normalized to their width in
 * 64 bits, as on the JVM backend, so only results that can leave the width are re-normalized.
 * Constants get no register of their own: they become immediates where an instruction takes
 * one and are loaded right before their use otherwise. A comparison used only by its block's
 * branch is fused into the branch. Phis become parallel moves on the incoming edges; an edge
 * from a two-way branch into a block with phis is split so the moves have a block to live in.
 */
public final class Isel {
  private final Module module;
  private final Func f;
  private final ConstPool pool;
  private final MFunc mf;
  private final Map<Integer, int[]> words = new HashMap<>();
  private final Map<Block, MBlock> mblocks = new HashMap<>();
  private final int[][] paramWords;
  private MBlock cur;
  private int line;

  private Isel(Module module, Func f, ConstPool pool) {
    this.module = module;
    this.f = f;
    this.pool = pool;
    this.mf = new MFunc(symbol(f.name()), !f.params().isEmpty(), f.pos() == null ? 0 : f.pos().line());
    this.paramWords = new int[f.params().size()][];
  }

  /** The text symbol of a Go function of package main. */
  public static String symbol(String goName) {
    return "main." + goName;
  }

  /** The data symbol of a package-level variable. */
  public static String globalSymbol(String goName) {
    return "main." + goName;
  }

  public static MFunc select(Module module, Func f, ConstPool pool) {
    Isel s = new Isel(module, f, pool);
    s.run();
    return s.mf;
  }

  // ---- types ----

  /** The words of a package-level variable of type t (true for XMM words). */
  public static boolean[] layoutOf(Type t) {
    return layout(t, null);
  }

  /** Which words of a value of type t are XMM (float64) words; throws for unsupported types. */
  static boolean[] layout(Type t, Pos pos) {
    if (t instanceof Tuple tu) {
      List<Boolean> out = new ArrayList<>();
      for (Type e : tu.types()) for (boolean b : layout(e, pos)) out.add(b);
      boolean[] r = new boolean[out.size()];
      for (int i = 0; i < r.length; i++) r[i] = out.get(i);
      return r;
    }
    Kind k = kind(t, pos);
    if (k == Kind.FLOAT64) return new boolean[] {true};
    if (k == Kind.STRING) return new boolean[] {false, false};
    return new boolean[] {false};
  }

  static Kind kind(Type t, Pos pos) {
    if (t instanceof Basic b && (b.kind().isInteger() || b.kind() == Kind.BOOL || b.kind() == Kind.FLOAT64 || b.kind() == Kind.STRING)
        && !b.kind().isUntyped()) {
      return b.kind();
    }
    throw Unsupported.at(pos, "values of type " + t);
  }

  private static boolean isVoid(Type t) {
    return t instanceof Tuple tu && tu.types().isEmpty();
  }

  private Kind kind(Value v) {
    return kind(v.type(), v.pos());
  }

  private static boolean isUnsigned(Kind k) {
    return k.isUnsigned();
  }

  // ---- registers of values ----

  private int[] vregs(Value v) {
    int[] w = words.get(v.id());
    if (w == null) {
      boolean[] l = layout(v.type(), v.pos());
      w = new int[l.length];
      for (int i = 0; i < l.length; i++) w[i] = mf.newVreg(l[i]);
      words.put(v.id(), w);
    }
    return w;
  }

  /** The registers holding v at this point: constants are loaded into fresh registers here. */
  private int[] use(Value v) {
    if (v.op() != Op.CONST) return vregs(v);
    boolean[] l = layout(v.type(), v.pos());
    int[] w = new int[l.length];
    for (int i = 0; i < l.length; i++) w[i] = mf.newVreg(l[i]);
    loadConst(w, v);
    return w;
  }

  private int use1(Value v) {
    return use(v)[0];
  }

  /** Loads the constant v into the registers dst (virtual or physical). */
  private void loadConst(int[] dst, Value v) {
    switch (v.aux()) {
      case Long l -> ldi(dst[0], l);
      case Boolean b -> ldi(dst[0], b ? 1 : 0);
      case Double d -> emit(MOp.LDF, defs(dst[0]), uses()).imm = Double.doubleToRawLongBits(d);
      case String s -> {
        byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length == 0) {
          ldi(dst[0], 0);
        } else {
          emit(MOp.LEA_SYM, defs(dst[0]), uses()).aux = pool.string(bytes);
        }
        ldi(dst[1], bytes.length);
      }
      default -> throw Unsupported.at(v.pos(), "the constant " + v.aux());
    }
  }

  /** The value as a 32-bit immediate, if it is an integer or bool constant that fits. */
  private static Long imm32(Value v) {
    if (v.op() != Op.CONST) return null;
    long x;
    if (v.aux() instanceof Long l) x = l;
    else if (v.aux() instanceof Boolean b) x = b ? 1 : 0;
    else return null;
    return x >= Integer.MIN_VALUE && x <= Integer.MAX_VALUE ? x : null;
  }

  private static Long constLong(Value v) {
    return v.op() == Op.CONST && v.aux() instanceof Long l ? l : null;
  }

  // ---- emitting ----

  private static int[] defs(int... r) {
    return r;
  }

  private static int[] uses(int... r) {
    return r;
  }

  private MInst emit(MOp op, int[] defs, int[] uses) {
    MInst i = new MInst(op, defs, uses);
    i.line = line;
    return cur.add(i);
  }

  private void ldi(int d, long v) {
    emit(MOp.LDI, defs(d), uses()).imm = v;
  }

  private void mov(int d, int s) {
    emit(MOp.MOV, defs(d), uses(s));
  }

  private int gpr() {
    return mf.newVreg(false);
  }

  private int xmm() {
    return mf.newVreg(true);
  }

  /** d = s normalized to the integer kind k (a move when k is 64 bits wide). */
  private void normalize(int d, int s, Kind k) {
    Ext e = Ext.of(k.bits(), !k.isUnsigned());
    if (e == null) {
      mov(d, s);
    } else {
      emit(MOp.EXT, defs(d), uses(s)).aux = e;
    }
  }

  private static boolean needsNormalizing(Kind k) {
    return k.isInteger() && k.bits() < 64;
  }

  // ---- the function ----

  private void run() {
    List<Block> order = reachable();
    for (Block b : order) mblocks.put(b, mf.newBlock(b.comment()));
    markLoops(order);
    for (Block b : order) {
      cur = mblocks.get(b);
      mf.blocks.add(cur);
      line = 0;
      if (b == f.entry()) entry();
      for (Value v : b.values()) {
        if (v.op() == Op.PHI || v.op() == Op.CONST || v.op() == Op.PARAM) continue;
        if (isFusedCompare(v)) continue;
        line = v.pos() == null ? line : v.pos().line();
        value(v);
      }
      terminator(b);
    }
  }

  private List<Block> reachable() {
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
    return f.blocks().stream().filter(b -> seen.get(b.id())).toList();
  }

  /**
   * Loop depth per block, from back edges (an edge to a block that appears no later in the
   * layout, which for the lowering's loops is the loop header) and the blocks between.
   */
  private void markLoops(List<Block> order) {
    Map<Block, Integer> index = new HashMap<>();
    for (int i = 0; i < order.size(); i++) index.put(order.get(i), i);
    for (int i = 0; i < order.size(); i++) {
      for (Block s : order.get(i).succs()) {
        int h = index.get(s);
        if (h <= i) {
          for (int k = h; k <= i; k++) mblocks.get(order.get(k)).loopDepth++;
        }
      }
    }
  }

  /**
   * Moves the parameters from their ABI registers (and, past the registers, from the caller's
   * outgoing area above the return address) into fresh virtual registers.
   */
  private void entry() {
    List<Integer> phys = new ArrayList<>();
    List<Integer> all = new ArrayList<>();
    Assigner args = new Assigner();
    for (int i = 0; i < f.params().size(); i++) {
      boolean[] l = layout(f.params().get(i), f.pos());
      int[] w = new int[l.length];
      for (int k = 0; k < l.length; k++) {
        int p = args.next(l[k]);
        if (p >= 0) phys.add(p);
        all.add(p);
        w[k] = mf.newVreg(l[k]);
      }
      paramWords[i] = w;
    }
    emit(MOp.ENTRY, phys.stream().mapToInt(Integer::intValue).toArray(), uses());
    int k = 0;
    for (int[] w : paramWords) {
      for (int r : w) {
        int p = all.get(k++);
        if (p >= 0) mov(r, p);
        else emit(MOp.LOAD_PARAM, defs(r), uses()).imm = Assigner.stackWord(p);
      }
    }
    for (Value v : f.entry().values()) {
      if (v.op() == Op.PARAM) words.put(v.id(), paramWords[(int) v.auxInt()]);
    }
  }

  /**
   * Hands out the places of a list of arguments or results: ABI registers while they last (as
   * {@link Regs} numbers), then words of the stack area (as -1 - word index).
   */
  private static final class Assigner {
    private int ints;
    private int floats;
    private int stack;

    int next(boolean isXmm) {
      if (isXmm && floats < Abi.FLOAT_ARGS.size()) return Regs.of(Abi.FLOAT_ARGS.get(floats++));
      if (!isXmm && ints < Abi.INT_ARGS.size()) return Regs.of(Abi.INT_ARGS.get(ints++));
      return -1 - stack++;
    }

    int stackWords() {
      return stack;
    }

    static int stackWord(int place) {
      return -1 - place;
    }
  }

  // ---- values ----

  private void value(Value v) {
    switch (v.op()) {
      case COPY -> {
        int[] d = vregs(v);
        int[] s = use(v.arg(0));
        for (int i = 0; i < d.length; i++) mov(d[i], s[i]);
      }
      case ADD, SUB, MUL, AND, OR, XOR -> arith(v);
      case DIV, REM -> divide(v);
      case AND_NOT -> andNot(v);
      case SHL, SHR -> shift(v);
      case NEG -> {
        int d = vregs(v)[0];
        if (kind(v) == Kind.FLOAT64) {
          emit(MOp.FNEG, defs(d), uses(use1(v.arg(0))));
        } else {
          int t = needsNormalizing(kind(v)) ? gpr() : d;
          emit(MOp.NEG, defs(t), uses(use1(v.arg(0))));
          if (t != d) normalize(d, t, kind(v));
        }
      }
      case COMPL -> {
        int d = vregs(v)[0];
        int t = kind(v).isUnsigned() && needsNormalizing(kind(v)) ? gpr() : d;
        emit(MOp.NOT, defs(t), uses(use1(v.arg(0))));
        if (t != d) normalize(d, t, kind(v));
      }
      case NOT -> {
        MInst m = emit(MOp.ALUI, defs(vregs(v)[0]), uses(use1(v.arg(0))));
        m.aux = Alu.XOR;
        m.imm = 1;
      }
      case EQ, NE, LT, LE, GT, GE -> compare(v);
      case CONVERT -> convert(v);
      case CONCAT -> {
        int[] a = use(v.arg(0));
        int[] b = use(v.arg(1));
        call(RtNames.CONCAT, List.of(a[0], a[1], b[0], b[1]), vregs(v));
      }
      case STRLEN -> mov(vregs(v)[0], use(v.arg(0))[1]);
      case STRINDEX -> {
        int[] s = use(v.arg(0));
        int i = use1(v.arg(1));
        MInst m = emit(MOp.STRINDEX, defs(vregs(v)[0]), uses(s[0], s[1], i));
        m.imm = kind(v.arg(1)).isUnsigned() ? 1 : 0;
      }
      case LOAD_GLOBAL -> {
        int[] d = vregs(v);
        for (int i = 0; i < d.length; i++) {
          MInst m = emit(MOp.LOAD_SYM, defs(d[i]), uses());
          m.aux = globalSymbol((String) v.aux());
          m.imm = 8L * i;
        }
      }
      case STORE_GLOBAL -> {
        int[] s = use(v.arg(0));
        for (int i = 0; i < s.length; i++) {
          MInst m = emit(MOp.STORE_SYM, defs(), uses(s[i]));
          m.aux = globalSymbol((String) v.aux());
          m.imm = 8L * i;
        }
      }
      case CALL -> {
        String name = (String) v.aux();
        Func callee = module.func(name);
        if (callee == null) throw Unsupported.at(v.pos(), "calls of " + name);
        List<Integer> args = new ArrayList<>();
        for (Value a : v.args()) for (int r : use(a)) args.add(r);
        call(symbol(name), args, isVoid(v.type()) ? new int[0] : vregs(v));
      }
      case EXTRACT -> {
        Tuple t = (Tuple) v.arg(0).type();
        int offset = 0;
        for (int i = 0; i < v.auxInt(); i++) offset += layout(t.types().get(i), v.pos()).length;
        int[] all = vregs(v.arg(0));
        int n = layout(v.type(), v.pos()).length;
        int[] mine = new int[n];
        System.arraycopy(all, offset, mine, 0, n);
        words.put(v.id(), mine);
      }
      case INTRINSIC -> intrinsic(v);
      default -> throw Unsupported.at(v.pos(), "the IR operation " + v.op().title());
    }
  }

  /**
   * Calls a function with argument words (moved into the ABI registers, or stored to the
   * outgoing area at the bottom of this frame) and result words.
   */
  private void call(String symbol, List<Integer> args, int[] results) {
    Assigner in = new Assigner();
    int[] place = new int[args.size()];
    List<Integer> phys = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      place[i] = in.next(mf.isXmm(args.get(i)));
      if (place[i] < 0) emit(MOp.STORE_ARG, defs(), uses(args.get(i))).imm = Assigner.stackWord(place[i]);
    }
    for (int i = 0; i < args.size(); i++) {
      if (place[i] >= 0) {
        mov(place[i], args.get(i));
        phys.add(place[i]);
      }
    }
    emit(MOp.CALL, Abi.callClobbers(), phys.stream().mapToInt(Integer::intValue).toArray()).aux = symbol;
    Assigner out = new Assigner();
    for (int r : results) {
      int p = out.next(mf.isXmm(r));
      if (p >= 0) mov(r, p);
      else emit(MOp.LOAD_RESULT, defs(r), uses()).imm = Assigner.stackWord(p);
    }
    mf.reserveOutgoing(Math.max(in.stackWords(), out.stackWords()));
  }

  private void arith(Value v) {
    Kind k = kind(v);
    int d = vregs(v)[0];
    if (k == Kind.FLOAT64) {
      if (v.op() != Op.ADD && v.op() != Op.SUB && v.op() != Op.MUL) throw Unsupported.at(v.pos(), "the float64 operation " + v.op().title());
      Sse op = switch (v.op()) {
        case ADD -> Sse.ADDSD;
        case SUB -> Sse.SUBSD;
        default -> Sse.MULSD;
      };
      emit(MOp.FOP, defs(d), uses(use1(v.arg(0)), use1(v.arg(1)))).aux = op;
      return;
    }
    boolean wraps = needsNormalizing(k) && (v.op() == Op.ADD || v.op() == Op.SUB || v.op() == Op.MUL);
    int t = wraps ? gpr() : d;
    Value x = v.arg(0);
    Value y = v.arg(1);
    boolean commutative = v.op() != Op.SUB;
    if (commutative && imm32(x) != null && imm32(y) == null) {
      Value tmp = x;
      x = y;
      y = tmp;
    }
    Long imm = imm32(y);
    if (v.op() == Op.MUL) {
      if (imm != null) emit(MOp.IMULI, defs(t), uses(use1(x))).imm = imm;
      else emit(MOp.IMUL, defs(t), uses(use1(x), use1(y)));
    } else {
      Alu op = switch (v.op()) {
        case ADD -> Alu.ADD;
        case SUB -> Alu.SUB;
        case AND -> Alu.AND;
        case OR -> Alu.OR;
        default -> Alu.XOR;
      };
      MInst m = imm != null ? emit(MOp.ALUI, defs(t), uses(use1(x))) : emit(MOp.ALU, defs(t), uses(use1(x), use1(y)));
      m.aux = op;
      if (imm != null) m.imm = imm;
    }
    if (wraps) normalize(d, t, k);
  }

  private void andNot(Value v) {
    int d = vregs(v)[0];
    Long imm = imm32(v.arg(1));
    if (imm != null) {
      MInst m = emit(MOp.ALUI, defs(d), uses(use1(v.arg(0))));
      m.aux = Alu.AND;
      m.imm = ~imm;
      return;
    }
    int t = gpr();
    emit(MOp.NOT, defs(t), uses(use1(v.arg(1))));
    emit(MOp.ALU, defs(d), uses(use1(v.arg(0)), t)).aux = Alu.AND;
  }

  private void divide(Value v) {
    Kind k = kind(v);
    int d = vregs(v)[0];
    if (k == Kind.FLOAT64) {
      if (v.op() == Op.REM) throw Unsupported.at(v.pos(), "the float64 operation %");
      emit(MOp.FOP, defs(d), uses(use1(v.arg(0)), use1(v.arg(1)))).aux = Sse.DIVSD;
      return;
    }
    boolean unsigned = k.isUnsigned();
    boolean rem = v.op() == Op.REM;
    Long c = constLong(v.arg(1));
    if (c != null && c != 0 && byConstant(v, d, k, c, unsigned, rem)) return;
    int b = use1(v.arg(1));
    // A divisor known to be zero (after constant propagation) still panics at run time, as in Go.
    if (c == null || c == 0) emit(MOp.CHECK_ZERO, defs(), uses(b));
    int rax = Regs.of(Reg.RAX);
    int rdx = Regs.of(Reg.RDX);
    Value x = v.arg(0);
    if (x.op() == Op.CONST) loadConst(new int[] {rax}, x);
    else mov(rax, use1(x));
    if (unsigned) {
      ldi(rdx, 0);
      emit(MOp.UDIV, defs(rax, rdx), uses(rax, rdx, b));
    } else {
      emit(MOp.CQO, defs(rdx), uses(rax));
      MInst m = emit(MOp.SDIV, defs(rax, rdx), uses(rax, rdx, b));
      m.imm = k.bits() == 64 && (c == null || c == -1) ? 1 : 0;
    }
    int t = needsNormalizing(k) && !unsigned ? gpr() : d;
    mov(t, rem ? rdx : rax);
    if (t != d) normalize(d, t, k);
  }

  /** Division by a non-zero constant that is a power of two (or ±1); false to use idiv. */
  private boolean byConstant(Value v, int d, Kind k, long c, boolean unsigned, boolean rem) {
    int x = use1(v.arg(0));
    if (unsigned) {
      if (Long.bitCount(c) != 1) return false;
      int s = Long.numberOfTrailingZeros(c);
      if (rem) {
        if (s >= 32) return false;
        MInst m = emit(MOp.ALUI, defs(d), uses(x));
        m.aux = Alu.AND;
        m.imm = c - 1;
      } else {
        MInst m = emit(MOp.SHIFTI, defs(d), uses(x));
        m.aux = Shift.SHR;
        m.imm = s;
      }
      return true;
    }
    if (c == 1) {
      if (rem) ldi(d, 0);
      else mov(d, x);
      return true;
    }
    if (c == -1) {
      if (rem) {
        ldi(d, 0);
      } else {
        int t = gpr();
        emit(MOp.NEG, defs(t), uses(x));
        normalize(d, t, k);
      }
      return true;
    }
    if (c <= 0 || Long.bitCount(c) != 1) return false;
    int s = Long.numberOfTrailingZeros(c);
    if (s >= 31) return false;
    if (rem && onlyComparedWithZero(v)) {
      // x % 2^s is zero exactly when the low s bits are: the sign fix-up is not needed.
      MInst m = emit(MOp.ALUI, defs(d), uses(x));
      m.aux = Alu.AND;
      m.imm = c - 1;
      return true;
    }
    // Truncating division rounds toward zero: add c-1 to negative dividends before shifting.
    int bias = gpr();
    if (s == 1) {
      shiftImm(bias, x, Shift.SHR, 63);
    } else {
      int sign = gpr();
      shiftImm(sign, x, Shift.SAR, 63);
      shiftImm(bias, sign, Shift.SHR, 64 - s);
    }
    int biased = gpr();
    emit(MOp.ALU, defs(biased), uses(x, bias)).aux = Alu.ADD;
    if (!rem) {
      shiftImm(d, biased, Shift.SAR, s);
      return true;
    }
    int rounded = gpr();
    MInst m = emit(MOp.ALUI, defs(rounded), uses(biased));
    m.aux = Alu.AND;
    m.imm = -c;
    emit(MOp.ALU, defs(d), uses(x, rounded)).aux = Alu.SUB;
    return true;
  }

  /** True if every use of v is == or != against the constant 0 (so only its zero-ness matters). */
  private static boolean onlyComparedWithZero(Value v) {
    if (v.useCount() == 0) return false;
    for (Value u : v.users()) {
      if (u.op() != Op.EQ && u.op() != Op.NE) return false;
      Value other = u.arg(0) == v ? u.arg(1) : u.arg(0);
      if (!(other.op() == Op.CONST && other.aux() instanceof Long l && l == 0)) return false;
    }
    return true;
  }

  private void shiftImm(int d, int a, Shift op, long n) {
    MInst m = emit(MOp.SHIFTI, defs(d), uses(a));
    m.aux = op;
    m.imm = n;
  }

  private void shift(Value v) {
    Kind k = kind(v);
    int d = vregs(v)[0];
    Shift op = v.op() == Op.SHL ? Shift.SHL : k.isUnsigned() ? Shift.SHR : Shift.SAR;
    boolean wraps = op == Shift.SHL && needsNormalizing(k);
    int t = wraps ? gpr() : d;
    Value count = v.arg(1);
    Long c = constLong(count);
    Kind ck = kind(count);
    if (c != null && (ck.isUnsigned() || c >= 0)) {
      if (Long.compareUnsigned(c, 64) >= 0) {
        if (op == Shift.SAR) shiftImm(t, use1(v.arg(0)), Shift.SAR, 63);
        else ldi(t, 0);
      } else if (c == 0) {
        mov(t, use1(v.arg(0)));
      } else {
        shiftImm(t, use1(v.arg(0)), op, c);
      }
    } else {
      int n = use1(count);
      if (!ck.isUnsigned()) emit(MOp.CHECK_SHIFT, defs(), uses(n));
      int rcx = Regs.of(Reg.RCX);
      int a = use1(v.arg(0));
      mov(rcx, n);
      emit(MOp.SHIFT, defs(t, rcx), uses(a, rcx)).aux = op;
    }
    if (wraps) normalize(d, t, k);
  }

  // ---- comparisons ----

  private boolean isFusedCompare(Value v) {
    if (v.op().ordinal() < Op.EQ.ordinal() || v.op().ordinal() > Op.GE.ordinal()) return false;
    Block b = v.block();
    if (v.useCount() != 0 || b.kind() != BlockKind.IF || b.controls().getFirst() != v) return false;
    return kind(v.arg(0)) != Kind.STRING;
  }

  private static Cond intCond(Op op, boolean unsigned) {
    return switch (op) {
      case EQ -> Cond.E;
      case NE -> Cond.NE;
      case LT -> unsigned ? Cond.B : Cond.L;
      case LE -> unsigned ? Cond.BE : Cond.LE;
      case GT -> unsigned ? Cond.A : Cond.G;
      case GE -> unsigned ? Cond.AE : Cond.GE;
      default -> throw new IllegalStateException(op.toString());
    };
  }

  /** The condition that holds for (y op' x) exactly when (x op y): operands swapped. */
  private static Op swapped(Op op) {
    return switch (op) {
      case LT -> Op.GT;
      case LE -> Op.GE;
      case GT -> Op.LT;
      case GE -> Op.LE;
      default -> op;
    };
  }

  private static FCond fcond(Op op) {
    return FCond.valueOf(op.name());
  }

  private void compare(Value v) {
    int d = vregs(v)[0];
    Kind k = kind(v.arg(0));
    if (k == Kind.STRING) {
      int[] a = use(v.arg(0));
      int[] b = use(v.arg(1));
      List<Integer> args = List.of(a[0], a[1], b[0], b[1]);
      if (v.op() == Op.EQ || v.op() == Op.NE) {
        if (v.op() == Op.EQ) {
          call(RtNames.EQSTRING, args, new int[] {d});
        } else {
          int r = gpr();
          call(RtNames.EQSTRING, args, new int[] {r});
          MInst m = emit(MOp.ALUI, defs(d), uses(r));
          m.aux = Alu.XOR;
          m.imm = 1;
        }
      } else {
        int r = gpr();
        call(RtNames.CMPSTRING, args, new int[] {r});
        MInst m = emit(MOp.SETCCI, defs(d), uses(r));
        m.aux = intCond(v.op(), false);
        m.imm = 0;
      }
      return;
    }
    if (k == Kind.FLOAT64) {
      emit(MOp.FSETCC, defs(d), uses(use1(v.arg(0)), use1(v.arg(1)))).aux = fcond(v.op());
      return;
    }
    Value x = v.arg(0);
    Value y = v.arg(1);
    Op op = v.op();
    if (imm32(x) != null && imm32(y) == null) {
      x = v.arg(1);
      y = v.arg(0);
      op = swapped(op);
    }
    Long imm = imm32(y);
    MInst m = imm != null ? emit(MOp.SETCCI, defs(d), uses(use1(x))) : emit(MOp.SETCC, defs(d), uses(use1(x), use1(y)));
    m.aux = intCond(op, k.isUnsigned());
    if (imm != null) m.imm = imm;
  }

  // ---- conversions ----

  private void convert(Value v) {
    Kind from = kind(v.arg(0));
    Kind to = kind(v);
    int d = vregs(v)[0];
    int a = use1(v.arg(0));
    boolean fromInt = from.isInteger();
    boolean toInt = to.isInteger();
    if (fromInt && toInt) {
      boolean widening = from.bits() < to.bits() && (from.isUnsigned() || !to.isUnsigned());
      if (to.bits() == 64 || widening || (from.bits() == to.bits() && from.isUnsigned() == to.isUnsigned())) {
        mov(d, a);
      } else {
        normalize(d, a, to);
      }
    } else if (fromInt) {
      boolean uint64 = from.isUnsigned() && from.bits() == 64;
      emit(uint64 ? MOp.U2F : MOp.I2F, defs(d), uses(a));
    } else if (toInt) {
      if (to.isUnsigned() && to.bits() == 64) {
        emit(MOp.F2U, defs(d), uses(a));
      } else {
        MInst m = emit(MOp.F2I, defs(d), uses(a));
        m.aux = Ext.of(to.bits(), !to.isUnsigned());
        // Go converts to int64 for uint32 and to int32 for the other narrow kinds.
        m.imm = to.bits() == 64 || (to == Kind.UINT32) ? 64 : 32;
      }
    } else {
      mov(d, a);
    }
  }

  // ---- runtime services ----

  private void intrinsic(Value v) {
    Intrinsic which = (Intrinsic) v.aux();
    switch (which) {
      case PRINT -> {
        Value x = v.arg(0);
        Kind k = kind(x);
        String fn = switch (k) {
          case BOOL -> RtNames.PRINTBOOL;
          case FLOAT64 -> RtNames.PRINTFLOAT;
          case STRING -> RtNames.PRINTSTRING;
          default -> k.isUnsigned() ? RtNames.PRINTUINT : RtNames.PRINTINT;
        };
        call(fn, toList(use(x)), new int[0]);
      }
      case PRINT_SPACE -> call(RtNames.PRINTSP, List.of(), new int[0]);
      case PRINT_NEWLINE -> call(RtNames.PRINTNL, List.of(), new int[0]);
      case FMT_PRINTLN, FMT_PRINT -> {
        boolean ln = which == Intrinsic.FMT_PRINTLN;
        List<Value> args = v.args();
        for (int i = 0; i < args.size(); i++) {
          Value x = args.get(i);
          Kind k = kind(x);
          if (i > 0 && (ln || (k != Kind.STRING && kind(args.get(i - 1)) != Kind.STRING))) {
            call(RtNames.FMT_SP, List.of(), new int[0]);
          }
          String fn = switch (k) {
            case BOOL -> RtNames.FMT_BOOL;
            case FLOAT64 -> RtNames.FMT_FLOAT;
            case STRING -> RtNames.FMT_STRING;
            default -> k.isUnsigned() ? RtNames.FMT_UINT : RtNames.FMT_INT;
          };
          call(fn, toList(use(x)), new int[0]);
        }
        if (ln) call(RtNames.FMT_NL, List.of(), new int[0]);
        call(RtNames.FMT_FLUSH, List.of(), new int[0]);
      }
      case OS_EXIT -> call(RtNames.EXIT, List.of(use1(v.arg(0))), new int[0]);
      default -> throw Unsupported.at(v.pos(), "the runtime service " + which);
    }
  }

  private static List<Integer> toList(int[] a) {
    List<Integer> out = new ArrayList<>();
    for (int x : a) out.add(x);
    return out;
  }

  // ---- control flow ----

  private void terminator(Block b) {
    line = 0;
    switch (b.kind()) {
      case PLAIN -> {
        MBlock s = mblocks.get(b.succs().getFirst());
        phiMoves(b, 0);
        emit(MOp.JMP, defs(), uses());
        cur.addSucc(s);
      }
      case IF -> {
        Value c = b.controls().getFirst();
        line = c.pos() == null ? 0 : c.pos().line();
        if (isFusedCompare(c)) fusedBranch(c);
        else emit(MOp.BR, defs(), uses(use1(c)));
        MBlock from = cur;
        for (int i = 0; i < 2; i++) {
          Block s = b.succs().get(i);
          if (hasPhis(s)) {
            MBlock edge = mf.newBlock("edge " + b + "->" + s);
            edge.loopDepth = Math.min(from.loopDepth, mblocks.get(s).loopDepth);
            mf.blocks.add(edge);
            from.addSucc(edge);
            cur = edge;
            phiMoves(b, i);
            emit(MOp.JMP, defs(), uses());
            edge.addSucc(mblocks.get(s));
            cur = from;
          } else {
            from.addSucc(mblocks.get(s));
          }
        }
      }
      case RETURN -> {
        // Results past the registers go to the caller's outgoing area, above the return address.
        Assigner out = new Assigner();
        List<Integer> phys = new ArrayList<>();
        for (Value r : b.controls()) {
          boolean[] l = layout(r.type(), r.pos());
          int[] w = use(r);
          for (int i = 0; i < l.length; i++) {
            int p = out.next(l[i]);
            if (p < 0) emit(MOp.STORE_RESULT, defs(), uses(w[i])).imm = Assigner.stackWord(p);
          }
        }
        out = new Assigner();
        for (Value r : b.controls()) {
          boolean[] l = layout(r.type(), r.pos());
          int[] p = new int[l.length];
          for (int i = 0; i < l.length; i++) p[i] = out.next(l[i]);
          boolean allRegs = java.util.Arrays.stream(p).allMatch(x -> x >= 0);
          if (r.op() == Op.CONST && allRegs) {
            loadConst(p, r);
          } else {
            int[] w = use(r);
            for (int i = 0; i < w.length; i++) if (p[i] >= 0) mov(p[i], w[i]);
          }
          for (int x : p) if (x >= 0) phys.add(x);
        }
        emit(MOp.RET, defs(), phys.stream().mapToInt(Integer::intValue).toArray());
      }
      default -> throw Unsupported.at(f.pos(), "blocks of kind " + b.kind());
    }
  }

  private static boolean hasPhis(Block s) {
    return s.values().stream().anyMatch(v -> v.op() == Op.PHI);
  }

  private void fusedBranch(Value c) {
    Kind k = kind(c.arg(0));
    if (k == Kind.FLOAT64) {
      emit(MOp.FBRCMP, defs(), uses(use1(c.arg(0)), use1(c.arg(1)))).aux = fcond(c.op());
      return;
    }
    Value x = c.arg(0);
    Value y = c.arg(1);
    Op op = c.op();
    if (imm32(x) != null && imm32(y) == null) {
      x = c.arg(1);
      y = c.arg(0);
      op = swapped(op);
    }
    Long imm = imm32(y);
    MInst m = imm != null ? emit(MOp.BRCMPI, defs(), uses(use1(x))) : emit(MOp.BRCMP, defs(), uses(use1(x), use1(y)));
    m.aux = intCond(op, k.isUnsigned());
    if (imm != null) m.imm = imm;
  }

  /**
   * The parallel move into the phis of b's i-th successor, in the current block. Constant
   * arguments are loaded straight into their phis after the move: they read no register, so
   * doing them last keeps every value the move reads intact.
   */
  private void phiMoves(Block b, int i) {
    Block s = b.succs().get(i);
    int k = predIndex(b, i);
    List<Integer> dst = new ArrayList<>();
    List<Integer> src = new ArrayList<>();
    List<Value> constants = new ArrayList<>();
    for (Value phi : s.values()) {
      if (phi.op() != Op.PHI) continue;
      if (phi.arg(k).op() == Op.CONST) {
        constants.add(phi);
        continue;
      }
      int[] d = vregs(phi);
      int[] a = use(phi.arg(k));
      for (int w = 0; w < d.length; w++) {
        dst.add(d[w]);
        src.add(a[w]);
      }
    }
    if (!dst.isEmpty()) {
      emit(MOp.PMOV, dst.stream().mapToInt(Integer::intValue).toArray(), src.stream().mapToInt(Integer::intValue).toArray());
    }
    for (Value phi : constants) loadConst(vregs(phi), phi.arg(k));
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
    throw new IllegalStateException(b + " is not a predecessor of " + s);
  }
}
